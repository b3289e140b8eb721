/**
 * Exam numbers (考号) as a county office prints them on seat labels and answer sheets: seven digits, unique within
 * one exam version, `SSS` + `NNNN`:
 *
 * - `SSS` (001–999) is the school's place in the exam: the schools of the roster in the order of their national
 *   school code (学校标识码);
 * - `NNNN` (0001–9999) is the seat within the school: its students in the order of class number, then national
 *   student number (学籍号).
 *
 * So 0030412 is the 412th seat of the third school. Numbers never change once given (they are printed before the
 * exam): a student who joins the roster later gets the next free seat of their school, and a school new to the
 * roster the next free school number. A correction version keeps the numbers of the version before.
 */

/** Digits of the school part and of the seat part. */
export const EXAM_NUMBER_SCHOOL_DIGITS = 3;
export const EXAM_NUMBER_SEAT_DIGITS = 4;
export const EXAM_NUMBER_LENGTH = EXAM_NUMBER_SCHOOL_DIGITS + EXAM_NUMBER_SEAT_DIGITS;
const MAX_SCHOOL = 10 ** EXAM_NUMBER_SCHOOL_DIGITS - 1;
const MAX_SEAT = 10 ** EXAM_NUMBER_SEAT_DIGITS - 1;

/**
 * The exam number of a school's seat, or null when either part is out of range.
 *
 * @example formatExamNumber(3, 412) // => "0030412"
 */
export function formatExamNumber(school: number, seat: number): string | null {
  if (!Number.isInteger(school) || !Number.isInteger(seat)) return null;
  if (school < 1 || school > MAX_SCHOOL || seat < 1 || seat > MAX_SEAT) return null;
  return String(school).padStart(EXAM_NUMBER_SCHOOL_DIGITS, "0") + String(seat).padStart(EXAM_NUMBER_SEAT_DIGITS, "0");
}

/**
 * An exam number as typed into a score file, in its stored form: spaces removed, full-width digits made ASCII, and
 * the leading zeros Excel drops from a number cell put back. Returns "" for an empty cell and the cleaned text
 * unchanged when it is not digits (the caller reports it as unknown).
 *
 * @example normalizeExamNumber("30412") // => "0030412"
 * @example normalizeExamNumber(" ００３０４１２ ") // => "0030412"
 */
export function normalizeExamNumber(text: string): string {
  const t = text
    .replace(/[\s\u3000]/g, "")
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
  if (/^\d+$/.test(t) && t.length < EXAM_NUMBER_LENGTH) return t.padStart(EXAM_NUMBER_LENGTH, "0");
  return t;
}

/** One school of an exam's roster, as the planner needs it. */
export interface ExamNumberSchool {
  /** the school part it already has (some of its students are numbered), or null */
  school: number | null;
  /** the highest seat already given in the school, 0 when none */
  lastSeat: number;
  /** students of the school still without a number */
  waiting: number;
}

/** Where each school's waiting students are numbered from: their school part and the seat before the first. */
export type ExamNumberPlan =
  | { ok: true; schools: { school: number; seatBase: number }[] }
  | { ok: false; problem: string };

/**
 * Plans the numbers of the students still without one, school by school. Schools must come in the order of their
 * national school code; a school already numbered keeps its school part, a new one takes the next free part.
 *
 * @example planExamNumbers([{ school: 1, lastSeat: 40, waiting: 2 }, { school: null, lastSeat: 0, waiting: 30 }])
 * // => { ok: true, schools: [{ school: 1, seatBase: 40 }, { school: 2, seatBase: 0 }] }
 */
export function planExamNumbers(schools: readonly ExamNumberSchool[]): ExamNumberPlan {
  let next = schools.reduce((m, s) => Math.max(m, s.school ?? 0), 0);
  const out: { school: number; seatBase: number }[] = [];
  for (const s of schools) {
    const school = s.school ?? (s.waiting > 0 ? ++next : 0);
    if (s.waiting > 0 && school > MAX_SCHOOL) {
      return { ok: false, problem: `参加考试的学校超过 ${MAX_SCHOOL} 所,考号的学校位不够:请按学段分成几场考试` };
    }
    if (s.lastSeat + s.waiting > MAX_SEAT) {
      return { ok: false, problem: `一所学校的考生超过 ${MAX_SEAT} 人,考号的座位位不够:请按学段分成几场考试` };
    }
    out.push({ school, seatBase: s.lastSeat });
  }
  return { ok: true, schools: out };
}
