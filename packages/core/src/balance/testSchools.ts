import type { ConditionInput, SchoolBalanceInput, TeacherInput } from "./inputs";

/** Builders for the balance tests: small schools whose figures can be worked by hand. */
export function teachers(n: number, t: Partial<TeacherInput> = {}, prefix = "t"): TeacherInput[] {
  return Array.from({ length: n }, (_, i) => ({
    staffId: `${prefix}${i}`,
    name: `教师${i}`,
    stageTaught: "primary",
    qualification: "bachelor",
    title: "junior",
    backboneLevel: "none",
    subject: "chinese",
    fullTime: true,
    hasCertificate: true,
    ...t,
  }));
}

export function condition(c: Partial<ConditionInput> = {}): ConditionInput {
  return {
    conditionId: "c",
    schoolYear: 2026,
    teachingArea: 0,
    sportsArea: 0,
    equipmentValueFen: 0,
    books: 0,
    studentComputers: 0,
    multimediaRooms: 0,
    ...c,
  };
}

export function school(s: Partial<SchoolBalanceInput> & Pick<SchoolBalanceInput, "schoolId">): SchoolBalanceInput {
  return {
    name: s.schoolId,
    kind: "primary",
    locality: "urban",
    ownership: "public",
    enrollment: { primary: 0, junior: 0, senior: 0 },
    teachers: [],
    condition: null,
    ...s,
  };
}

/**
 * A primary school of 400 that meets five of the seven standards: L1 4.5, L2 1.0, L3 0.75 (83% of 0.9),
 * L4 5.0, L5 6.0 (80% of 7.5), L6 2000 yuan, L7 2.5.
 */
export const schoolA = school({
  schoolId: "A",
  name: "甲小学",
  enrollment: { primary: 400, junior: 0, senior: 0 },
  teachers: [
    ...teachers(14, { qualification: "college" }, "a"),
    ...teachers(4, { backboneLevel: "county", title: "intermediate" }, "b"),
    ...teachers(3, { subject: "pe", qualification: "secondary" }, "p"),
    ...teachers(1, { subject: "music", fullTime: false, qualification: "secondary" }, "m"),
  ],
  condition: condition({
    teachingArea: 2000,
    sportsArea: 2400,
    equipmentValueFen: 80_000_000,
    books: 12_000,
    studentComputers: 50,
    multimediaRooms: 10,
  }),
});
