/**
 * Retirement forecast (退休预测) per school and subject from the statutory retirement dates (registry.retirementDate,
 * the 2025 gradual reform).
 *
 * Conventions (method note and README): the window is `forecastYears` school years (default 5) starting on the
 * statistics date 1 September of the school year: year k covers 1 September of Y+k to 31 August of Y+k+1. Staff
 * still on the roll whose date has already passed are counted as 已到龄 (overdue), not in a year. The population is
 * the staff 在岗 or 离岗 in the school year, every post and employment type; the recruitment plan uses only the
 * 在编 专任教师 among them.
 */
import { retirementDate } from "../registry/retirement";

export interface ForecastPerson {
  staffId: string;
  schoolId: string;
  subject: string | null;
  birthDate: string;
  gender: "M" | "F";
  /** registry.postType: worker posts follow the worker rule, the others the cadre rule */
  postType: string;
  establishment: string;
}

export interface RetiringPerson extends ForecastPerson {
  retirementDate: string;
  /** 0-based school year of the window, or -1 when the date has already passed */
  yearIndex: number;
}

/** The retirement date of a staff member by post. @example retirementDateOf({ birthDate: "1966-05-10", gender: "F", postType: "teacher" }) */
export function retirementDateOf(p: Pick<ForecastPerson, "birthDate" | "gender" | "postType">): string {
  return retirementDate(p.birthDate, p.gender, p.postType === "worker" ? "worker" : "cadre");
}

/**
 * Everyone retiring within the window from the school year `schoolYear`, with the year index of their retirement.
 *
 * @example retiringWithin(people, 2026, 5) // people retiring 2026-09-01 … 2031-08-31, and those already overdue
 */
export function retiringWithin(people: ForecastPerson[], schoolYear: number, years: number): RetiringPerson[] {
  const start = `${schoolYear}-09-01`;
  const end = `${schoolYear + years}-08-31`;
  const out: RetiringPerson[] = [];
  for (const p of people) {
    const date = retirementDateOf(p);
    if (date > end) continue;
    const yearIndex = date < start ? -1 : Number(date.slice(0, 4)) - schoolYear - (date.slice(5) < "09-01" ? 1 : 0);
    out.push({ ...p, retirementDate: date, yearIndex });
  }
  return out.sort((a, b) => (a.retirementDate < b.retirementDate ? -1 : a.retirementDate > b.retirementDate ? 1 : 0));
}

export interface ForecastTable {
  /** school years of the window: 2026 = 2026—2027学年 */
  years: number[];
  /** county totals per year index; `overdue` for -1 */
  county: { overdue: number; byYear: number[]; total: number };
  /** per school and subject */
  rows: { schoolId: string; subject: string | null; overdue: number; byYear: number[]; total: number }[];
}

/**
 * The forecast table: counts per school and subject per school year of the window.
 *
 * @example forecastTable(retiringWithin(people, 2026, 5), 2026, 5).county.total
 */
export function forecastTable(retiring: RetiringPerson[], schoolYear: number, years: number): ForecastTable {
  const rows = new Map<string, ForecastTable["rows"][number]>();
  const county = { overdue: 0, byYear: Array(years).fill(0) as number[], total: 0 };
  for (const r of retiring) {
    const k = `${r.schoolId}\u0000${r.subject ?? ""}`;
    const row = rows.get(k) ?? {
      schoolId: r.schoolId,
      subject: r.subject,
      overdue: 0,
      byYear: Array(years).fill(0) as number[],
      total: 0,
    };
    if (r.yearIndex < 0) {
      row.overdue += 1;
      county.overdue += 1;
    } else {
      row.byYear[r.yearIndex] = (row.byYear[r.yearIndex] ?? 0) + 1;
      county.byYear[r.yearIndex] = (county.byYear[r.yearIndex] ?? 0) + 1;
    }
    row.total += 1;
    county.total += 1;
    rows.set(k, row);
  }
  return {
    years: Array.from({ length: years }, (_, i) => schoolYear + i),
    county,
    rows: [...rows.values()].sort((a, b) => b.total - a.total),
  };
}
