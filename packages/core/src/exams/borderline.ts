import { type BorderlineRule, scoreLine } from "./config";

/** The borderline students (临界生) of one line: line − buffer ≤ score < line. */
export interface BorderlineBand {
  name: string;
  /** the line in points */
  line: number;
  /** the lowest borderline score in points */
  from: number;
  /** row indices of the borderline students, ascending */
  students: number[];
}

/**
 * Students just below a line (临界生, methods.md §6): line − buffer ≤ score < line. Absent students are never
 * borderline; a student exactly on the line has reached it.
 *
 * @example borderlineStudents(new Float64Array([54, 55, 59.5, 60, NaN]), 100, { name: "及格临界", share: 0.6, buffer: 0.05 })
 * // => { name: "及格临界", line: 60, from: 55, students: [1, 2] }
 */
export function borderlineStudents(x: Float64Array, fullMarks: number, rule: BorderlineRule): BorderlineBand {
  const line = scoreLine(rule.share, fullMarks);
  const from = Math.round((line - scoreLine(rule.buffer, fullMarks)) * 1e9) / 1e9;
  const students: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v >= from && v < line) students.push(i);
  }
  return { name: rule.name, line, from, students };
}
