/**
 * Editing a draft's item structure (小题结构) of one subject: the items are checked by core's rule (numbers a score
 * file can name, distinct, maxima adding up to the full marks), and the students' stored item scores are moved to
 * the new layout. When only kinds or knowledge points change, the item scores stay; when numbers, maxima or the
 * count change, item scores already imported for that subject no longer fit and are cleared — only when the caller
 * says so (the subject scores stay). A published version never changes: corrections are new versions.
 */
import { type auth, exams as core } from "@edubureau/core";
import { eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { AppError, badRequest, notFound } from "../http/errors";
import { changeDraft, type WriteContext } from "./commands";
import { rowsOf } from "./store";
import { exam, examScore } from "./tables";

export interface ItemsChange {
  code: string;
  items: core.ItemSpec[];
  /** clear the item scores already imported for the subject when the new structure does not fit them */
  discardItemScores: boolean;
}

/** Same numbers and maxima in the same order: the stored item scores still fit. */
const sameLayout = (a: readonly core.ItemSpec[], b: readonly core.ItemSpec[]) =>
  a.length === b.length && a.every((it, i) => it.number === b[i]!.number && it.maxScore === b[i]!.maxScore);

/**
 * Replaces a draft subject's items.
 *
 * @throws AppError 400 with the problems by field, 404 for a subject not in the exam, 409 for a published exam or
 *   item scores that would be cleared without `discardItemScores`
 */
export async function updateSubjectItems(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  change: ItemsChange,
  ctx: WriteContext,
) {
  return changeDraft(db, actor, id, async (tx, a, row) => {
    const k = row.subjects.findIndex((s) => s.code === change.code);
    if (k < 0) throw notFound("考试中的该科目");
    const subject = row.subjects[k]!;
    const items = change.items.map((it) => ({ ...it, knowledge: it.knowledge?.trim() || undefined }));
    const problems = core.checkItemStructure({ ...subject, items });
    if (problems.length > 0) {
      throw badRequest(
        "VALIDATION_FAILED",
        problems[0]!,
        problems.map((message) => ({ field: "items", message })),
      );
    }
    const old = subject.items ?? [];
    const base = row.subjects.slice(0, k).reduce((n, s) => n + (s.items?.length ?? 0), 0);
    const total = row.subjects.reduce((n, s) => n + (s.items?.length ?? 0), 0);
    let cleared = 0;
    if (!sameLayout(old, items) && old.length > 0) {
      const [{ n } = { n: 0 }] = await rowsOf<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${examScore} where exam_id = ${row.id} and exists (
          select 1 from unnest(items[${base + 1}:${base + old.length}]) v where v is not null)`,
      );
      if (n > 0 && !change.discardItemScores) {
        throw new AppError(
          409,
          "EXAM_ITEM_SCORES_EXIST",
          `已有 ${n} 名学生导入了「${subject.name}」的小题分:修改题号、分值或题数后这些小题分将被清除(科目成绩保留),确认后请重新导入小题分`,
          { students: n },
        );
      }
      cleared = n;
    }
    if (!sameLayout(old, items)) {
      const after = total - old.length + items.length;
      // the subject's slice of every student's flattened items, replaced by empty (null) scores of the new items
      await tx.execute(sql`update ${examScore} set items = case when ${after}::int = 0 then null else
          items[1:${base}] || array_fill(null::double precision, array[${items.length}::int])
          || items[${base + old.length + 1}:${total}] end
        where exam_id = ${row.id} and items is not null`);
    }
    const subjects = row.subjects.map((s, i) => (i === k ? { ...s, items: items.length > 0 ? items : undefined } : s));
    await tx.execute(
      sql`update exam set updated_at = greatest(${ctx.now}, updated_at + interval '1 millisecond') where id = ${row.id}`,
    );
    const [updated] = await tx.update(exam).set({ subjects }).where(eq(exam.id, row.id)).returning();
    await recordAudit(tx, {
      actor: a,
      action: "exams.update_items",
      targetType: "exam",
      targetId: row.id,
      before: row.subjects,
      after: subjects,
      details: { subject: subject.code, items: items.length, clearedItemScores: cleared },
      ip: ctx.ip,
      at: ctx.now,
    });
    return updated!;
  });
}
