/**
 * The rectification state machine (整改流程): 待整改 → 整改中 → 待复查 → 已销号, with 复查不通过 sending a finding
 * back to 整改中, deadline extensions requested with a reason and approved (or refused) by the supervisor, and
 * withdrawal (撤销) of a finding raised in error by the supervisor with a reason.
 *
 * Decisions:
 * - The supervisor is the inspectors and the owning sections (督学, 督导室, 安全股). The responsible party is the
 *   school the finding is about. An off-campus institution has no account, so the supervisor records its steps on
 *   its behalf: the supervisor may take every step, the responsible school only start, submit and ask for more time.
 * - A school never closes (销号) its own finding, never withdraws one and never approves its own extension.
 * - Submitting for review needs a description of what was done and, unless the county turns it off, at least one
 *   photo or document as evidence (整改前后照片、整改报告).
 * - An extension request leaves the state as it is; approval moves the deadline, so the finding is judged against
 *   the new deadline from then on. Only one request may wait at a time.
 * - 已销号 and 已撤销 are final.
 *
 * The function never throws for a refused step: it returns `{ ok: false, code, message }` with a Chinese message.
 */
import { isIsoDate } from "../calendar/isIsoDate";
import { type FindingState, findingState, openFindingStates } from "./vocabulary";

/** What can be done to a finding, with its Chinese verb. */
export const rectificationActionLabels = {
  start: "开始整改",
  submit: "提交复查",
  pass: "复查通过并销号",
  fail: "复查不通过",
  request_extension: "申请延期",
  approve_extension: "批准延期",
  reject_extension: "驳回延期",
  withdraw: "撤销问题",
} as const;
export type RectificationAction = keyof typeof rectificationActionLabels;
export const rectificationActions = Object.keys(rectificationActionLabels) as RectificationAction[];

/**
 * Who acts on a finding: the supervisor (督学, 督导室, 安全股), the responsible school, or a reader (leadership,
 * other sections) who may only look.
 */
export type LedgerParty = "supervisor" | "responsible" | "reader";

/** A pending request for more time (延期申请). */
export interface ExtensionRequest {
  /** the deadline asked for (ISO date) */
  deadline: string;
  reason: string;
}

/** What the state machine needs to know about a finding. */
export interface FindingSnapshot {
  state: FindingState;
  /** the current deadline (ISO date) */
  deadline: string;
  extensionRequest: ExtensionRequest | null;
}

/** One step asked for. */
export interface RectificationStep {
  action: RectificationAction;
  /** what was done, why it failed, why more time is needed, why it is withdrawn */
  note?: string;
  /** request_extension: the deadline asked for */
  newDeadline?: string;
  /** evidence files attached to this step */
  evidenceCount?: number;
}

export interface RectificationOptions {
  /** today's date (ISO, Beijing calendar): an extension must not end in the past */
  today: string;
  /** whether submitting for review needs at least one evidence file (default true) */
  evidenceRequired?: boolean;
}

export type RectificationRefusal =
  /** the party may not take this action at all */
  | "not_allowed"
  /** the finding's state does not allow it */
  | "wrong_state"
  /** a note (reason, description) is required */
  | "missing_note"
  /** submitting without evidence */
  | "missing_evidence"
  /** the deadline asked for is not a date, not later than the current one, or in the past */
  | "bad_deadline"
  /** approving or refusing when no request waits */
  | "no_request"
  /** asking for more time while a request already waits */
  | "request_pending";

export type RectificationResult =
  | { ok: true; finding: FindingSnapshot; closes: boolean }
  | { ok: false; code: RectificationRefusal; message: string };

/** Which parties may take each action. */
const PARTIES: Record<RectificationAction, readonly LedgerParty[]> = {
  start: ["responsible", "supervisor"],
  submit: ["responsible", "supervisor"],
  pass: ["supervisor"],
  fail: ["supervisor"],
  request_extension: ["responsible", "supervisor"],
  approve_extension: ["supervisor"],
  reject_extension: ["supervisor"],
  withdraw: ["supervisor"],
};

/** The states each action may be taken from. */
const FROM: Record<RectificationAction, readonly FindingState[]> = {
  start: ["pending"],
  submit: ["in_progress"],
  pass: ["awaiting_review"],
  fail: ["awaiting_review"],
  request_extension: ["pending", "in_progress"],
  approve_extension: ["pending", "in_progress", "awaiting_review"],
  reject_extension: ["pending", "in_progress", "awaiting_review"],
  withdraw: openFindingStates,
};

/** Actions that need a note, with what the note must say. */
const NOTE_NEEDED: Partial<Record<RectificationAction, string>> = {
  submit: "请填写整改情况说明",
  fail: "请填写复查不通过的原因和整改要求",
  request_extension: "请填写延期原因",
  reject_extension: "请填写驳回延期的理由",
  withdraw: "请填写撤销原因",
};

/** Minimum length of a note that counts as written. */
const MIN_NOTE = 2;

