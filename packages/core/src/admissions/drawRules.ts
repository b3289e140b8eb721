/**
 * Two rules every draw obeys before it runs or is written into the register: not before its announced time (公布的
 * 抽签时间), and no sunshine class allocation over a grade that is already in classes (已分班) unless 招生办 overrides
 * it with a reason and a second confirmation (the number of students already in classes, typed again).
 */
import { beijingIso } from "../calendar/beijingIso";
import { chineseDate } from "../calendar/chineseDate";
import type { Problem } from "./classAllocation";

/** The shortest reason accepted for overriding a grade already in classes. */
export const SETTLED_GRADE_REASON_MIN = 10;

/**
 * A date-time as the public reads it, in Beijing time (UTC+8, no daylight saving).
 *
 * @example
 * announcedTimeLabel(new Date("2026-08-28T01:00:00Z")) // "2026年8月28日 09:00(北京时间)"
 */
export function announcedTimeLabel(at: Date): string {
  const iso = beijingIso(at);
  return `${chineseDate(iso.slice(0, 10))} ${iso.slice(11, 16)}(北京时间)`;
}

/**
 * Why a draw may not run yet: `now` is before the event's announced time. Null once the time has come (the
 * announced minute itself included).
 *
 * @example
 * drawTimeProblem(new Date("2026-08-28T01:00:00Z"), new Date("2026-08-26T01:00:00Z"))
 * // { field: "eventTime", message: "抽签时间未到:本活动公布的抽签时间为 2026年8月28日 09:00(北京时间)…" }
 */
export function drawTimeProblem(eventTime: Date, now: Date): Problem | null {
  if (now.getTime() >= eventTime.getTime()) return null;
  return {
    field: "eventTime",
    message: `抽签时间未到:本活动公布的抽签时间为 ${announcedTimeLabel(eventTime)},请到时在见证人面前抽签;如需改期,请以新活动重新抽签并说明原因`,
  };
}

/** The override a request carries for a grade already in classes. */
export interface SettledGradeOverride {
  reason: string;
  /** the second confirmation: the number of students already in classes, typed again */
  confirmStudents: number;
}

/**
 * The message refusing a class allocation over a grade already in classes, naming how many students are in classes.
 *
 * @example
 * settledGradeMessage(120) // "该年级已分班,共120名学生已在班级中:…"
 */
export function settledGradeMessage(studentsInClasses: number): string {
  return `该年级已分班,共${studentsInClasses}名学生已在班级中:重新分班会改写学生的班级,只有招生办可以在写明原因并再次确认后继续`;
}

/**
 * What is wrong with an override of a grade already in classes: a reason of at least
 * {@link SETTLED_GRADE_REASON_MIN} characters, and the number of students in classes typed again exactly.
 *
 * @example
 * settledGradeOverrideProblems({ reason: "短", confirmStudents: 3 }, 120).map((p) => p.field)
 * // ["override.reason", "override.confirmStudents"]
 */
export function settledGradeOverrideProblems(override: SettledGradeOverride, studentsInClasses: number): Problem[] {
  const problems: Problem[] = [];
  if (override.reason.trim().length < SETTLED_GRADE_REASON_MIN) {
    problems.push({
      field: "override.reason",
      message: `请写明重新分班的原因(至少 ${SETTLED_GRADE_REASON_MIN} 个字),原因将记入审计日志并公示`,
    });
  }
  if (override.confirmStudents !== studentsInClasses) {
    problems.push({
      field: "override.confirmStudents",
      message: `请再次输入已在班级中的学生人数 ${studentsInClasses} 以确认(输入的是 ${override.confirmStudents})`,
    });
  }
  return problems;
}

/**
 * How many students a class allocation moves: those already in a class whose drawn class number is another one.
 * Students not yet in a class, or not in the allocation, do not count.
 *
 * @example
 * classChangeCount(new Map([["s1", 1], ["s2", 2]]), [{ number: 1, studentIds: ["s1", "s2", "s3"] }]) // 1
 */
export function classChangeCount(
  current: ReadonlyMap<string, number>,
  drawn: readonly { number: number; studentIds: readonly string[] }[],
): number {
  let changed = 0;
  for (const c of drawn) {
    for (const id of c.studentIds) {
      const now = current.get(id);
      if (now !== undefined && now !== c.number) changed++;
    }
  }
  return changed;
}
