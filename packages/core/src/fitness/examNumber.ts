/**
 * Matching a results file's rows by the school's own exam number (考号) when a row has no 学籍号.
 *
 * How the 考号 is known: schools number their students for the test (体测考号, printed on the test cards and kept in
 * the testing machines' files) however they like, so the platform does not invent it: a file that names a student by
 * 学籍号 (or name, grade and class) and also gives a 考号 keeps that pair on the student's result of the year. A later
 * file of the school (a retest, the machine's export) may then name the student by 考号 alone. The newest test year in
 * which a 考号 was kept for a student still on the roll decides; a 考号 kept for two students that year (two schools
 * of a county import, or a school that gave one number twice) is ambiguous and the row must give the 学籍号.
 */

/** A 考号 kept on a student's result. */
export interface KeptExamNumber {
  examNumber: string;
  studentId: string;
  testYear: number;
}

export type ExamNumberMatch =
  | { kind: "found"; studentId: string; testYear: number }
  | { kind: "unknown" }
  | { kind: "ambiguous"; students: number; testYear: number };

/**
 * A 考号 as typed: spaces removed and full-width digits and letters made ASCII; leading zeros kept (the column is
 * read as text). Returns "" for an empty cell.
 *
 * @example normalizeFitnessExamNumber(" ０３０１ ") // => "0301"
 */
export function normalizeFitnessExamNumber(text: string): string {
  return text
    .replace(/[\s\u3000]/g, "")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/**
 * The lookup of kept 考号 among the students on the roll (those the file may name): for each 考号, its newest test
 * year's student, or how many students shared it that year.
 *
 * @example examNumberLookup([{ examNumber: "0301", studentId: "a", testYear: 2026 }], new Set(["a"]))("0301")
 * // => { kind: "found", studentId: "a", testYear: 2026 }
 */
export function examNumberLookup(
  kept: readonly KeptExamNumber[],
  onRoll: ReadonlySet<string>,
): (examNumber: string) => ExamNumberMatch {
  const newest = new Map<string, { testYear: number; students: Set<string> }>();
  for (const k of kept) {
    if (!onRoll.has(k.studentId)) continue;
    const key = normalizeFitnessExamNumber(k.examNumber);
    const seen = newest.get(key);
    if (!seen || k.testYear > seen.testYear)
      newest.set(key, { testYear: k.testYear, students: new Set([k.studentId]) });
    else if (k.testYear === seen.testYear) seen.students.add(k.studentId);
  }
  return (examNumber) => {
    const seen = newest.get(normalizeFitnessExamNumber(examNumber));
    if (!seen) return { kind: "unknown" };
    if (seen.students.size > 1) return { kind: "ambiguous", students: seen.students.size, testYear: seen.testYear };
    return { kind: "found", studentId: [...seen.students][0] as string, testYear: seen.testYear };
  };
}
