/**
 * Establishment (编制核定): the staff posts a school is owed by the national staff-to-student ratios
 * (中央编办发〔2014〕72号: senior 1:12.5, junior 1:13.5, primary 1:19) with the county's additions, against the posts
 * filled; 超编 / 缺编 per school and for the county.
 *
 * Conventions (written on the page's method note and in the README):
 * - Posts owed by stage = students of the stage on the roll on 1 September ÷ students per post. A small school (fewer
 *   students than the setting, default 100) or a teaching point gets, stage by stage, the larger of that and
 *   classes × posts per class. A special-education school: all its students ÷ the special ratio (default 3).
 *   Additions: boarding students ÷ the boarding setting, students placed in ordinary classes with a disability
 *   (随班就读) ÷ the inclusive setting. Stages outside the standard (preschool, vocational) are not computed.
 * - Per stage the figure is kept unrounded and shown to one decimal; the school's total is made whole by the
 *   county's rounding rule (default 四舍五入); the county's total is the sum of the schools' whole totals.
 * - A filled post is a staff member employed 在编 (established) in the school year with status 在岗 or 离岗 (on
 *   leave still holds the post); 合同制/聘用 and 代课 do not fill posts and are shown beside them. Every post type
 *   counts (the ratio is 教职工, not teachers only).
 * - Surplus (超编) = filled − owed when positive; shortage (缺编) = owed − filled when positive. The county's 缺编 is the
 *   sum of the schools' shortages (one school's surplus does not fill another's gap); its net balance is shown too.
 */
import { type EstablishmentStage, establishmentStages, oneDecimal, roundBy, type StaffingSettings } from "./settings";

export interface SchoolEstablishmentInput {
  schoolId: string;
  schoolName: string;
  /** registry.schoolKind */
  kind: string;
  /** students on the roll by stage */
  students: Partial<Record<EstablishmentStage, number>>;
  /** classes by stage */
  classes: Partial<Record<EstablishmentStage, number>>;
  boardingStudents: number;
  /** students with a disability placed in ordinary classes (随班就读) */
  inclusiveStudents: number;
  /** 在编 staff 在岗 or 离岗 */
  filled: number;
  /** 合同制 and 代课 staff, shown beside the posts */
  nonEstablished: number;
}

export interface SchoolEstablishment {
  schoolId: string;
  schoolName: string;
  /** posts owed by stage, unrounded */
  byStage: Partial<Record<EstablishmentStage, number>>;
  /** whether a stage was staffed by class (small school or teaching point) */
  byClass: EstablishmentStage[];
  special: number;
  boarding: number;
  inclusive: number;
  /** the unrounded sum */
  exact: number;
  /** the whole number of posts owed */
  owed: number;
  filled: number;
  nonEstablished: number;
  /** filled − owed: positive 超编, negative 缺编 */
  balance: number;
  surplus: number;
  shortage: number;
}

export interface CountyEstablishment {
  schools: SchoolEstablishment[];
  owed: number;
  filled: number;
  nonEstablished: number;
  /** Σ schools' surpluses */
  surplus: number;
  /** Σ schools' shortages */
  shortage: number;
  /** filled − owed for the county */
  balance: number;
  schoolsShort: number;
  schoolsOver: number;
}

/**
 * The posts one school is owed and how they compare with the posts filled.
 *
 * @example
 * // 380 primary students at 1:19 → 20 posts; 50 boarding students at 1 per 50 → +1; 21 owed, 19 filled → 缺编 2
 * schoolEstablishment({ schoolId: "a", schoolName: "一小", kind: "primary", students: { primary: 380 },
 *   classes: { primary: 9 }, boardingStudents: 50, inclusiveStudents: 0, filled: 19, nonEstablished: 1 }, settings)
 */
export function schoolEstablishment(input: SchoolEstablishmentInput, s: StaffingSettings): SchoolEstablishment {
  const byStage: Partial<Record<EstablishmentStage, number>> = {};
  const byClass: EstablishmentStage[] = [];
  let special = 0;
  const totalStudents = establishmentStages.reduce((n, st) => n + (input.students[st] ?? 0), 0);
  if (input.kind === "special") {
    special = s.specialStudentsPerPost > 0 ? totalStudents / s.specialStudentsPerPost : 0;
  } else {
    const small = input.kind === "teaching_point" || totalStudents < s.smallSchoolStudents;
    for (const st of establishmentStages) {
      const students = input.students[st] ?? 0;
      const classes = input.classes[st] ?? 0;
      if (students === 0 && classes === 0) continue;
      const byRatio = students / s.studentsPerPost[st];
      const perClass = classes * s.postsPerClass[st];
      if (small && perClass > byRatio) {
        byStage[st] = perClass;
        byClass.push(st);
      } else byStage[st] = byRatio;
    }
  }
  const boarding = s.boardingStudentsPerPost > 0 ? input.boardingStudents / s.boardingStudentsPerPost : 0;
  const inclusive =
    input.kind !== "special" && s.inclusiveStudentsPerPost > 0
      ? input.inclusiveStudents / s.inclusiveStudentsPerPost
      : 0;
  const exact = Object.values(byStage).reduce((a, b) => a + (b ?? 0), 0) + special + boarding + inclusive;
  const owed = roundBy(exact, s.postRounding);
  const balance = input.filled - owed;
  const rounded: Partial<Record<EstablishmentStage, number>> = {};
  for (const [k, v] of Object.entries(byStage)) rounded[k as EstablishmentStage] = oneDecimal(v ?? 0);
  return {
    schoolId: input.schoolId,
    schoolName: input.schoolName,
    byStage: rounded,
    byClass,
    special: oneDecimal(special),
    boarding: oneDecimal(boarding),
    inclusive: oneDecimal(inclusive),
    exact: oneDecimal(exact),
    owed,
    filled: input.filled,
    nonEstablished: input.nonEstablished,
    balance,
    surplus: Math.max(0, balance),
    shortage: Math.max(0, -balance),
  };
}

/**
 * Every school's establishment and the county's totals.
 *
 * @example countyEstablishment([], settings) // => { schools: [], owed: 0, filled: 0, ... }
 */
export function countyEstablishment(inputs: SchoolEstablishmentInput[], s: StaffingSettings): CountyEstablishment {
  const schools = inputs.map((i) => schoolEstablishment(i, s));
  const sum = (f: (x: SchoolEstablishment) => number) => schools.reduce((n, x) => n + f(x), 0);
  const owed = sum((x) => x.owed);
  const filled = sum((x) => x.filled);
  return {
    schools,
    owed,
    filled,
    nonEstablished: sum((x) => x.nonEstablished),
    surplus: sum((x) => x.surplus),
    shortage: sum((x) => x.shortage),
    balance: filled - owed,
    schoolsShort: schools.filter((x) => x.shortage > 0).length,
    schoolsOver: schools.filter((x) => x.surplus > 0).length,
  };
}
