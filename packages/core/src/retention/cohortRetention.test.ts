import { describe, expect, it } from "vitest";
import { cohortEntryYear, cohortRetention, type EnrollmentRecord, nineYearRetention } from "./cohortRetention";

let n = 0;
function row(
  studentId: string,
  schoolYear: number,
  grade: number,
  schoolId: string,
  status = "enrolled",
  extra: Partial<EnrollmentRecord> = {},
): EnrollmentRecord {
  n++;
  return {
    enrollmentId: `e${n}`,
    studentId,
    schoolId,
    schoolYear,
    grade,
    status,
    enteredOn: null,
    fromSchoolId: null,
    ...extra,
  };
}
/** a pupil on the regular junior path at one school, 2023 grade 7 → 2025 grade 9 */
function junior(studentId: string, schoolId: string, finalStatus = "graduated"): EnrollmentRecord[] {
  return [
    row(studentId, 2023, 7, schoolId),
    row(studentId, 2024, 8, schoolId),
    row(studentId, 2025, 9, schoolId, finalStatus),
  ];
}

describe("cohortEntryYear", () => {
  it("puts the primary cohort 6 years and the junior cohort 3 years before the graduation summer", () => {
    expect(cohortEntryYear("primary", 2025)).toBe(2020); // grade 6 in 2025—2026, graduating 2026, entered Sept 2020
    expect(cohortEntryYear("junior", 2025)).toBe(2023);
  });
});

describe("cohortRetention", () => {
  const bySchool = (r: EnrollmentRecord) => r.schoolId;
  it("works the hand example: 10 in, 1 in, 2 out, 1 deceased, 7 graduate → 7/8 = 87.5%", () => {
    // School A, junior cohort entering 2023: 10 pupils at entry.
    const rows: EnrollmentRecord[] = [];
    for (let i = 1; i <= 7; i++) rows.push(...junior(`s${i}`, "A")); // 7 graduate
    // s8 leaves the county in grade 8
    rows.push(row("s8", 2023, 7, "A"), row("s8", 2024, 8, "A", "transferred_out"));
    // s9 moves to school B in grade 8 and graduates there
    rows.push(
      row("s9", 2023, 7, "A"),
      row("s9", 2024, 8, "A", "transferred_out", { enteredOn: "2024-09-01" }),
      row("s9", 2024, 8, "B", "enrolled", { enteredOn: "2024-10-10", fromSchoolId: "A" }),
      row("s9", 2025, 9, "B", "graduated"),
    );
    // s10 dies in grade 9
    rows.push(row("s10", 2023, 7, "A"), row("s10", 2024, 8, "A"), row("s10", 2025, 9, "A", "deceased"));
    // t1 arrives from outside the county in grade 8 and drops out in grade 9
    rows.push(row("t1", 2024, 8, "A"), row("t1", 2025, 9, "A", "dropped_out"));
    const [a, b] = cohortRetention(rows, "junior", 2025, bySchool);
    // A: intake 10, in 1 (t1), out 2 (s8 left the county, s9 to B), deceased 1 (s10), graduates 7
    // denominator 10 + 1 − 2 − 1 = 8; 7 / 8 = 87.5%
    expect(a).toMatchObject({ unit: "A", intake: 10, transfersIn: 1, transfersOut: 2, deceased: 1, graduates: 7 });
    expect(a!.retention).toEqual({ numerator: 7, denominator: 8, rate: 87.5, capped: false });
    expect(a!.members.find((m) => m.studentId === "t1")).toMatchObject({
      joined: "transfer_in",
      outcome: "not_graduated",
    });
    // B: s9 came in and graduated: 1 / (0 + 1) = 100%
    expect(b).toMatchObject({ unit: "B", intake: 0, transfersIn: 1, graduates: 1 });
    expect(b!.retention.rate).toBe(100);
    // county: the move A → B cancels out; intake 10, in 1, out 1 (s8), deceased 1 → 8 graduates / 9 = 88.89%
    const [county] = cohortRetention(rows, "junior", 2025, () => "county");
    expect(county).toMatchObject({ intake: 10, transfersIn: 1, transfersOut: 1, deceased: 1, graduates: 8 });
    expect(county!.retention.rate).toBe(88.89);
  });

  it("counts the final grade before its graduation is recorded and caps at 100", () => {
    const rows = [...junior("a", "A", "enrolled"), ...junior("b", "A", "enrolled")];
    // b was counted at entry but left the county in grade 7 and came back in grade 9 via another school record
    const [a] = cohortRetention(rows, "junior", 2025, bySchool);
    expect(a!.retention).toMatchObject({ numerator: 2, denominator: 2, rate: 100 });
  });

  it("leaves repeaters in their cohort's denominator without graduating", () => {
    const rows = [
      ...junior("a", "A"),
      row("r", 2023, 7, "A"),
      row("r", 2024, 8, "A"),
      row("r", 2025, 8, "A"), // repeats grade 8: off the path in 2025
    ];
    const [a] = cohortRetention(rows, "junior", 2025, bySchool);
    expect(a).toMatchObject({ intake: 2, graduates: 1 });
    expect(a!.retention.rate).toBe(50);
  });

  it("computes a primary cohort over six years", () => {
    const rows: EnrollmentRecord[] = [];
    for (const s of ["p1", "p2", "p3", "p4"])
      for (let g = 1; g <= 6; g++) rows.push(row(s, 2019 + g, g, "P", g === 6 ? "graduated" : "enrolled"));
    rows.push(row("p5", 2020, 1, "P"), row("p5", 2021, 2, "P", "dropped_out"));
    const [p] = cohortRetention(rows, "primary", 2025, bySchool);
    expect(p!.retention).toMatchObject({ numerator: 4, denominator: 5, rate: 80 });
  });

  it("has no rate for a unit without a cohort", () => {
    expect(cohortRetention([], "junior", 2025, bySchool)).toEqual([]);
  });
});

describe("nineYearRetention", () => {
  it("divides grade 9 this year by grade 1 eight years earlier, without transfer adjustment", () => {
    const rows: EnrollmentRecord[] = [];
    for (let i = 0; i < 4; i++) rows.push(row(`g${i}`, 2017, 1, "P"));
    rows.push(row("late", 2017, 1, "P", "enrolled", { fromSchoolId: "Q" })); // a transfer arrival: not intake
    for (let i = 0; i < 3; i++) rows.push(row(`g${i}`, 2025, 9, "J", "graduated"));
    rows.push(row("x", 2025, 9, "J", "transferred_out")); // left: not in grade 9 at the end
    const r = nineYearRetention(rows, 2025);
    expect(r.entryYear).toBe(2017);
    expect(r.retention).toEqual({ numerator: 3, denominator: 4, rate: 75, capped: false });
  });
});
