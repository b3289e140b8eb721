/**
 * Exams commands: every write, each in one transaction with its audit row, and the checks that guard them (the
 * county-wide writer, a valid definition, a draft version). Creating, publishing and correcting belong to the county
 * (教研室); the queries they read through are in store.ts.
 */
import { createHash } from "node:crypto";
import { type auth, exams as core } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError, conflict, forbidden, notFound } from "../http/errors";
import { enrolledCohort, gradeAssignments } from "../registry/examsIntake";
import { assignExamNumbers } from "./examNumbers";
import { writeSnapshot } from "./snapshot";
import { type ExamRow, findExam, rowsOf } from "./store";
import { type ExamConfig, type ExamSubject, exam, examScore, examTeacher } from "./tables";

/** Who acts, and where from: what every write records in the audit log. */
export interface WriteContext {
  now: Date;
  ip: string;
}

export interface ExamInput {
  name: string;
  heldOn: string;
  schoolYear: number;
  term: number;
  grade: number;
  graduating: boolean;
  subjects: ExamSubject[];
  config: ExamConfig;
  baselineExamId: string | null;
}

/** The county-wide writer of exams (教研室): creating, publishing and correcting are theirs, not a school's. */
export function requireCountyWriter(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "write", "exams");
  if (scopeOf(a, "exams").kind !== "county") throw forbidden("exams.manage");
  return a;
}

/** Problems with an exam's definition, in Chinese, by field; empty when it can be saved. */
export function checkExamInput(input: ExamInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const codes = new Set<string>();
  input.subjects.forEach((s, i) => {
    if (codes.has(s.code)) problems.push({ field: `subjects.${i}.code`, message: `科目「${s.name}」重复` });
    codes.add(s.code);
    for (const message of core.checkItemStructure(s)) problems.push({ field: `subjects.${i}.items`, message });
  });
  for (const message of core.checkThresholds(input.config.thresholds)) {
    problems.push({ field: "config.thresholds", message });
  }
  for (const message of core.checkLevelScheme(input.config.levels)) problems.push({ field: "config.levels", message });
  return problems;
}

/**
 * Creates a draft exam with its cohort: every student enrolled in the grade in the school year gets a row with no
 * scores yet (so that students kept out of the exam still count in the enrolled denominator) and an exam number
 * (考号), and the class–subject–teacher assignments of the grade's classes are copied.
 */
export async function createExam(db: Db, actor: auth.Actor | null, input: ExamInput, ctx: WriteContext) {
  const a = requireCountyWriter(actor);
  return db.transaction(async (tx) => {
    if (input.baselineExamId) await requirePublishedBaseline(tx, a, input.baselineExamId, input);
    const id = crypto.randomUUID();
    const [created] = await tx
      .insert(exam)
      .values({
        id,
        seriesId: id,
        regionCode: a.regionCode,
        ...input,
        createdBy: a.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const k = input.subjects.length;
    await tx.execute(sql`insert into ${examScore} (exam_id, student_id, region_code, school_id, class_id, scores)
      select ${id}::uuid, c.student_id, c.region_code, c.school_id, c.class_id,
        array_fill(null::double precision, array[${k}::int])
      from ${enrolledCohort(a.regionCode, input.schoolYear, input.grade)} c`);
    await assignExamNumbers(tx, id);
    await copyAssignments(tx, created!);
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(examScore)
      .where(eq(examScore.examId, id));
    await recordAudit(tx, {
      actor: a,
      action: "exams.create",
      targetType: "exam",
      targetId: id,
      after: input,
      details: { name: input.name, grade: input.grade, schoolYear: input.schoolYear, cohort: n },
      ip: ctx.ip,
      at: ctx.now,
    });
    return created!;
  });
}

/** The exam's classes' class–subject–teacher assignments, copied (again) into exam_teacher. */
export async function copyAssignments(db: Db, row: ExamRow) {
  await db.delete(examTeacher).where(eq(examTeacher.examId, row.id));
  const codes = row.subjects.map((s) => s.code);
  if (codes.length === 0) return;
  await db.execute(sql`insert into ${examTeacher} (exam_id, class_id, subject, staff_id, region_code, school_id)
    select ${row.id}::uuid, t.class_id, t.subject, t.staff_id, t.region_code, t.school_id
    from ${gradeAssignments(row.regionCode, row.schoolYear, row.grade, codes)} t`);
}

async function requirePublishedBaseline(db: Db, actor: auth.Actor, baselineId: string, input: { schoolYear: number }) {
  const base = await findExam(db, actor, baselineId);
  if (!base) throw notFound("对比的前次考试");
  if (base.status === "draft")
    throw conflict("EXAM_BASELINE_DRAFT", "对比的前次考试尚未发布:请先发布该考试,或不选对比考试");
  if (base.schoolYear > input.schoolYear) {
    throw conflict("EXAM_BASELINE_LATER", "对比的前次考试应早于本次考试(同一批学生的早先考试)");
  }
  return base;
}

/** Changes a draft's definition (name, date, graduating flag, configuration, baseline); a published exam refuses. */
export async function updateExam(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  patch: Partial<Pick<ExamInput, "name" | "heldOn" | "graduating" | "config" | "baselineExamId">>,
  ctx: WriteContext,
) {
  return changeDraft(db, actor, id, async (tx, a, row) => {
    if (patch.baselineExamId) await requirePublishedBaseline(tx, a, patch.baselineExamId, row);
    const [updated] = await tx
      .update(exam)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(exam.id, id))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "exams.update",
      targetType: "exam",
      targetId: id,
      before: row,
      after: updated,
      details: { fields: Object.keys(patch) },
      ip: ctx.ip,
      at: ctx.now,
    });
    return updated!;
  });
}

