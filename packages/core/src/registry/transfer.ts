/**
 * Transfers between schools (转学): who may do what to a transfer in which status, when a pending transfer counts
 * as a suspected dropout (疑似辍学, methods.md §4), and the checks on a new request.
 *
 * Decisions:
 * - A transfer to a school of the county starts `pending`; the destination school receives (接收) or rejects
 *   (退回) it; the initiating school may cancel (撤销) it while pending. The county's basic-education section acts
 *   on behalf of either school (side "county").
 * - A transfer out of the county (转出县外) has nobody here to receive it, so it completes as `left_county` the
 *   moment it is initiated. Following the student up outside the county is the retention capability's work.
 * - Every status other than `pending` is final.
 */
import { daysBetween } from "../calendar/daysBetween";
import { schoolGrades } from "./promotion";
import type { SchoolKind } from "./vocabulary";

/** Status of a transfer (转学状态) with its Chinese label. */
export const transferStatusLabels = {
  pending: "待接收",
  received: "已接收",
  rejected: "已退回",
  cancelled: "已撤销",
  left_county: "已转出县外",
} as const;
export type TransferStatus = keyof typeof transferStatusLabels;
export const transferStatuses = Object.keys(transferStatusLabels) as TransferStatus[];

/** What can be done to a pending transfer, with its Chinese verb. */
export const transferActionLabels = { receive: "接收", reject: "退回", cancel: "撤销" } as const;
export type TransferAction = keyof typeof transferActionLabels;

/** Who acts: the initiating school, the destination school, or the county section on behalf of either. */
export type TransferSide = "from" | "to" | "county";

/** Days after which a pending transfer is a suspected dropout, unless the county sets another number. */
export const DEFAULT_TRANSFER_OVERDUE_DAYS = 30;

export interface TransferProblem {
  /** not_pending: the transfer is already decided; wrong_side: this party may not take this action */
  code: "not_pending" | "wrong_side";
  message: string;
}

export type TransferTransition = { next: TransferStatus; problems: [] } | { next: null; problems: TransferProblem[] };

const NEXT: Record<TransferAction, TransferStatus> = { receive: "received", reject: "rejected", cancel: "cancelled" };
const ALLOWED_SIDES: Record<TransferAction, readonly TransferSide[]> = {
  receive: ["to", "county"],
  reject: ["to", "county"],
  cancel: ["from", "county"],
};

/**
 * The transfer state machine: the status a transfer moves to when `side` takes `action`, or the problems that
 * forbid it, in Chinese.
 *
 * @example transferTransition("pending", "receive", "to") // => { next: "received", problems: [] }
 * @example transferTransition("pending", "receive", "from").problems[0].message // => "只有转入学校才能接收转学申请"
 * @example transferTransition("cancelled", "receive", "to").problems[0].code // => "not_pending"
 */
export function transferTransition(
  status: TransferStatus,
  action: TransferAction,
  side: TransferSide,
): TransferTransition {
  const verb = transferActionLabels[action];
  const problems: TransferProblem[] = [];
  if (status !== "pending") {
    problems.push({
      code: "not_pending",
      message: `该转学申请${transferStatusLabels[status] ?? status},不能再${verb}`,
    });
  }
  if (!ALLOWED_SIDES[action].includes(side)) {
    const who = action === "cancel" ? "转出学校" : "转入学校";
    problems.push({ code: "wrong_side", message: `只有${who}才能${verb}转学申请` });
  }
  return problems.length === 0 ? { next: NEXT[action], problems: [] } : { next: null, problems };
}

/**
 * The status a new transfer starts in: pending for a school of the county, left_county for outside it.
 *
 * @example initialTransferStatus(null) // => "left_county"
 */
export function initialTransferStatus(toSchoolId: string | null): TransferStatus {
  return toSchoolId === null ? "left_county" : "pending";
}

/**
 * Whole days from the day a transfer was initiated to `today` (both ISO dates); NaN when either is not a date.
 *
 * @example transferDaysPending("2026-10-01", "2026-10-31") // => 30
 */
export function transferDaysPending(initiatedOn: string, today: string): number {
  return daysBetween(initiatedOn, today);
}

/**
 * Whether a pending transfer has waited longer than `days` without being received: the student is then a
 * suspected dropout (methods.md §4). False for bad dates. The caller applies it to pending transfers only.
 *
 * @example transferOverdue("2026-10-01", "2026-10-31") // => false (30 days: still within the limit)
 * @example transferOverdue("2026-10-01", "2026-11-01") // => true (31 days)
 */
export function transferOverdue(initiatedOn: string, today: string, days = DEFAULT_TRANSFER_OVERDUE_DAYS): boolean {
  return transferDaysPending(initiatedOn, today) > days;
}

/** A request to start a transfer, with what the server knows about both ends. */
export interface TransferRequest {
  fromSchoolId: string;
  /** null: outside the county */
  toSchoolId: string | null;
  /** kind of the destination school, when it is in the county */
  toSchoolKind?: SchoolKind | string | null;
  /** status of the destination school (open | merged | closed), when it is in the county */
  toSchoolStatus?: string | null;
  /** the student's current grade */
  grade: number;
  /** where the student goes, for a transfer out of the county */
  destination?: string | null;
  reason: string;
  /** the transfer date and the student's entry date at the current school (ISO dates) */
  date: string;
  enteredOn?: string | null;
  today: string;
}

export interface TransferRequestProblem {
  field: "toSchoolId" | "destination" | "reason" | "date";
  message: string;
}

/**
 * Problems with a new transfer request, in Chinese; empty when it may go ahead. The destination must be another
 * open school of the county that teaches the student's grade, or a described place outside the county.
 *
 * @example transferRequestProblems({ fromSchoolId: "a", toSchoolId: "a", grade: 3, reason: "搬家", date: "2026-10-08", today: "2026-10-08" })
 * // => [{ field: "toSchoolId", message: "转入学校不能是本校" }]
 */
export function transferRequestProblems(r: TransferRequest): TransferRequestProblem[] {
  const problems: TransferRequestProblem[] = [];
  if (r.toSchoolId === null) {
    if (!r.destination?.trim()) problems.push({ field: "destination", message: "转出县外时请填写转入地或学校" });
  } else if (r.toSchoolId === r.fromSchoolId) {
    problems.push({ field: "toSchoolId", message: "转入学校不能是本校" });
  } else if (r.toSchoolStatus && r.toSchoolStatus !== "open") {
    problems.push({ field: "toSchoolId", message: "转入学校已撤并或停办" });
  } else if (r.toSchoolKind) {
    const { grades } = schoolGrades(r.toSchoolKind);
    if (grades.length > 0 && !grades.includes(r.grade)) {
      problems.push({ field: "toSchoolId", message: "转入学校不开设该生所在年级" });
    }
  }
  if (!r.reason.trim()) problems.push({ field: "reason", message: "请填写转学原因" });
  if (r.date > r.today) problems.push({ field: "date", message: "转学日期不能晚于今天" });
  else if (r.enteredOn && r.date < r.enteredOn) {
    problems.push({ field: "date", message: "转学日期不能早于该生在本校的入学日期" });
  }
  return problems;
}
