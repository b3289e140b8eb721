/**
 * Ages of school-age children (适龄儿童) are taken as of 31 August of the school year (methods.md §3): a child born
 * on 31 August 2020 is 6 in school year 2026 (2026—2027学年), one born on 1 September 2020 is 5.
 */

/** The day ages are counted on for a school year: 31 August of its first calendar year. */
export function censusDay(schoolYear: number): string {
  return `${schoolYear}-08-31`;
}

/**
 * Age in whole years on 31 August of `schoolYear`; NaN when `birthDate` is not an ISO date.
 *
 * @example ageOnCensusDay("2020-08-31", 2026) // => 6
 * @example ageOnCensusDay("2020-09-01", 2026) // => 5
 */
export function ageOnCensusDay(birthDate: string, schoolYear: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  const birthdayAfterCensus = month > 8; // any day of September–December falls after 31 August
  return schoolYear - y - (birthdayAfterCensus ? 1 : 0);
}

/** The compulsory-education ages (义务教育适龄): 6 to 14 as of 31 August. */
export const COMPULSORY_AGES = { from: 6, to: 14 } as const;
/**
 * Ages the household roster carries: 0 to 14 as of 31 August. Children under 6 (学龄前) are kept for preschool's
 * population aged 3–5 only: never school-age, never compared with the register, never in an enrollment rate.
 */
export const ROSTER_AGES = { from: 0, to: 14 } as const;

/**
 * The latest birth date of a school-age child (6 or older on 31 August of `schoolYear`): a roster child born after
 * it is under 6 (学龄前).
 *
 * @example latestSchoolAgeBirthDate(2026) // => "2020-08-31"
 */
export function latestSchoolAgeBirthDate(schoolYear: number): string {
  return `${schoolYear - COMPULSORY_AGES.from}-08-31`;
}
/** Ages of the primary net enrollment rate (小学学龄儿童净入学率): 6–11. */
export const PRIMARY_AGES = { from: 6, to: 11 } as const;
/** Ages of the junior gross enrollment rate (初中毛入学率) denominator: 12–14. */
export const JUNIOR_AGES = { from: 12, to: 14 } as const;
