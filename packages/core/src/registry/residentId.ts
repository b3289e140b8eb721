/**
 * Resident ID numbers (公民身份号码, GB 11643-1999).
 *
 * 18 characters: 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male, even = female)
 * and a check character computed by ISO 7064 MOD 11-2.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";

/**
 * The check character for the first 17 digits of a resident ID.
 *
 * @param first17 - 17 decimal digits
 * @returns the check character ("0".."9" or "X"), or null when the input is not 17 digits
 * @example residentIdCheckChar("11010519491231002") // => "X"
 */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type ResidentIdProblem = "format" | "birthDate" | "checkDigit";

export interface ParsedResidentId {
  regionCode: string;
  birthDate: string;
  gender: "M" | "F";
}

/**
 * Checks a resident ID and reads its parts.
 *
 * @param value - the ID as typed; a lowercase x is accepted
 * @returns `{ ok: true, ... }` with region, ISO birth date and gender, or `{ ok: false, problem }`
 * @example parseResidentId("440524188001010014") // => { ok: true, regionCode: "440524", birthDate: "1880-01-01", gender: "M" }
 */
export function parseResidentId(
  value: string,
): ({ ok: true } & ParsedResidentId) | { ok: false; problem: ResidentIdProblem } {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: "format" };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: "birthDate" };
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: "checkDigit" };
  return {
    ok: true,
    regionCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? "M" : "F",
  };
}

/** Chinese explanation of a resident-ID problem, for form and import messages. */
export const residentIdProblemMessage: Record<ResidentIdProblem, string> = {
  format: "身份证号应为18位,前17位为数字,最后一位为数字或X",
  birthDate: "身份证号中的出生日期(第7–14位)不是有效日期",
  checkDigit: "身份证号校验位不正确,请核对号码是否抄错",
};

/**
 * The masked form shown by default: first 6 and last 4 characters kept (the last 4 let staff search).
 *
 * @example maskResidentId("11010519491231002X") // => "110105********002X"
 */
export function maskResidentId(value: string): string {
  if (value.length < 10) return "*".repeat(value.length);
  return `${value.slice(0, 6)}${"*".repeat(value.length - 10)}${value.slice(-4)}`;
}
