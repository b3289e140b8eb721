/**
 * Continuing education (继续教育学时): at least 360 hours in every five-year cycle per teacher.
 *
 * Conventions (method note and README):
 * - The cycle runs from 1 January of `cycleStartYear` for five calendar years; a record counts in the cycle its end
 *   date falls in.
 * - School-based hours (校本研修) count up to `schoolBasedMaxShare` × the requirement (default half); hours beyond that
 *   are shown but not counted.
 * - Requirement: `cycleHours` (360) for a teacher hired before the cycle; one fifth of it for each cycle year from the
 *   hiring year on for a teacher hired during the cycle.
 * - Behind (进度滞后): counted hours below the requirement × the share of the cycle's years elapsed up to the date
 *   (a year counts once it has ended; in the cycle's last year the whole requirement is due). Complete: counted ≥
 *   requirement.
 * - The school's and county's completion rate = teachers complete ÷ 在岗 专任教师, one decimal of a percent.
 */
import { daysBetween } from "../calendar/daysBetween";
import { isIsoDate } from "../calendar/isIsoDate";
import { oneDecimal, type StaffingSettings } from "./settings";

/** Levels of the training platforms (培训层级). */
export const trainingLevels = {
  national: "国家级(国培)",
  provincial: "省级(省培)",
  county: "县级",
  school: "校本研修",
} as const;
export type TrainingLevel = keyof typeof trainingLevels;

export interface TrainingCycle {
  startYear: number;
  start: string;
  end: string;
}

/**
 * The five-year cycle containing a date.
 *
 * @example trainingCycleOf("2026-12-07", 2022) // => { startYear: 2022, start: "2022-01-01", end: "2026-12-31" }
 */
export function trainingCycleOf(date: string, cycleStartYear: number): TrainingCycle {
  const year = Number(date.slice(0, 4));
  const startYear = cycleStartYear + Math.floor((year - cycleStartYear) / 5) * 5;
  return { startYear, start: `${startYear}-01-01`, end: `${startYear + 4}-12-31` };
}

export interface TrainingRecordHours {
  level: TrainingLevel;
  hours: number;
  endDate: string;
}

export interface TrainingProgress {
  total: number;
  schoolBased: number;
  counted: number;
  required: number;
  /** hours due by the date at the cycle's pace */
  expected: number;
  complete: boolean;
  behind: boolean;
  byLevel: Record<TrainingLevel, number>;
  /** percent of the requirement counted, capped at 100 */
  percent: number;
}

/**
 * One teacher's progress in a cycle on a date.
 *
 * @example trainingProgress([{ level: "county", hours: 100, endDate: "2024-05-01" }], cycle, "2020-09-01", "2026-12-07", settings).behind // => true
 */
export function trainingProgress(
  records: TrainingRecordHours[],
  cycle: TrainingCycle,
  hireDate: string | null,
  asOf: string,
  s: Pick<StaffingSettings, "cycleHours" | "schoolBasedMaxShare">,
): TrainingProgress {
  const byLevel: Record<TrainingLevel, number> = { national: 0, provincial: 0, county: 0, school: 0 };
  for (const r of records) {
    if (r.endDate < cycle.start || r.endDate > cycle.end) continue;
    byLevel[r.level] += r.hours;
  }
  const total = byLevel.national + byLevel.provincial + byLevel.county + byLevel.school;
  const hireYear = hireDate ? Number(hireDate.slice(0, 4)) : cycle.startYear;
  const yearsInCycle = Math.max(1, Math.min(5, cycle.startYear + 5 - Math.max(hireYear, cycle.startYear)));
  const required = (s.cycleHours * yearsInCycle) / 5;
  const schoolCap = s.schoolBasedMaxShare * required;
  const counted = total - byLevel.school + Math.min(byLevel.school, schoolCap);
  const asOfYear = Number(asOf.slice(0, 4));
  const firstYear = Math.max(hireYear, cycle.startYear);
  const elapsedYears =
    asOfYear >= cycle.startYear + 4 ? yearsInCycle : Math.max(0, Math.min(yearsInCycle, asOfYear - firstYear));
  const expected = (required * elapsedYears) / yearsInCycle;
  return {
    total: oneDecimal(total),
    schoolBased: oneDecimal(byLevel.school),
    counted: oneDecimal(counted),
    required: oneDecimal(required),
    expected: oneDecimal(expected),
    complete: counted >= required - 1e-9,
    behind: counted < expected - 1e-9,
    byLevel,
    percent: oneDecimal(Math.min(100, (counted / required) * 100)),
  };
}

export interface TrainingRow {
  /** spreadsheet row number, for the problem list */
  row: number;
  staffNumber: string;
  /** resolved by the server from the register; null when no such teacher */
  staffId: string | null;
  course: string;
  level: string;
  startDate: string;
  endDate: string;
  hours: number;
}

export interface TrainingProblem {
  row: number;
  field: string;
  message: string;
}

/** The largest number of hours a single record may carry. */
export const MAX_HOURS_PER_RECORD = 200;

