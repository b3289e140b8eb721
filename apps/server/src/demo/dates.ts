import { calendar } from "@edubureau/core";
import type { Random } from "./random";

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2024-09-01" from year, month (1–12) and a day that exists in that month. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** A uniformly random ISO date between two ISO dates, both included. */
export function randomDate(rng: Random, from: string, to: string): string {
  return calendar.addDays(from, rng.int(0, Math.max(0, calendar.daysBetween(from, to))));
}

/** Whole years of age on a date (both ISO). */
export function ageOn(birthDate: string, on: string): number {
  const age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? age - 1 : age;
}

/** 1 September of a school year: the statistics date (统计时点). */
export function statisticsDate(schoolYear: number): string {
  return isoDate(schoolYear, 9, 1);
}

/**
 * A random date inside a school year for a mid-year event (transfer, dropout). For the latest year only the
 * autumn term so far is used, since the year is still running.
 */
export function midYearDate(rng: Random, schoolYear: number, latestYear: number): string {
  if (schoolYear >= latestYear) return randomDate(rng, isoDate(schoolYear, 9, 15), isoDate(schoolYear, 12, 15));
  return randomDate(rng, isoDate(schoolYear, 10, 8), isoDate(schoolYear + 1, 6, 15));
}