export function requireDraft(row: ExamRow) {
  if (row.status !== "draft") {
    throw conflict(
      "EXAM_PUBLISHED",
      `「${row.name}」第${row.version}版已发布,不能再修改:如需更正,请「新建更正版本」并写明更正原因`,
    );
  }
}

/**
 * Runs a change of a draft exam in one transaction, as the county's exam writer (教研室): 404 when the exam is
 * missing or out of scope, 409 when the version is published.
 */
export async function changeDraft<T>(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  change: (tx: Db, a: auth.Actor, row: ExamRow) => Promise<T>,
): Promise<T> {
  const a = requireCountyWriter(actor);
  return db.transaction(async (tx) => {
    const row = await findExam(tx, a, id);
    if (!row) throw notFound("考试");
    requireDraft(row);
    return change(tx, a, row);
  });
}

/** SHA-256 of an exam's definition and scores in student order: the published snapshot's fingerprint. */
export async function inputHash(db: Db, row: ExamRow): Promise<string> {
  const [result] = await rowsOf<{ s: string }>(
    db,
    sql`select coalesce(string_agg(${examScore.studentId}::text || ':' ||
      array_to_string(${examScore.scores}, ',', '-') || ':' || coalesce(array_to_string(${examScore.items}, ',', '-'), ''),
      ';' order by ${examScore.studentId}), '') as s
    from ${examScore} where ${examScore.examId} = ${row.id}`,
  );
  const text = result?.s ?? "";
  return createHash("sha256")
    .update(JSON.stringify({ subjects: row.subjects, config: row.config, grade: row.grade }))
    .update(text)
    .digest("hex");
}

/**
 * Publishes a draft: refreshes the teacher assignments as they stand, fingerprints the inputs, and — for a
 * correction — supersedes the version before and records how many students' scores changed and which subjects'
 * item structure changed. Immutable afterwards. The version's columnar snapshot is frozen (exam_snapshot) in the
 * same transaction, so a published version always has the one built from exactly the scores it was published with.
 */