/**
 * Problems of imported training rows: unknown teacher, unknown level, bad or reversed dates, dates outside the cycle,
 * hours out of range (above 0, at most 8 a day and 200 a record), a course twice (the same teacher, course and start
 * date, in the file or already recorded), and overlapping records of one teacher that together exceed 8 hours a day.
 *
 * @example trainingRowProblems([{ row: 2, staffNumber: "T1", staffId: null, ... }], [], cycle)[0].message // => "第2行 工号:…"
 */
export function trainingRowProblems(
  rows: TrainingRow[],
  existing: { staffId: string; course: string; startDate: string; endDate: string; hours: number }[],
  cycle: TrainingCycle,
): TrainingProblem[] {
  const out: TrainingProblem[] = [];
  const add = (row: number, field: string, message: string) =>
    out.push({ row, field, message: `第${row}行 ${message}` });
  const seen = new Map<string, number>();
  const recorded = new Set(existing.map((e) => `${e.staffId}\u0000${e.course.trim()}\u0000${e.startDate}`));
  const good: (TrainingRow & { staffId: string })[] = [];
  for (const r of rows) {
    let ok = true;
    if (!r.staffId) {
      add(r.row, "staffNumber", `工号“${r.staffNumber}”:花名册中没有这名教师,请核对工号或先在教职工名册中登记`);
      ok = false;
    }
    if (!r.course.trim()) {
      add(r.row, "course", "培训项目:不能为空,请填写培训项目名称");
      ok = false;
    }
    if (!(r.level in trainingLevels)) {
      add(r.row, "level", `培训层级“${r.level}”:只能是 国家级、省级、县级、校本研修 之一`);
      ok = false;
    }
    const datesOk = isIsoDate(r.startDate) && isIsoDate(r.endDate);
    if (!datesOk) {
      add(r.row, isIsoDate(r.startDate) ? "endDate" : "startDate", "培训日期:不是有效日期,请写成 2025-03-01 的形式");
      ok = false;
    } else if (r.endDate < r.startDate) {
      add(r.row, "endDate", `结束日期 ${r.endDate} 早于开始日期 ${r.startDate},请核对`);
      ok = false;
    } else if (r.startDate < cycle.start || r.endDate > cycle.end) {
      add(
        r.row,
        r.startDate < cycle.start ? "startDate" : "endDate",
        `培训日期 ${r.startDate}至${r.endDate} 不在本周期(${cycle.start}至${cycle.end})内,请核对日期或另行登记上一周期的记录`,
      );
      ok = false;
    }
    const days = datesOk && r.endDate >= r.startDate ? daysBetween(r.startDate, r.endDate) + 1 : 1;
    if (!(Number.isFinite(r.hours) && r.hours > 0 && r.hours <= MAX_HOURS_PER_RECORD && r.hours <= days * 8)) {
      add(
        r.row,
        "hours",
        `学时 ${Number.isFinite(r.hours) ? r.hours : "(空)"}:须大于 0,且不超过每天 8 学时(本次 ${days} 天最多 ${Math.min(days * 8, MAX_HOURS_PER_RECORD)} 学时),请核对`,
      );
      ok = false;
    }
    if (r.staffId && r.course.trim() && isIsoDate(r.startDate)) {
      const k = `${r.staffId}\u0000${r.course.trim()}\u0000${r.startDate}`;
      const first = seen.get(k);
      if (first !== undefined) {
        add(
          r.row,
          "course",
          `培训项目“${r.course}”与第${first}行重复(同一教师、同一项目、同一开始日期),请删除其中一行`,
        );
        ok = false;
      } else if (recorded.has(k)) {
        add(r.row, "course", `培训项目“${r.course}”已登记过(同一教师、同一开始日期),请勿重复导入`);
        ok = false;
      } else seen.set(k, r.row);
    }
    if (ok && r.staffId) good.push({ ...r, staffId: r.staffId });
  }
  // overlap: two records of one teacher whose dates overlap and whose hours exceed 8 a day over the joint span
  const byStaff = new Map<string, typeof good>();
  for (const g of good) byStaff.set(g.staffId, [...(byStaff.get(g.staffId) ?? []), g]);
  for (const [staffId, list] of byStaff) {
    const prior = existing.filter((e) => e.staffId === staffId);
    for (const a of list) {
      for (const b of [...list.filter((x) => x.row < a.row), ...prior]) {
        if (a.startDate > b.endDate || b.startDate > a.endDate) continue;
        const start = a.startDate < b.startDate ? a.startDate : b.startDate;
        const end = a.endDate > b.endDate ? a.endDate : b.endDate;
        const span = daysBetween(start, end) + 1;
        if (a.hours + b.hours > span * 8) {
          const other = "row" in b ? `第${b.row}行` : "已登记的记录";
          add(
            a.row,
            "startDate",
            `培训日期与${other}“${b.course}”重叠,两项合计 ${a.hours + b.hours} 学时超过每天 8 学时,请核对日期或学时`,
          );
          break;
        }
      }
    }
  }
  return out.sort((x, y) => x.row - y.row);
}
