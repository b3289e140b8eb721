/**
 * Persuasion cases (劝返个案): a suspected dropout becomes a case with the 包保 chain the county assigns (township,
 * village, school, class teacher); visits are recorded; the case closes (动态销号) only when the school verifies the
 * pupil has been back in class for the set number of days.
 *
 * States and decisions:
 * - verifying (核查中): opened from a suspect; the school and township check whether the child is really out of school.
 * - confirmed (确认辍学·劝返中): the child is out of school; the case is on the confirmed-dropout register.
 * - returned (已返校·待核验): the school recorded the day the child came back.
 * - closed (已销号): the school verified the return after `verifyDays` days in class; final.
 * - dismissed (排除): not a dropout after all (on approved leave, transferred and received, explained); final, with a
 *   reason.
 * A confirmed or returned case may fall back: a returned child who leaves again goes back to confirmed.
 */
import { daysBetween } from "../calendar/daysBetween";

export const caseStateLabels = {
  verifying: "核查中",
  confirmed: "确认辍学·劝返中",
  returned: "已返校·待核验",
  closed: "已销号",
  dismissed: "已排除",
} as const;
export type CaseState = keyof typeof caseStateLabels;
export const caseStates = Object.keys(caseStateLabels) as CaseState[];
export const openCaseStates: readonly CaseState[] = ["verifying", "confirmed", "returned"];

export const caseActionLabels = {
  confirm: "确认辍学",
  dismiss: "排除疑似",
  record_return: "登记返校",
  relapse: "再次离校",
  verify_return: "核验销号",
} as const;
export type CaseAction = keyof typeof caseActionLabels;

/** Who acts on a case: the county section (基础教育股) or the pupil's school. */
export type CaseSide = "county" | "school";

/** Days a returned pupil must be in class before the school may verify and close, unless the county sets another. */
export const DEFAULT_RETURN_VERIFY_DAYS = 30;
/** Days from opening (or confirming) a case to its persuasion deadline, unless the county sets another. */
export const DEFAULT_CASE_DEADLINE_DAYS = 30;

const NEXT: Record<CaseAction, { from: readonly CaseState[]; to: CaseState; sides: readonly CaseSide[] }> = {
  confirm: { from: ["verifying"], to: "confirmed", sides: ["county", "school"] },
  dismiss: { from: ["verifying", "confirmed"], to: "dismissed", sides: ["county"] },
  record_return: { from: ["verifying", "confirmed"], to: "returned", sides: ["county", "school"] },
  relapse: { from: ["returned"], to: "confirmed", sides: ["county", "school"] },
  verify_return: { from: ["returned"], to: "closed", sides: ["school", "county"] },
};

export type CaseTransition = { next: CaseState; problem: null } | { next: null; problem: string };

/**
 * The state a case moves to when `side` takes `action` on `today`, or the Chinese reason it may not.
 * Verifying a return needs `verifyDays` days in class since the recorded return day.
 *
 * @example caseTransition("returned", "verify_return", "school", { returnedOn: "2026-11-01", today: "2026-12-01", verifyDays: 30 }) // => { next: "closed", problem: null }
 * @example caseTransition("returned", "verify_return", "school", { returnedOn: "2026-11-15", today: "2026-12-01", verifyDays: 30 }).problem // => "返校满 30 天后才能核验销号(2026-12-15 起)"
 */
export function caseTransition(
  state: CaseState,
  action: CaseAction,
  side: CaseSide,
  context: { returnedOn?: string | null; today: string; verifyDays?: number },
): CaseTransition {
  const rule = NEXT[action];
  const verb = caseActionLabels[action];
  if (!rule.from.includes(state)) {
    return { next: null, problem: `该个案${caseStateLabels[state]},不能${verb}` };
  }
  if (!rule.sides.includes(side)) return { next: null, problem: `只有基础教育股才能${verb}` };
  if (action === "verify_return") {
    const days = context.verifyDays ?? DEFAULT_RETURN_VERIFY_DAYS;
    const since = context.returnedOn ? daysBetween(context.returnedOn, context.today) : Number.NaN;
    if (!(since >= days)) {
      const from = context.returnedOn ? addIso(context.returnedOn, days) : "返校日期登记后";
      return { next: null, problem: `返校满 ${days} 天后才能核验销号(${from} 起)` };
    }
  }
  return { next: rule.to, problem: null };
}

function addIso(date: string, days: number): string {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Escalation of an open case past its deadline (逾期督办): none, to the section, to leadership. */
export type CaseEscalation = "none" | "section" | "leadership";
export const caseEscalationLabels: Record<CaseEscalation, string> = {
  none: "",
  section: "逾期·股室督办",
  leadership: "逾期·局领导督办",
};

/** Days past its deadline before an overdue case goes to leadership, unless the county sets another. */
export const DEFAULT_LEADERSHIP_ESCALATION_DAYS = 30;

/**
 * How far an open case is escalated on `today`: past its deadline → the section; `leadershipDays` or more past →
 * leadership. Closed and dismissed cases, and returned ones (the school is verifying), are not escalated.
 *
 * @example caseEscalation("confirmed", "2026-11-30", "2026-12-01") // => "section"
 * @example caseEscalation("confirmed", "2026-11-30", "2026-12-30") // => "leadership" (30 days past)
 */
export function caseEscalation(
  state: CaseState,
  deadline: string,
  today: string,
  leadershipDays = DEFAULT_LEADERSHIP_ESCALATION_DAYS,
): CaseEscalation {
  if (state !== "verifying" && state !== "confirmed") return "none";
  const over = daysBetween(deadline, today);
  if (!(over > 0)) return "none";
  return over >= leadershipDays ? "leadership" : "section";
}

/** Methods of a persuasion visit (劝返方式). */
export const visitMethodLabels = {
  home_visit: "入户劝返",
  phone: "电话联系",
  school_talk: "到校谈话",
  legal_notice: "依法送达告知书",
  other: "其他",
} as const;
export type VisitMethod = keyof typeof visitMethodLabels;

/** Outcome of a visit (劝返结果). */
export const visitOutcomeLabels = {
  agreed: "同意返校",
  undecided: "仍在做工作",
  refused: "拒绝返校",
  not_found: "未见到本人",
} as const;
export type VisitOutcome = keyof typeof visitOutcomeLabels;

/** The roles of the 包保 chain on a case. */
export const guardianChainLabels = {
  township: "乡镇(街道)责任人",
  village: "村(社区)责任人",
  school: "学校责任人",
  teacher: "班主任",
} as const;
