/**
 * Cohort retention (巩固率, methods.md §3):
 *
 *     retention = graduates / (intake at entry + transfers in − transfers out − deceased) × 100, capped at 100
 *
 * computed from the register's enrollment rows, one cohort at a time, for any unit (school, township, county).
 *
 * Decisions (written on the rates page and in the README):
 * - Cohort: the pupils who enter the entry grade (grade 1 for primary, grade 7 for junior) in the entry school year
 *   and follow the regular path (grade = entry grade + years since entry). The primary cohort graduating in the
 *   final school year Y entered in school year Y − 5 (six years before the graduation summer), the junior cohort in
 *   Y − 2 (three years before).
 * - Intake at entry: the pupil's first row on the path is in the entry year and entry grade at the unit, and was not
 *   a transfer arrival (no school it came from).
 * - Transfer in: any other pupil who has a row on the path at the unit (arrived from another school of the county,
 *   from outside it, or joined by repeating a grade); counted once however often they come and go.
 * - Transfer out: the pupil's last row on the path is at another unit (moved within the county), or is at the unit
 *   with status 转出 (left the county). Moves between two schools of one township cancel out at township level, and
 *   moves within the county at county level.
 * - Deceased pupils leave the denominator like transfers out.
 * - Graduate: the last row on the path is in the final year and final grade at the unit with status 毕业, or 在读 in
 *   the final year (the current final grade before its graduation is recorded).
 * - Everyone else stays in the denominator without graduating: dropouts (辍学), suspensions (休学), repeaters who left
 *   the path, and pupils whose rows simply stop.
 */
import { type Ratio, ratio } from "./ratio";

/** One enrollment row of the register (学籍年度记录), as the server reads it. */
export interface EnrollmentRecord {
  enrollmentId: string;
  studentId: string;
  schoolId: string;
  schoolYear: number;
  grade: number;
  /** registry enrollment status: enrolled | suspended | transferred_out | graduated | dropped_out | deceased */
  status: string;
  enteredOn: string | null;
  /** the school it came from by transfer, null when it did not come by a transfer within the county */
  fromSchoolId: string | null;
}

export type CohortStage = "primary" | "junior";

/** Entry and final grade of a stage. */
export const cohortGrades: Record<CohortStage, { entry: number; final: number }> = {
  primary: { entry: 1, final: 6 },
  junior: { entry: 7, final: 9 },
};

/**
 * The school year a cohort entered, from the school year it finishes in.
 *
 * @example cohortEntryYear("primary", 2025) // => 2020 (graduating summer 2026, entered September 2020: 6 years)
 * @example cohortEntryYear("junior", 2025) // => 2023 (3 years)
 */
export function cohortEntryYear(stage: CohortStage, finalYear: number): number {
  const g = cohortGrades[stage];
  return finalYear - (g.final - g.entry);
}

/** How a pupil counts in a unit's cohort. */
export type CohortRole = "graduate" | "transfer_out" | "deceased" | "not_graduated";

export interface CohortMember {
  studentId: string;
  /** intake at entry, or a transfer in */
  joined: "intake" | "transfer_in";
  outcome: CohortRole;
  /** the enrollment row that decided the outcome: the record behind the figure */
  enrollmentId: string;
}

export interface CohortResult {
  unit: string;
  entryYear: number;
  finalYear: number;
  intake: number;
  transfersIn: number;
  transfersOut: number;
  deceased: number;
  graduates: number;
  /** graduates over (intake + in − out − deceased), capped at 100 */
  retention: Ratio;
  members: CohortMember[];
}

const ORDER: Record<string, number> = { transferred_out: 0 };

function compareRows(a: EnrollmentRecord, b: EnrollmentRecord): number {
  if (a.schoolYear !== b.schoolYear) return a.schoolYear - b.schoolYear;
  const ea = a.enteredOn ?? "";
  const eb = b.enteredOn ?? "";
  if (ea !== eb) return ea < eb ? -1 : 1;
  return (ORDER[a.status] ?? 1) - (ORDER[b.status] ?? 1);
}

/**
 * Retention of one cohort for every unit the cohort's pupils passed through.
 *
 * @param records - enrollment rows of the county (any years; rows off the cohort's path are ignored)
 * @param unitOf - the unit a row counts in (school id, township code, or one county key); null skips the row
 * @example
 * // 2 pupils enter grade 7 of school A in 2023, one leaves the county in 2024, the other graduates in 2025:
 * // cohortRetention(rows, "junior", 2025, (r) => r.schoolId) // => [{ unit: "A", intake: 2, transfersOut: 1, graduates: 1, retention: { rate: 100 } }]
 */
