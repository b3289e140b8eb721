/**
 * The county's promotion schedule (升级日期): year-end promotion is a county act, run for every school at once by the
 * register's section (基础教育股) on or after the date the county set for the current school year. Pure: the server
 * reads the setting and the clock and maps a refusal to HTTP.
 */
import { chineseDate } from "../calendar/chineseDate";
import { schoolYearLabel } from "./vocabulary";

/** The earliest and latest promotion date the county may set for a current school year. */
export function promotionDateRange(currentYear: number): { from: string; to: string } {
  return { from: `${currentYear}-09-02`, to: `${currentYear + 1}-12-31` };
}

/**
 * Checks a promotion date the section sets: it must fall after the current school year has begun (so that a year is
 * never promoted the day it starts) and no later than the end of the next calendar year. Null (no date) is valid.
 *
 * @returns null when valid, otherwise the Chinese message naming the range
 * @example promotionDateProblem(2026, "2027-07-10") // => null
 * @example promotionDateProblem(2026, "2026-08-01") // => "升级日期应在2026年9月2日至2027年12月31日之间(2026—2027学年结束前后)"
 */
export function promotionDateProblem(currentYear: number, date: string | null): string | null {
  if (date === null) return null;
  const { from, to } = promotionDateRange(currentYear);
  if (date >= from && date <= to) return null;
  return `升级日期应在${chineseDate(from)}至${chineseDate(to)}之间(${schoolYearLabel(currentYear)}结束前后)`;
}

export interface PromotionScheduleInput {
  /** today, ISO date */
  today: string;
  /** the county's current school year (registry settings) */
  currentYear: number;
  /** the year asked to be promoted */
  fromYear: number;
  /** the county's promotion date for the current year, null when not set */
  promotionDate: string | null;
}

export type PromotionScheduleRefusal = {
  code: "PROMOTION_NOT_CURRENT_YEAR" | "PROMOTION_DATE_UNSET" | "PROMOTION_TOO_EARLY";
  message: string;
};

/**
 * Whether the county's promotion of `fromYear` may run today: only the county's current year, only once the section
 * has set a promotion date, and only on or after it.
 *
 * @returns null when it may run, otherwise the refusal with a Chinese message naming the year or the date
 * @example
 * promotionRefusal({ today: "2026-12-06", currentYear: 2026, fromYear: 2026, promotionDate: "2027-07-10" })
 * // => { code: "PROMOTION_TOO_EARLY", message: "全县升级日期为2027年7月10日,此前不能办理2026—2027学年的升级" }
 */
export function promotionRefusal(input: PromotionScheduleInput): PromotionScheduleRefusal | null {
  const { today, currentYear, fromYear, promotionDate } = input;
  if (fromYear !== currentYear) {
    return {
      code: "PROMOTION_NOT_CURRENT_YEAR",
      message: `全县当前学年为${schoolYearLabel(currentYear)},只能办理该学年的升级`,
    };
  }
  if (promotionDate === null) {
    return {
      code: "PROMOTION_DATE_UNSET",
      message: `${schoolYearLabel(currentYear)}的升级日期尚未设定,请基础教育股先在学籍参数中设定升级日期`,
    };
  }
  if (today < promotionDate) {
    return {
      code: "PROMOTION_TOO_EARLY",
      message: `全县升级日期为${chineseDate(promotionDate)},此前不能办理${schoolYearLabel(currentYear)}的升级`,
    };
  }
  return null;
}
