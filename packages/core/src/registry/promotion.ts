/**
 * Year-end promotion (升级与毕业): every student enrolled in year Y moves up one grade into the class with the same
 * number in year Y+1, or graduates when the grade is one the school sends its students out of.
 *
 * Graduation grades: the last grade of each stage a pupil cannot continue in without an admission. Primary → 6;
 * junior and nine-year → 9; senior and vocational → 12; kindergarten → 大班 (−1). Complete secondary schools and
 * twelve-year schools graduate at 9 as well as 12, because entry to senior school goes through the 中考 even in the
 * same school. A nine-year school carries its grade-6 pupils on to 7 (九年一贯, no entrance test). Teaching points
 * are planned as primary schools; pupils who continue at the central school move there by transfer.
 */
import { enrollmentStatus, gradeLabel, type SchoolKind, schoolKind } from "./vocabulary";

export interface SchoolGrades {
  /** grades taught, ascending */
  grades: number[];
  /** grades whose students graduate instead of moving up */
  graduationGrades: number[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const GRADES: Record<SchoolKind, SchoolGrades> = {
  kindergarten: { grades: range(-3, -1), graduationGrades: [-1] },
  primary: { grades: range(1, 6), graduationGrades: [6] },
  teaching_point: { grades: range(1, 6), graduationGrades: [6] },
  junior: { grades: range(7, 9), graduationGrades: [9] },
  nine_year: { grades: range(1, 9), graduationGrades: [9] },
  complete_secondary: { grades: range(7, 12), graduationGrades: [9, 12] },
  senior: { grades: range(10, 12), graduationGrades: [12] },
  twelve_year: { grades: range(1, 12), graduationGrades: [9, 12] },
  vocational: { grades: range(10, 12), graduationGrades: [12] },
  special: { grades: range(1, 9), graduationGrades: [9] },
};

/**
 * The grades a kind of school teaches and those it graduates from; no grades for an unknown kind.
 *
 * @example schoolGrades("complete_secondary") // => { grades: [7, 8, 9, 10, 11, 12], graduationGrades: [9, 12] }
 */
export function schoolGrades(kind: SchoolKind | string): SchoolGrades {
  const known = GRADES[kind as SchoolKind];
  return known ? { grades: [...known.grades], graduationGrades: [...known.graduationGrades] } : EMPTY;
}
const EMPTY: SchoolGrades = { grades: [], graduationGrades: [] };

/**
 * The name of a class: 二年级(1)班, 高一(3)班; kindergarten 大(2)班.
 *
 * @example classNameOf(2, 1) // => "二年级(1)班"; classNameOf(-1, 2) // => "大(2)班"
 */
export function classNameOf(grade: number, number: number): string {
  if (grade < 0) return `${["小", "中", "大"][grade + 3] ?? grade}(${number})班`;
  return `${gradeLabel(grade)}(${number})班`;
}

/** One enrollment row of year Y at the school. */
export interface PromotionStudent {
  studentId: string;
  grade: number;
  /** number of the student's class in year Y, null when not placed in a class */
  classNumber: number | null;
  /** registry.enrollmentStatus; only `enrolled` rows move on */
  status: string;
  /** the student already has a row in year Y+1 (placed by another school or an admission): left alone */
  placedNextYear?: boolean;
}

export interface PromotionInput {
  schoolKind: SchoolKind | string;
  fromYear: number;
  students: readonly PromotionStudent[];
  /** classes that already exist in year Y+1 (grade and number); they are reused, not created */
  existingClasses?: readonly { grade: number; number: number }[];
}

export interface PlannedClass {
  grade: number;
  number: number;
  name: string;
}

/** Why a row is left out: its status (not enrolled), or already placed in the next year. */
export type SkipReason = string | "placed_next_year";

export interface PromotionGradeSummary {
  grade: number;
  gradeLabel: string;
  /** the grade promoted students move to, null when the whole grade graduates */
  toGrade: number | null;
  toGradeLabel: string | null;
  promote: number;
  graduate: number;
  skipped: number;
  /** classes of `toGrade` to create in year Y+1 */
  classesToCreate: PlannedClass[];
}

export interface PromotionProblem {
  studentId: string;
  grade: number;
  message: string;
}

export interface PromotionPlan {
  fromYear: number;
  toYear: number;
  promote: { studentId: string; grade: number; toGrade: number; classNumber: number | null }[];
  graduate: { studentId: string; grade: number }[];
  skipped: { studentId: string; grade: number; reason: SkipReason }[];
  classesToCreate: PlannedClass[];
  byGrade: PromotionGradeSummary[];
  /** enrolled students the plan cannot place (a grade the school does not teach); the plan must not be applied */
  problems: PromotionProblem[];
}

/**
 * Plans a school's promotion from year Y to Y+1 (pure: the server loads the rows and writes the result).
 *
 * @example
 * const plan = promotionPlan({ schoolKind: "primary", fromYear: 2026, students: [
 *   { studentId: "a", grade: 1, classNumber: 2, status: "enrolled" },
 *   { studentId: "b", grade: 6, classNumber: 1, status: "enrolled" },
 *   { studentId: "c", grade: 3, classNumber: 1, status: "suspended" },
 * ] });
 * plan.promote   // => [{ studentId: "a", grade: 1, toGrade: 2, classNumber: 2 }]
 * plan.graduate  // => [{ studentId: "b", grade: 6 }]
 * plan.classesToCreate // => [{ grade: 2, number: 2, name: "二年级(2)班" }]
 */
export function promotionPlan(input: PromotionInput): PromotionPlan {
  const { grades, graduationGrades } = schoolGrades(input.schoolKind);
  const existing = new Set((input.existingClasses ?? []).map((c) => `${c.grade}:${c.number}`));
  const plan: PromotionPlan = {
    fromYear: input.fromYear,
    toYear: input.fromYear + 1,
    promote: [],
    graduate: [],
    skipped: [],
    classesToCreate: [],
    byGrade: [],
    problems: [],
  };
  const summaries = new Map<number, PromotionGradeSummary>();
  const summary = (grade: number) => {
    let s = summaries.get(grade);
    if (!s) {
      const graduates = graduationGrades.includes(grade);
      const toGrade = graduates ? null : grade + 1;
      s = {
        grade,
        gradeLabel: gradeLabel(grade),
        toGrade,
        toGradeLabel: toGrade === null ? null : gradeLabel(toGrade),
        promote: 0,
        graduate: 0,
        skipped: 0,
        classesToCreate: [],
      };
      summaries.set(grade, s);
    }
    return s;
  };

  for (const st of input.students) {
    if (st.status !== "enrolled" || st.placedNextYear) {
      const reason = st.placedNextYear && st.status === "enrolled" ? "placed_next_year" : st.status;
      plan.skipped.push({ studentId: st.studentId, grade: st.grade, reason });
      summary(st.grade).skipped++;
      continue;
    }
    if (!grades.includes(st.grade)) {
      const kind = schoolKind.labels[input.schoolKind as SchoolKind] ?? input.schoolKind;
      plan.problems.push({
        studentId: st.studentId,
        grade: st.grade,
        message: `${gradeLabel(st.grade)}不是${kind}开设的年级,无法升级`,
      });
      continue;
    }
    const s = summary(st.grade);
    if (graduationGrades.includes(st.grade)) {
      plan.graduate.push({ studentId: st.studentId, grade: st.grade });
      s.graduate++;
      continue;
    }
    const toGrade = st.grade + 1;
    plan.promote.push({ studentId: st.studentId, grade: st.grade, toGrade, classNumber: st.classNumber });
    s.promote++;
    const key = `${toGrade}:${st.classNumber}`;
    if (st.classNumber !== null && !existing.has(key)) {
      existing.add(key);
      const planned = { grade: toGrade, number: st.classNumber, name: classNameOf(toGrade, st.classNumber) };
      plan.classesToCreate.push(planned);
      s.classesToCreate.push(planned);
    }
  }

  plan.byGrade = [...summaries.values()].sort((a, b) => a.grade - b.grade);
  for (const s of plan.byGrade) s.classesToCreate.sort((a, b) => a.number - b.number);
  plan.classesToCreate.sort((a, b) => a.grade - b.grade || a.number - b.number);
  return plan;
}

/**
 * Counts of a plan's skipped rows by reason, labelled in Chinese (在读 rows already placed next year: 已有下一学年记录).
 *
 * @example skippedByReason(plan) // => [{ reason: "suspended", label: "休学", n: 1 }]
 */
export function skippedByReason(plan: Pick<PromotionPlan, "skipped">): { reason: string; label: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const s of plan.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => ({
    reason,
    label:
      reason === "placed_next_year"
        ? "已有下一学年记录"
        : (enrollmentStatus.labels[reason as keyof typeof enrollmentStatus.labels] ?? reason),
    n,
  }));
}