export function cohortRetention(
  records: readonly EnrollmentRecord[],
  stage: CohortStage,
  finalYear: number,
  unitOf: (record: EnrollmentRecord) => string | null,
): CohortResult[] {
  const { entry, final } = cohortGrades[stage];
  const entryYear = cohortEntryYear(stage, finalYear);
  const byStudent = new Map<string, EnrollmentRecord[]>();
  for (const r of records) {
    if (r.schoolYear < entryYear || r.schoolYear > finalYear) continue;
    if (r.grade !== entry + (r.schoolYear - entryYear)) continue;
    const list = byStudent.get(r.studentId);
    if (list) list.push(r);
    else byStudent.set(r.studentId, [r]);
  }
  const results = new Map<string, CohortResult>();
  const resultOf = (unit: string): CohortResult => {
    let res = results.get(unit);
    if (!res) {
      res = {
        unit,
        entryYear,
        finalYear,
        intake: 0,
        transfersIn: 0,
        transfersOut: 0,
        deceased: 0,
        graduates: 0,
        retention: ratio(0, 0),
        members: [],
      };
      results.set(unit, res);
    }
    return res;
  };
  for (const [studentId, rows] of byStudent) {
    rows.sort(compareRows);
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const units = new Set<string>();
    for (const r of rows) {
      const u = unitOf(r);
      if (u !== null) units.add(u);
    }
    for (const unit of units) {
      const res = resultOf(unit);
      const intake =
        unitOf(first) === unit &&
        first.schoolYear === entryYear &&
        first.grade === entry &&
        first.fromSchoolId === null;
      let lastHere = last;
      for (let i = rows.length - 1; i >= 0; i--) {
        if (unitOf(rows[i]!) === unit) {
          lastHere = rows[i]!;
          break;
        }
      }
      let outcome: CohortRole;
      if (lastHere !== last || last.status === "transferred_out") outcome = "transfer_out";
      else if (last.status === "deceased") outcome = "deceased";
      else if (
        last.schoolYear === finalYear &&
        last.grade === final &&
        (last.status === "graduated" || last.status === "enrolled")
      ) {
        outcome = "graduate";
      } else outcome = "not_graduated";
      if (intake) res.intake++;
      else res.transfersIn++;
      if (outcome === "transfer_out") res.transfersOut++;
      else if (outcome === "deceased") res.deceased++;
      else if (outcome === "graduate") res.graduates++;
      res.members.push({
        studentId,
        joined: intake ? "intake" : "transfer_in",
        outcome,
        enrollmentId: lastHere.enrollmentId,
      });
    }
  }
  for (const res of results.values()) {
    res.retention = ratio(res.graduates, res.intake + res.transfersIn - res.transfersOut - res.deceased, {
      cap: true,
    });
  }
  return [...results.values()].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}

/**
 * Nine-year retention (九年义务教育巩固率, methods.md §3): pupils in the final junior grade (grade 9) in `finalYear`
 * over pupils who entered grade 1 eight years earlier, both counted in the whole county's register, without
 * transfer adjustment (the national statistics' form), capped at 100.
 *
 * - numerator: distinct pupils with a grade-9 row in `finalYear` whose status is 在读 or 毕业
 * - denominator: distinct pupils with a grade-1 row in `finalYear − 8` that was not a transfer arrival
 *
 * @example nineYearRetention(rows, 2025).retention // => { numerator: 98, denominator: 100, rate: 98, capped: false }
 */
export function nineYearRetention(
  records: readonly EnrollmentRecord[],
  finalYear: number,
): { entryYear: number; finalYear: number; retention: Ratio; finalGradeIds: string[]; entryIds: string[] } {
  const entryYear = finalYear - 8;
  const finals = new Map<string, string>();
  const entries = new Map<string, string>();
  for (const r of records) {
    if (r.schoolYear === finalYear && r.grade === 9 && (r.status === "enrolled" || r.status === "graduated")) {
      if (!finals.has(r.studentId)) finals.set(r.studentId, r.enrollmentId);
    } else if (r.schoolYear === entryYear && r.grade === 1 && r.fromSchoolId === null) {
      if (!entries.has(r.studentId)) entries.set(r.studentId, r.enrollmentId);
    }
  }
  return {
    entryYear,
    finalYear,
    retention: ratio(finals.size, entries.size, { cap: true }),
    finalGradeIds: [...finals.values()],
    entryIds: [...entries.values()],
  };
}
