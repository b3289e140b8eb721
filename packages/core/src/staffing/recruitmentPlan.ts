/**
 * The proposed recruitment plan (招聘计划) per school and subject, under the county's replacement rule.
 *
 * Conventions (method note and README):
 * - Retirements = 在编 专任教师 whose statutory date falls in the plan's school year (1 September Y to 31 August Y+1)
 *   or has already passed while they are still on the roll.
 * - Replacement: the county's total of retirements ÷ retirements per recruit (1 = 1:1, 2 = 退二补一), made whole by the
 *   county's rounding (default 向上取整: 15 retirements under 退二补一 → 7.5 → 8). The whole total is shared among
 *   schools and subjects by largest remainder of each one's exact share (ties: more retirements first, then the
 *   school and subject order), so the lines add up to the county's figure.
 * - Shortage: a school's vacant posts (缺编 from the establishment) go to its short subjects, largest gap first, one
 *   recruit per whole teacher short (the gap rounded half up), never more than the school's 缺编 in all.
 * - The proposal is edited by 人事股 line by line (the edited number is kept beside the proposed one) and approved by
 *   the leader; an approved plan no longer changes.
 */
import { type Rounding, roundBy } from "./settings";

export interface PlanRetirement {
  schoolId: string;
  subject: string;
}

export interface PlanGap {
  schoolId: string;
  subject: string;
  /** teachers short (needed − had), positive */
  gap: number;
}

export interface PlanLine {
  schoolId: string;
  subject: string;
  retirements: number;
  /** exact replacement share before rounding */
  replacementExact: number;
  replacement: number;
  gap: number;
  forShortage: number;
  proposed: number;
}

export interface ProposedPlan {
  lines: PlanLine[];
  retirements: number;
  replacementExact: number;
  replacement: number;
  forShortage: number;
  proposed: number;
}

/**
 * Shares a whole total among items by largest remainder of their exact shares.
 *
 * @example largestRemainder([1.5, 1.5, 0.5], 4) // => [2, 2, 0] (ties go to the earlier item)
 */
export function largestRemainder(exact: number[], total: number): number[] {
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x + 1e-9) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  const out = [...floors];
  for (const o of order) {
    if (left <= 0) break;
    out[o.i] = (out[o.i] ?? 0) + 1;
    left -= 1;
  }
  // a total below the floors' sum (floor rounding of a sum of parts) takes from the smallest remainders
  for (let j = order.length - 1; left < 0 && j >= 0; j--) {
    const i = order[j]?.i ?? 0;
    if ((out[i] ?? 0) > 0) {
      out[i] = (out[i] ?? 0) - 1;
      left += 1;
    }
  }
  return out;
}

/**
 * The proposed plan from retirements, subject gaps and each school's vacant posts.
 *
 * @example
 * // 15 retirements under 退二补一 rounded up → 8 recruits
 * proposeRecruitmentPlan(fifteen, [], new Map(), { retirementsPerRecruit: 2, recruitRounding: "ceil" }).replacement // => 8
 */
export function proposeRecruitmentPlan(
  retirements: PlanRetirement[],
  gaps: PlanGap[],
  vacancies: Map<string, number>,
  rule: { retirementsPerRecruit: number; recruitRounding: Rounding },
): ProposedPlan {
  const lines = new Map<string, PlanLine>();
  const line = (schoolId: string, subject: string) => {
    const k = `${schoolId}\u0000${subject}`;
    let l = lines.get(k);
    if (!l) {
      l = {
        schoolId,
        subject,
        retirements: 0,
        replacementExact: 0,
        replacement: 0,
        gap: 0,
        forShortage: 0,
        proposed: 0,
      };
      lines.set(k, l);
    }
    return l;
  };
  for (const r of retirements) line(r.schoolId, r.subject).retirements += 1;
  const k = Math.max(1, rule.retirementsPerRecruit);
  const withRetirements = [...lines.values()].sort(
    (a, b) =>
      b.retirements - a.retirements ||
      (a.schoolId < b.schoolId ? -1 : a.schoolId > b.schoolId ? 1 : a.subject < b.subject ? -1 : 1),
  );
  for (const l of withRetirements) l.replacementExact = l.retirements / k;
  const replacementExact = retirements.length / k;
  const replacement = roundBy(replacementExact, rule.recruitRounding);
  const shares = largestRemainder(
    withRetirements.map((l) => l.replacementExact),
    replacement,
  );
  withRetirements.forEach((l, i) => {
    l.replacement = shares[i] ?? 0;
  });
  const bySchool = new Map<string, PlanGap[]>();
  for (const g of gaps) {
    if (g.gap <= 0) continue;
    bySchool.set(g.schoolId, [...(bySchool.get(g.schoolId) ?? []), g]);
  }
  for (const [schoolId, list] of bySchool) {
    let room = Math.max(0, vacancies.get(schoolId) ?? 0);
    list.sort((a, b) => b.gap - a.gap || (a.subject < b.subject ? -1 : 1));
    for (const g of list) {
      const l = line(schoolId, g.subject);
      l.gap = g.gap;
      const want = roundBy(g.gap, "round");
      const take = Math.min(room, want);
      l.forShortage = take;
      room -= take;
    }
  }
  const all = [...lines.values()];
  for (const l of all) {
    l.replacementExact = Math.round(l.replacementExact * 100) / 100;
    l.proposed = l.replacement + l.forShortage;
  }
  const out = all
    .filter((l) => l.proposed > 0 || l.retirements > 0)
    .sort((a, b) => (a.schoolId === b.schoolId ? b.proposed - a.proposed : a.schoolId < b.schoolId ? -1 : 1));
  return {
    lines: out,
    retirements: retirements.length,
    replacementExact: Math.round(replacementExact * 100) / 100,
    replacement,
    forShortage: out.reduce((n, l) => n + l.forShortage, 0),
    proposed: out.reduce((n, l) => n + l.proposed, 0),
  };
}
