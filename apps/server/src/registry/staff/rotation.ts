/**
 * A confirmed rotation (交流轮岗) written into the register: the teacher's employment of each school year the period
 * covers is at the receiving school, and that year's class assignments at the school they left are closed. Runs in
 * the caller's transaction (staffing's decision), which writes the audit row with what changed here.
 */
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { Tx } from "../../db/bulkInsert";
import { classTeacher, employment, schoolClass } from "../tables";

export interface RotationMove {
  regionCode: string;
  staffId: string;
  fromSchoolId: string;
  toSchoolId: string;
  /** the school years the rotation period covers, first to last */
  schoolYears: number[];
}

/**
 * Moves the employment rows of the period's school years from the school left to the receiving one; when the first
 * year has no row yet, it is created from the teacher's latest earlier row. Later years not yet in the register are
 * left to the year's staff entry. Returns what changed, for the audit.
 */
export async function moveEmploymentForRotation(tx: Tx, m: RotationMove) {
  const years = [...m.schoolYears].sort((a, b) => a - b);
  const first = years[0];
  if (first === undefined) return { moved: [], created: null, assignmentsClosed: 0 };
  const rows = await tx
    .select()
    .from(employment)
    .where(and(eq(employment.staffId, m.staffId), inArray(employment.schoolYear, years)))
    .orderBy(asc(employment.schoolYear));
  const moved: { schoolYear: number; fromSchoolId: string; toSchoolId: string }[] = [];
  for (const row of rows) {
    if (row.schoolId !== m.fromSchoolId || row.status === "left") continue;
    await tx.update(employment).set({ schoolId: m.toSchoolId }).where(eq(employment.id, row.id));
    moved.push({ schoolYear: row.schoolYear, fromSchoolId: row.schoolId, toSchoolId: m.toSchoolId });
  }
  let created: number | null = null;
  if (!rows.some((r) => r.schoolYear === first)) {
    const [latest] = await tx
      .select()
      .from(employment)
      .where(and(eq(employment.staffId, m.staffId), lt(employment.schoolYear, first)))
      .orderBy(desc(employment.schoolYear))
      .limit(1);
    if (latest && latest.status !== "left") {
      const { id: _id, ...copy } = latest;
      await tx.insert(employment).values({ ...copy, schoolYear: first, schoolId: m.toSchoolId });
      created = first;
    }
  }
  const closed = await tx
    .delete(classTeacher)
    .where(
      and(
        eq(classTeacher.staffId, m.staffId),
        eq(classTeacher.schoolId, m.fromSchoolId),
        inArray(
          classTeacher.classId,
          tx
            .select({ id: schoolClass.id })
            .from(schoolClass)
            .where(and(eq(schoolClass.schoolId, m.fromSchoolId), inArray(schoolClass.schoolYear, years))),
        ),
      ),
    )
    .returning({ id: classTeacher.id });
  return { moved, created, assignmentsClosed: closed.length };
}
