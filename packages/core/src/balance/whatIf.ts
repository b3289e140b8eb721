import type { BalanceStage } from "./indicators";
import type { SchoolBalanceInput, TeacherInput } from "./inputs";

/**
 * A what-if change to one school (模拟测算): teachers added to a stage, stocks added to the school. Applied to a copy
 * of the inputs; the register is never touched.
 */
export interface SchoolAdjustment {
  schoolId: string;
  /** the stage the added teachers teach */
  stage: BalanceStage;
  /** teachers above the required qualification (not backbone, not PE/arts) */
  addQualifiedTeachers?: number;
  /** county-level backbone teachers (also above the required qualification) */
  addBackboneTeachers?: number;
  /** full-time PE or arts teachers (also above the required qualification) */
  addPeArtsTeachers?: number;
  addTeachingArea?: number;
  addSportsArea?: number;
  addEquipmentYuan?: number;
  addMultimediaRooms?: number;
  addBooks?: number;
  addComputers?: number;
}

export interface AdjustmentProblem {
  index: number;
  field: string;
  message: string;
}

const COUNT_FIELDS = [
  "addQualifiedTeachers",
  "addBackboneTeachers",
  "addPeArtsTeachers",
  "addMultimediaRooms",
  "addBooks",
  "addComputers",
] as const;
const AMOUNT_FIELDS = ["addTeachingArea", "addSportsArea", "addEquipmentYuan"] as const;

/**
 * Checks adjustments: known schools, whole numbers of people and rooms, no stock falling below zero.
 *
 * @example validateAdjustments([{ schoolId: "x", stage: "primary", addBackboneTeachers: 1.5 }], schools)
 * // => [{ index: 0, field: "addBackboneTeachers", message: "…须为整数…" }, …]
 */
export function validateAdjustments(
  adjustments: readonly SchoolAdjustment[],
  schools: readonly SchoolBalanceInput[],
): AdjustmentProblem[] {
  const problems: AdjustmentProblem[] = [];
  const byId = new Map(schools.map((s) => [s.schoolId, s]));
  adjustments.forEach((a, index) => {
    const school = byId.get(a.schoolId);
    if (!school) problems.push({ index, field: "schoolId", message: "该学校不在本次测算范围内" });
    for (const f of COUNT_FIELDS) {
      const v = a[f];
      if (v !== undefined && (!Number.isInteger(v) || Math.abs(v) > 100_000)) {
        problems.push({ index, field: f, message: "人数、间数、册数、台数须为整数" });
      }
    }
    for (const f of [...COUNT_FIELDS, ...AMOUNT_FIELDS]) {
      const v = a[f];
      if (v !== undefined && !Number.isFinite(v)) problems.push({ index, field: f, message: "须为数字" });
    }
    if (school) {
      const c = school.condition;
      const below = (have: number, add: number | undefined) => add !== undefined && have + add < 0;
      if (below(c?.teachingArea ?? 0, a.addTeachingArea))
        problems.push({ index, field: "addTeachingArea", message: "调整后面积不能小于 0" });
      if (below(c?.sportsArea ?? 0, a.addSportsArea))
        problems.push({ index, field: "addSportsArea", message: "调整后面积不能小于 0" });
      if (below((c?.equipmentValueFen ?? 0) / 100, a.addEquipmentYuan))
        problems.push({ index, field: "addEquipmentYuan", message: "调整后设备值不能小于 0" });
      if (below(c?.multimediaRooms ?? 0, a.addMultimediaRooms))
        problems.push({ index, field: "addMultimediaRooms", message: "调整后教室数不能小于 0" });
      for (const f of ["addQualifiedTeachers", "addBackboneTeachers", "addPeArtsTeachers"] as const) {
        if ((a[f] ?? 0) < 0) problems.push({ index, field: f, message: "模拟测算只能增加教师,不能减少" });
      }
    }
  });
  return problems;
}

function addedTeachers(a: SchoolAdjustment): TeacherInput[] {
  const make = (n: number, kind: string, t: Partial<TeacherInput>): TeacherInput[] =>
    Array.from({ length: n }, (_, i) => ({
      staffId: `what-if:${a.schoolId}:${kind}:${i}`,
      name: "模拟新增",
      stageTaught: a.stage,
      qualification: "postgraduate",
      title: "junior",
      backboneLevel: "none",
      subject: null,
      fullTime: true,
      hasCertificate: true,
      ...t,
    }));
  return [
    ...make(a.addQualifiedTeachers ?? 0, "qualified", {}),
    ...make(a.addBackboneTeachers ?? 0, "backbone", { backboneLevel: "county", title: "intermediate" }),
    ...make(a.addPeArtsTeachers ?? 0, "pe-arts", { subject: "pe" }),
  ];
}

/**
 * The inputs with the adjustments applied. Schools without a conditions row get one from zero when stocks are added.
 *
 * @example applyAdjustments(schools, [{ schoolId: "a", stage: "primary", addPeArtsTeachers: 2 }])
 */
export function applyAdjustments(
  schools: readonly SchoolBalanceInput[],
  adjustments: readonly SchoolAdjustment[],
): SchoolBalanceInput[] {
  const bySchool = new Map<string, SchoolAdjustment[]>();
  for (const a of adjustments) bySchool.set(a.schoolId, [...(bySchool.get(a.schoolId) ?? []), a]);
  return schools.map((school) => {
    const changes = bySchool.get(school.schoolId);
    if (!changes) return school;
    let teachers = [...school.teachers];
    let condition = school.condition;
    for (const a of changes) {
      teachers = [...teachers, ...addedTeachers(a)];
      const stockAdded =
        a.addTeachingArea ||
        a.addSportsArea ||
        a.addEquipmentYuan ||
        a.addMultimediaRooms ||
        a.addBooks ||
        a.addComputers;
      if (!stockAdded) continue;
      const c = condition ?? {
        conditionId: "what-if",
        schoolYear: 0,
        teachingArea: 0,
        sportsArea: 0,
        equipmentValueFen: 0,
        books: 0,
        studentComputers: 0,
        multimediaRooms: 0,
      };
      condition = {
        ...c,
        teachingArea: c.teachingArea + (a.addTeachingArea ?? 0),
        sportsArea: c.sportsArea + (a.addSportsArea ?? 0),
        equipmentValueFen: c.equipmentValueFen + Math.round((a.addEquipmentYuan ?? 0) * 100),
        books: c.books + (a.addBooks ?? 0),
        studentComputers: c.studentComputers + (a.addComputers ?? 0),
        multimediaRooms: c.multimediaRooms + (a.addMultimediaRooms ?? 0),
      };
    }
    return { ...school, teachers, condition };
  });
}