/**
 * Whether `party` may take `action` at all, whatever the finding's state (the party check of the state machine).
 *
 * @example partyMay("responsible", "pass") // => false
 * @example partyMay("supervisor", "pass") // => true
 */
export function partyMay(party: LedgerParty, action: RectificationAction): boolean {
  return PARTIES[action].includes(party);
}

function partyRefusal(party: LedgerParty, action: RectificationAction): string {
  const verb = rectificationActionLabels[action];
  if (party === "reader") return `您只能查看该问题,不能${verb}`;
  return `整改单位不能${verb},须由督学、督导室或安全股办理`;
}

/**
 * The step the state machine allows, or why not. The party check comes first, then the state, then the inputs.
 *
 * @example rectificationTransition({ state: "pending", deadline: "2026-12-31", extensionRequest: null },
 *   "responsible", { action: "start" }, { today: "2026-11-20" })
 * // => { ok: true, finding: { state: "in_progress", deadline: "2026-12-31", extensionRequest: null }, closes: false }
 * @example rectificationTransition({ state: "awaiting_review", deadline: "2026-12-31", extensionRequest: null },
 *   "responsible", { action: "pass" }, { today: "2026-11-20" })
 * // => { ok: false, code: "not_allowed", message: "整改单位不能复查通过并销号,须由督学、督导室或安全股办理" }
 */
export function rectificationTransition(
  finding: FindingSnapshot,
  party: LedgerParty,
  step: RectificationStep,
  options: RectificationOptions,
): RectificationResult {
  const { action } = step;
  const verb = rectificationActionLabels[action];
  if (!partyMay(party, action)) return { ok: false, code: "not_allowed", message: partyRefusal(party, action) };
  if (!FROM[action].includes(finding.state)) {
    return { ok: false, code: "wrong_state", message: `该问题${findingState.labels[finding.state]},不能${verb}` };
  }
  const note = step.note?.trim() ?? "";
  const noteNeeded = NOTE_NEEDED[action];
  if (noteNeeded && note.length < MIN_NOTE) return { ok: false, code: "missing_note", message: noteNeeded };

  const same = { ...finding };
  switch (action) {
    case "start":
      return { ok: true, finding: { ...same, state: "in_progress" }, closes: false };
    case "submit":
      if ((options.evidenceRequired ?? true) && !(step.evidenceCount && step.evidenceCount > 0)) {
        return { ok: false, code: "missing_evidence", message: "提交复查时请上传至少一份整改照片或材料" };
      }
      return { ok: true, finding: { ...same, state: "awaiting_review" }, closes: false };
    case "pass":
      return { ok: true, finding: { ...same, state: "closed", extensionRequest: null }, closes: true };
    case "fail":
      return { ok: true, finding: { ...same, state: "in_progress" }, closes: false };
    case "request_extension": {
      if (finding.extensionRequest) {
        return { ok: false, code: "request_pending", message: "已有一份延期申请待审批,请等待审批结果" };
      }
      const asked = step.newDeadline ?? "";
      if (!isIsoDate(asked)) {
        return { ok: false, code: "bad_deadline", message: "请填写延期后的整改时限(日期格式 YYYY-MM-DD)" };
      }
      if (asked <= finding.deadline) {
        return {
          ok: false,
          code: "bad_deadline",
          message: `延期后的时限应晚于当前时限 ${finding.deadline}`,
        };
      }
      if (asked < options.today) {
        return { ok: false, code: "bad_deadline", message: "延期后的时限不能早于今天" };
      }
      return { ok: true, finding: { ...same, extensionRequest: { deadline: asked, reason: note } }, closes: false };
    }
    case "approve_extension":
      if (!finding.extensionRequest) return { ok: false, code: "no_request", message: "该问题没有待审批的延期申请" };
      return {
        ok: true,
        finding: { ...same, deadline: finding.extensionRequest.deadline, extensionRequest: null },
        closes: false,
      };
    case "reject_extension":
      if (!finding.extensionRequest) return { ok: false, code: "no_request", message: "该问题没有待审批的延期申请" };
      return { ok: true, finding: { ...same, extensionRequest: null }, closes: false };
    case "withdraw":
      return { ok: true, finding: { ...same, state: "withdrawn", extensionRequest: null }, closes: false };
  }
}

/**
 * The actions a party could take on a finding now (party, state and a waiting request considered; inputs such as
 * notes and evidence are asked for when the action is taken). The web shows buttons from this.
 *
 * @example availableActions({ state: "awaiting_review", deadline: "2026-12-31", extensionRequest: null }, "supervisor")
 * // => ["pass", "fail", "withdraw"]
 */
export function availableActions(finding: FindingSnapshot, party: LedgerParty): RectificationAction[] {
  return rectificationActions.filter((action) => {
    if (!partyMay(party, action) || !FROM[action].includes(finding.state)) return false;
    if (action === "request_extension") return finding.extensionRequest === null;
    if (action === "approve_extension" || action === "reject_extension") return finding.extensionRequest !== null;
    return true;
  });
}
