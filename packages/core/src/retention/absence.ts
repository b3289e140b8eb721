/**
 * The register against those actually attending (学籍与在校比对, the second comparison of 四查三比对): schools report
 * absences monthly, one row per spell of consecutive school days a pupil was absent; a pupil absent `threshold` or
 * more consecutive school days without approved leave (未请假或请假未批准) is a suspected dropout.
 */

/** Consecutive school days of unapproved absence after which a pupil is suspected, unless the county sets another. */
export const DEFAULT_ABSENCE_THRESHOLD_DAYS = 10;

export interface AbsenceSpell {
  absenceId: string;
  studentId: string;
  /** first and last day absent, ISO dates */
  fromDate: string;
  toDate: string;
  /** school days absent in the spell (a holiday inside does not break the spell and is not counted) */
  schoolDays: number;
  approvedLeave: boolean;
}

/**
 * The spells that make a pupil a suspected dropout: unapproved, and at least `threshold` school days long. For a
 * pupil with several such spells, the longest (the latest on a tie) is the record behind the suspicion.
 *
 * @example absenceSuspects([{ absenceId: "a", studentId: "s", fromDate: "2026-11-02", toDate: "2026-11-13", schoolDays: 10, approvedLeave: false }], 10)
 * // => Map { "s" => { absenceId: "a", ... } }
 */
export function absenceSuspects(spells: readonly AbsenceSpell[], threshold: number): Map<string, AbsenceSpell> {
  const out = new Map<string, AbsenceSpell>();
  for (const s of spells) {
    if (s.approvedLeave || s.schoolDays < threshold) continue;
    const prev = out.get(s.studentId);
    if (!prev || s.schoolDays > prev.schoolDays || (s.schoolDays === prev.schoolDays && s.toDate > prev.toDate)) {
      out.set(s.studentId, s);
    }
  }
  return out;
}

/** Problems of one reported absence row, in Chinese (empty when it is fine). */
export function absenceProblems(spell: Pick<AbsenceSpell, "fromDate" | "toDate" | "schoolDays">): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(spell.fromDate)) problems.push("缺课起始日期应为 YYYY-MM-DD");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(spell.toDate)) problems.push("缺课截止日期应为 YYYY-MM-DD");
  if (problems.length === 0 && spell.toDate < spell.fromDate) problems.push("缺课截止日期不能早于起始日期");
  if (!Number.isInteger(spell.schoolDays) || spell.schoolDays < 1 || spell.schoolDays > 200) {
    problems.push("连续缺课天数应为 1 到 200 之间的整数(只计上学日)");
  }
  return problems;
}