export async function publishExam(db: Db, actor: auth.Actor | null, id: string, ctx: WriteContext) {
  return changeDraft(db, actor, id, async (tx, a, row) => {
    const [{ scored } = { scored: 0 }] = await tx
      .select({
        scored: sql<number>`count(*) filter (where exists (select 1 from unnest(${examScore.scores}) v where v is not null))::int`,
      })
      .from(examScore)
      .where(eq(examScore.examId, id));
    if (scored === 0) {
      throw conflict("EXAM_NO_SCORES", "该考试还没有导入任何成绩,不能发布:请先导入成绩");
    }
    await copyAssignments(tx, row);
    let changes: Record<string, unknown> | null = null;
    const previous = (
      await tx
        .select()
        .from(exam)
        .where(and(eq(exam.seriesId, row.seriesId), eq(exam.status, "published")))
        .limit(1)
    )[0];
    if (previous) {
      const [diff] = await rowsOf<Record<string, number>>(
        tx,
        sql`select
          count(*) filter (where a.student_id is not null and b.student_id is not null
            and (a.scores is distinct from b.scores or a.items is distinct from b.items))::int as changed,
          count(*) filter (where b.student_id is null)::int as added,
          count(*) filter (where a.student_id is null)::int as removed
        from (select * from ${examScore} where exam_id = ${id}) a
        full join (select * from ${examScore} where exam_id = ${previous.id}) b on a.student_id = b.student_id`,
      );
      const itemsChanged = row.subjects
        .filter((s) => {
          const before = previous.subjects.find((p) => p.code === s.code);
          return JSON.stringify(before?.items ?? []) !== JSON.stringify(s.items ?? []);
        })
        .map((s) => s.name);
      changes = { previousVersion: previous.version, ...diff, ...(itemsChanged.length > 0 ? { itemsChanged } : {}) };
      await tx.update(exam).set({ status: "superseded", updatedAt: ctx.now }).where(eq(exam.id, previous.id));
    }
    const hash = await inputHash(tx, row);
    const [published] = await tx
      .update(exam)
      .set({
        status: "published",
        publishedAt: ctx.now,
        publishedBy: a.userId,
        inputHash: hash,
        changes,
        updatedAt: ctx.now,
      })
      .where(eq(exam.id, id))
      .returning();
    await writeSnapshot(tx, published!);
    await recordAudit(tx, {
      actor: a,
      action: "exams.publish",
      targetType: "exam",
      targetId: id,
      after: { inputHash: hash },
      details: { name: row.name, version: row.version, scored, changes },
      ip: ctx.ip,
      at: ctx.now,
    });
    return published!;
  });
}

/**
 * Starts a correction (更正版本) of a published exam: a new draft version with the same definition, cohort and
 * scores, and the reason. Only the current published version can be corrected, one draft at a time.
 */
export async function startCorrection(db: Db, actor: auth.Actor | null, id: string, note: string, ctx: WriteContext) {
  const a = requireCountyWriter(actor);
  return db.transaction(async (t) => {
    const tx = t;
    const row = await findExam(tx, a, id);
    if (!row) throw notFound("考试");
    if (row.status !== "published") {
      throw conflict("EXAM_NOT_CURRENT", "只能更正当前已发布的版本:草稿可以直接修改,已被更正的旧版本不能再更正");
    }
    const drafts = await tx
      .select({ id: exam.id, version: exam.version })
      .from(exam)
      .where(and(eq(exam.seriesId, row.seriesId), eq(exam.status, "draft")));
    if (drafts.length > 0) {
      throw new AppError(
        409,
        "EXAM_DRAFT_EXISTS",
        `该考试已有未发布的更正版本(第${drafts[0]!.version}版),请在其中更正`,
        {
          id: drafts[0]!.id,
        },
      );
    }
    const [{ max } = { max: row.version }] = await tx
      .select({ max: sql<number>`max(${exam.version})::int` })
      .from(exam)
      .where(eq(exam.seriesId, row.seriesId));
    const { id: _id, status: _s, publishedAt: _p, publishedBy: _b, inputHash: _h, changes: _c, ...rest } = row;
    const newId = crypto.randomUUID();
    const [created] = await tx
      .insert(exam)
      .values({
        ...rest,
        id: newId,
        version: max + 1,
        status: "draft",
        changeNote: note,
        createdBy: a.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await tx.execute(sql`insert into ${examScore}
        (exam_id, student_id, region_code, school_id, class_id, scores, items, exam_number)
      select ${newId}::uuid, student_id, region_code, school_id, class_id, scores, items, exam_number from ${examScore}
      where exam_id = ${id}`);
    await assignExamNumbers(tx, newId);
    await copyAssignments(tx, created!);
    await recordAudit(tx, {
      actor: a,
      action: "exams.correct",
      targetType: "exam",
      targetId: newId,
      reason: note,
      details: { from: id, version: max + 1 },
      ip: ctx.ip,
      at: ctx.now,
    });
    return created!;
  });
}
