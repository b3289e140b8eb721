/**
 * Statutory retirement age under the gradual reform in force from 1 January 2025 (渐进式延迟法定退休年龄):
 * - men, base 60: born from January 1965, one month later for every four months of birth, up to 63;
 * - women in cadre and professional posts (teachers), base 55: born from January 1970, one month per four, up to 58;
 * - women in worker posts (工勤), base 50: born from January 1975, one month per two, up to 55.
 */
export type RetirementCategory = "cadre" | "worker";

interface Rule {
  baseYears: number;
  reformFrom: number;
  monthsPerStep: number;
  maxDelayMonths: number;
}

const RULES = {
  M: { baseYears: 60, reformFrom: 1965, monthsPerStep: 4, maxDelayMonths: 36 },
  F_cadre: { baseYears: 55, reformFrom: 1970, monthsPerStep: 4, maxDelayMonths: 36 },
  F_worker: { baseYears: 50, reformFrom: 1975, monthsPerStep: 2, maxDelayMonths: 60 },
} satisfies Record<string, Rule>;

/**
 * The retirement age in months for a birth month.
 *
 * @example retirementAgeMonths("1965-05-10", "M") // => 722 (60 years 2 months)
 */
export function retirementAgeMonths(birthDate: string, gender: "M" | "F", category: RetirementCategory = "cadre") {
  const rule = gender === "M" ? RULES.M : category === "worker" ? RULES.F_worker : RULES.F_cadre;
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7));
  const sinceReform = (year - rule.reformFrom) * 12 + (month - 1);
  const delay = sinceReform < 0 ? 0 : Math.min(Math.floor(sinceReform / rule.monthsPerStep) + 1, rule.maxDelayMonths);
  return rule.baseYears * 12 + delay;
}

/**
 * The date a person reaches the statutory retirement age (ISO date). A 29–31 birth day in a shorter month falls on
 * that month's last day.
 *
 * @example retirementDate("1965-05-10", "M") // => "2025-07-10"
 */
export function retirementDate(birthDate: string, gender: "M" | "F", category: RetirementCategory = "cadre"): string {
  const months = retirementAgeMonths(birthDate, gender, category);
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7)) - 1 + months;
  const day = Number(birthDate.slice(8, 10));
  const y = year + Math.floor(month / 12);
  const m = month % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(day, lastDay);
  return `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Age in whole years on a date (for the age-for-grade check: age on 1 September).
 *
 * @example ageOn("2019-09-02", "2025-09-01") // => 5
 */
export function ageOn(birthDate: string, date: string): number {
  const age = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? age - 1 : age;
}
