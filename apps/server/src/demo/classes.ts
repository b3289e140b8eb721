/**
 * Classes (班级) and yearly enrollment rows (学籍年度记录) of the pupils on roll on 1 September, and the running
 * class sizes the simulation needs to place a pupil who arrives later (into the smallest class of the grade).
 */
import { gradeLabel } from "@edubureau/core/registry";
import type { GenContext, SchoolInfo } from "./context";
import type { Random } from "./random";
import type { EnrollmentRow } from "./types";

/** A pupil during the simulation: where they are this year and the enrollment row written for them. */
export interface Pupil {
  studentId: string;
  school: SchoolInfo;
  grade: number;
  /** class number within the grade; null for a pupil taught at home (送教上门) */
  classNo: number | null;
  enteredOn: string;
  fromSchoolId: string | null;
  /** this year's enrollment row, once written */
  row: EnrollmentRow | null;
}

/** Class sizes by school and grade: index i holds the size of class (i+1). */
export type ClassBook = Map<SchoolInfo, Map<number, number[]>>;

function sizesOf(book: ClassBook, school: SchoolInfo, grade: number): number[] {
  let grades = book.get(school);
  if (!grades) {
    grades = new Map();
    book.set(school, grades);
  }
  let sizes = grades.get(grade);
  if (!sizes) {
    sizes = [];
    grades.set(grade, sizes);
  }
  return sizes;
}

export function classBook(pupils: readonly Pupil[]): ClassBook {
  const book: ClassBook = new Map();
  for (const p of pupils) {
    if (p.classNo === null) continue;
    const sizes = sizesOf(book, p.school, p.grade);
    while (sizes.length < p.classNo) sizes.push(0);
    sizes[p.classNo - 1] = (sizes[p.classNo - 1] ?? 0) + 1;
  }
  return book;
}

/** Pupils with a class at a school, by the book. */
export function pupilsIn(book: ClassBook, school: SchoolInfo): number {
  let n = 0;
  for (const sizes of book.get(school)?.values() ?? []) for (const size of sizes) n += size;
  return n;
}

/** Whether the school has at least one class of the grade. */
export function hasClass(book: ClassBook, school: SchoolInfo, grade: number): boolean {
  return (book.get(school)?.get(grade)?.length ?? 0) > 0;
}

/** The number of the smallest class of a grade (class 1 when the grade has none yet); counts the newcomer in. */
export function joinSmallestClass(book: ClassBook, school: SchoolInfo, grade: number): number {
  const sizes = sizesOf(book, school, grade);
  if (sizes.length === 0) sizes.push(0);
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if ((sizes[i] ?? 0) < (sizes[best] ?? 0)) best = i;
  sizes[best] = (sizes[best] ?? 0) + 1;
  return best + 1;
}

/** Takes a pupil out of the class book (transfer, dropout). */
export function leaveClass(book: ClassBook, p: Pupil): void {
  const sizes = book.get(p.school)?.get(p.grade);
  if (sizes && p.classNo !== null) sizes[p.classNo - 1] = Math.max(0, (sizes[p.classNo - 1] ?? 0) - 1);
}

/**
 * Splits n pupils into k classes of nearly equal size, with a little jitter (±2) so classes are not identical.
 *
 * @example splitSizes(rng, 100, 2) // => e.g. [51, 49]
 */
export function splitSizes(rng: Random, n: number, k: number): number[] {
  const sizes = Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
  for (let t = 0; t < k; t++) {
    const a = rng.int(0, k - 1);
    const b = rng.int(0, k - 1);
    const move = rng.int(0, 2);
    if (a !== b && (sizes[a] ?? 0) > move + 1) {
      sizes[a] = (sizes[a] ?? 0) - move;
      sizes[b] = (sizes[b] ?? 0) + move;
    }
  }
  return sizes;
}

/** Puts a new cohort into classes: shuffled (阳光分班), then dealt into `sizes`. */
export function assignClasses(rng: Random, cohort: Pupil[], sizes: number[]): void {
  rng.shuffle(cohort);
  let i = 0;
  sizes.forEach((size, c) => {
    for (let j = 0; j < size && i < cohort.length; j++) {
      const p = cohort[i++];
      if (p) p.classNo = c + 1;
    }
  });
  for (; i < cohort.length; i++) {
    const p = cohort[i];
    if (p) p.classNo = sizes.length;
  }
}

/** "三年级(2)班"; kindergarten "小(1)班", "中(2)班", "大(1)班". */
export function className(grade: number, no: number): string {
  if (grade < 1) return `${["小", "中", "大"][grade + 3] ?? ""}(${no})班`;
  return `${gradeLabel(grade)}(${no})班`;
}

/**
 * Writes the class rows and the enrollment rows (status 在读) of a school year for the pupils on roll, and links
 * each pupil to its row. Classes are written per school, grade and number.
 */
export function writeYear(ctx: GenContext, schools: readonly SchoolInfo[], pupils: readonly Pupil[], year: number) {
  const classIds = new Map<string, string>();
  const bySchool = new Map<string, Pupil[]>();
  for (const p of pupils) {
    const list = bySchool.get(p.school.row.id) ?? [];
    list.push(p);
    bySchool.set(p.school.row.id, list);
  }
  const book = classBook(pupils);
  for (const school of schools) {
    const list = bySchool.get(school.row.id) ?? [];
    for (const grade of school.grades) {
      const sizes = book.get(school)?.get(grade) ?? [];
      sizes.forEach((size, i) => {
        if (size === 0) return;
        const id = ctx.rng.uuid();
        classIds.set(`${school.row.id}|${grade}|${i + 1}`, id);
        ctx.out.schoolClass.push({
          id,
          regionCode: ctx.regionCode,
          schoolId: school.row.id,
          schoolYear: year,
          grade,
          number: i + 1,
          name: className(grade, i + 1),
          headTeacherId: null,
        });
      });
    }
    for (const p of list) p.row = enrollmentRow(ctx, p, year, classIds);
  }
  return classIds;
}

/** A new enrollment row (在读) for a pupil in a school year, appended to the output. */
export function enrollmentRow(ctx: GenContext, p: Pupil, year: number, classIds: Map<string, string>): EnrollmentRow {
  const row: EnrollmentRow = {
    id: ctx.rng.uuid(),
    regionCode: ctx.regionCode,
    schoolId: p.school.row.id,
    schoolYear: year,
    studentId: p.studentId,
    classId: p.classNo === null ? null : (classIds.get(`${p.school.row.id}|${p.grade}|${p.classNo}`) ?? null),
    grade: p.grade,
    status: "enrolled",
    enteredOn: p.enteredOn,
    leftOn: null,
    fromSchoolId: p.fromSchoolId,
    toSchoolId: null,
  };
  ctx.out.enrollment.push(row);
  return row;
}
