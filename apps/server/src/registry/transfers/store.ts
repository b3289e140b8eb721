/**
 * Every query of the transfer workflow (转学). Reads are filtered by the caller's data scope: a school sees the
 * transfers from or to it, county roles the county's.
 */
import type { registry } from "@edubureau/core";
import { and, asc, count, desc, eq, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ReadableScope } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { enrollment, person, school, schoolClass, student, transfer } from "../tables";

export type Direction = "in" | "out" | "all";

const fromSchool = alias(school, "from_school");
const toSchool = alias(school, "to_school");

function directionCondition(schoolId: string, direction: Direction): SQL {
  if (direction === "in") return eq(transfer.toSchoolId, schoolId);
  if (direction === "out") return eq(transfer.fromSchoolId, schoolId);
  return or(eq(transfer.fromSchoolId, schoolId), eq(transfer.toSchoolId, schoolId)) as SQL;
}

/**
 * The transfers a scope reaches: a school's from or to it (narrowed by direction), the county's all of its
 * transfers (or one school's, when `schoolId` is given).
 */
export function transferScopeCondition(scope: ReadableScope, direction: Direction = "all", schoolId?: string): SQL {
  if (scope.kind !== "county" && schoolId && schoolId !== scope.schoolId) return sql`false`;
  const reached = (id: string) => directionCondition(id, direction);
  return and(
    schoolScopeCondition(scope, { regionCode: transfer.regionCode, schoolId: reached }),
    scope.kind === "county" && schoolId ? reached(schoolId) : undefined,
  ) as SQL;
}

const rowColumns = {
  id: transfer.id,
  studentId: transfer.studentId,
  studentName: person.name,
  studentNumber: student.studentNumber,
  schoolYear: transfer.schoolYear,
  fromSchoolId: transfer.fromSchoolId,
  fromSchoolName: fromSchool.name,
  toSchoolId: transfer.toSchoolId,
  toSchoolName: toSchool.name,
  destination: transfer.destination,
  reason: transfer.reason,
  status: transfer.status,
  initiatedOn: transfer.initiatedOn,
  decidedOn: transfer.decidedOn,
  decisionNote: transfer.decisionNote,
};

function selectTransfers(db: Db) {
  return db
    .select(rowColumns)
    .from(transfer)
    .innerJoin(student, eq(student.id, transfer.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .innerJoin(fromSchool, eq(fromSchool.id, transfer.fromSchoolId))
    .leftJoin(toSchool, eq(toSchool.id, transfer.toSchoolId));
}

/** A transfer as read for a list, joined with the student's name and both schools' names. */
export type TransferRecord = Awaited<ReturnType<typeof selectTransfers>>[number];

export interface TransferQuery {
  direction: Direction;
  status?: registry.TransferStatus;
  schoolId?: string;
  page: number;
  pageSize: number;
}

/** One page of transfers within scope, newest first. */
export async function listTransfers(
  db: Db,
  scope: ReadableScope,
  q: TransferQuery,
): Promise<{ rows: TransferRecord[]; total: number }> {
  const where = and(
    transferScopeCondition(scope, q.direction, q.schoolId),
    q.status ? eq(transfer.status, q.status) : undefined,
  );
  const [rows, total] = await Promise.all([
    selectTransfers(db)
      .where(where)
      .orderBy(desc(transfer.initiatedOn), desc(transfer.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(transfer).where(where),
  ]);
  return { rows, total: total[0]?.n ?? 0 };
}

/** Pending transfers within scope, oldest first (the overdue list filters them by the core rule). */
export async function pendingTransfers(db: Db, scope: ReadableScope): Promise<TransferRecord[]> {
  return selectTransfers(db)
    .where(and(transferScopeCondition(scope), eq(transfer.status, "pending")))
    .orderBy(asc(transfer.initiatedOn), asc(transfer.createdAt));
}

/**
 * A student's pending transfer (at most one: a second is refused while one waits), or null. The caller has already
 * found the student within its scope: the student's page shows where they are going.
 */
export async function pendingTransferOfStudent(db: Db, studentId: string): Promise<TransferRecord | null> {
  const rows = await selectTransfers(db)
    .where(and(eq(transfer.studentId, studentId), eq(transfer.status, "pending")))
    .orderBy(desc(transfer.initiatedOn), desc(transfer.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

/** One transfer within scope, or null (absent and out of scope look the same). */
export async function findTransfer(db: Db, scope: ReadableScope, id: string): Promise<TransferRecord | null> {
  const rows = await selectTransfers(db)
    .where(and(eq(transfer.id, id), transferScopeCondition(scope)))
    .limit(1);
  return rows[0] ?? null;
}

/** The transfer row itself, locked for the rest of the transaction. */
export async function lockTransfer(tx: Db, id: string) {
  const rows = await tx.select().from(transfer).where(eq(transfer.id, id)).for("update");
  return rows[0] ?? null;
}

/** The student row, locked: serialises writes about one student (no two pending transfers). */
export async function lockStudent(tx: Db, studentId: string) {
  const rows = await tx
    .select({ id: student.id, regionCode: student.regionCode })
    .from(student)
    .where(eq(student.id, studentId))
    .for("update");
  return rows[0] ?? null;
}

/** The student's enrollment rows of their latest school year (one per school they were at that year). */
export async function latestEnrollments(tx: Db, studentId: string) {
  return tx
    .select()
    .from(enrollment)
    .where(
      and(
        eq(enrollment.studentId, studentId),
        sql`${enrollment.schoolYear} = (select max(e2.school_year) from ${enrollment} e2 where e2.student_id = ${studentId})`,
      ),
    )
    .for("update");
}

/** Whether the student has a transfer waiting to be received. */
export async function hasPendingTransfer(tx: Db, studentId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: transfer.id })
    .from(transfer)
    .where(and(eq(transfer.studentId, studentId), eq(transfer.status, "pending")))
    .limit(1);
  return rows.length > 0;
}

/** A school of the county by id, with what a transfer checks; null when absent or in another county. */
export async function countySchool(db: Db, regionCode: string, id: string) {
  const rows = await db
    .select({ id: school.id, name: school.name, kind: school.kind, status: school.status })
    .from(school)
    .where(and(eq(school.id, id), eq(school.regionCode, regionCode)))
    .limit(1);
  return rows[0] ?? null;
}

/** A class by id: its school, year and grade (to check where a received student is placed). */
export async function classById(db: Db, id: string) {
  const rows = await db
    .select({
      id: schoolClass.id,
      schoolId: schoolClass.schoolId,
      schoolYear: schoolClass.schoolYear,
      grade: schoolClass.grade,
    })
    .from(schoolClass)
    .where(eq(schoolClass.id, id))
    .limit(1);
  return rows[0] ?? null;
}
