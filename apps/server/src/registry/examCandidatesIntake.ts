/**
 * What the reports' 高考/中考 results import reads from the register: the students of a county in the graduating
 * grades (初三, 高三) of a school year, whatever their status since (graduated or not), to match the admissions
 * office's rows by 学籍号. The caller has checked the importer's right.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { enrollment, person, student } from "./tables";

/** A student of a graduating grade in a school year, as the results import matches them. */
export interface ExamCandidate {
  studentId: string;
  schoolId: string;
  studentNumber: string;
  name: string;
  grade: number;
}

/** The county's students in grade 9 and 12 of a school year (any status), by 学籍号 order. */
export async function graduatingStudents(
  db: Db | Tx,
  regionCode: string,
  schoolYear: number,
): Promise<ExamCandidate[]> {
  return db
    .select({
      studentId: enrollment.studentId,
      schoolId: enrollment.schoolId,
      studentNumber: student.studentNumber,
      name: person.name,
      grade: enrollment.grade,
    })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(
        eq(enrollment.regionCode, regionCode),
        eq(enrollment.schoolYear, schoolYear),
        inArray(enrollment.grade, [9, 12]),
      ),
    )
    .orderBy(student.studentNumber);
}
