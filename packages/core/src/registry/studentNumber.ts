import { parseResidentId } from "./residentId";

/** Kinds of national student number (全国学籍号). */
export type StudentNumberKind = "G" | "J" | "L";

/**
 * Checks a national student number: G + resident ID; J + self-coded 18; L + region + birth date + 4 digits.
 *
 * @returns the kind, or null when the value is not a well-formed student number
 * @example studentNumberKind("G11010519491231002X") // => "G"
 */
export function studentNumberKind(value: string): StudentNumberKind | null {
  const v = value.trim().toUpperCase();
  if (v.length !== 19) return null;
  const body = v.slice(1);
  switch (v[0]) {
    case "G":
      return parseResidentId(body).ok ? "G" : null;
    case "J":
      return /^[\dA-Z]{18}$/.test(body) ? "J" : null;
    case "L":
      return /^\d{18}$/.test(body) ? "L" : null;
    default:
      return null;
  }
}

/** A GB/T 2260 administrative division code: six digits, province / prefecture / county. */
export function isRegionCode(value: string): boolean {
  return /^[1-8]\d{5}$/.test(value);
}

/** A national school identification code (学校标识码): ten digits. */
export function isSchoolCode(value: string): boolean {
  return /^\d{10}$/.test(value);
}

/**
 * The masked form of a national student number shown by default. A G-type number contains the resident ID, so it
 * is masked the same way: the prefix and region kept, the birth date and sequence hidden, the last four kept.
 *
 * @example maskStudentNumber("G11010519491231002X") // => "G110105********002X"
 */
export function maskStudentNumber(value: string): string {
  if (value.length < 11) return "*".repeat(value.length);
  return `${value.slice(0, 7)}${"*".repeat(value.length - 11)}${value.slice(-4)}`;
}
