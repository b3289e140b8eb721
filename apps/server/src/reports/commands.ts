/** The reports' writes: a section's sentence (edited and reverted) and the audited exports. */
import { type auth, reports } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { forbidden, notFound } from "../http/errors";
import { readFigures } from "./figures";
import { reportSentence } from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

function figureOrNotFound(key: string): reports.FigureDefinition {
  const f = reports.figureByKey(key);
  if (!f) throw notFound("指标");
  return f;
}

/**
 * Keeps a section's sentence for a figure and year, with the figure's value it states (so a later change marks it
 * stale). Audited with the text before and after.
 */
export async function saveSentence(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  props: { key: string; year: number; text: string },
  ctx: CommandContext,
) {
  const f = figureOrNotFound(props.key);
  if (scope.kind !== "county" || !reports.canEditSentence(actor, f)) throw forbidden("reports.editSentence");
  const value = (await readFigures(db, scope, [props.year], ctx.now)).get(f.key)?.get(props.year);
  const valueAtEdit = value?.status === "ok" ? value.value : null;
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(reportSentence)
      .where(
        and(
          eq(reportSentence.regionCode, scope.regionCode),
          eq(reportSentence.year, props.year),
          eq(reportSentence.figureKey, f.key),
        ),
      );
    const [row] = await tx
      .insert(reportSentence)
      .values({
        regionCode: scope.regionCode,
        year: props.year,
        figureKey: f.key,
        text: props.text,
        valueAtEdit,
        editedBy: actor.userId,
        editedByName: actor.username,
      })
      .onConflictDoUpdate({
        target: [reportSentence.regionCode, reportSentence.year, reportSentence.figureKey],
        set: {
          text: props.text,
          valueAtEdit,
          editedBy: actor.userId,
          editedByName: actor.username,
          updatedAt: ctx.now,
        },
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "reports.sentence.edit",
      targetType: "report_sentence",
      targetId: row?.id,
      before: before ? { text: before.text } : undefined,
      after: { text: props.text },
      details: { year: props.year, figure: f.name },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Drops a section's sentence: the report states the generated one again. Audited. */
export async function revertSentence(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  props: { key: string; year: number },
  ctx: CommandContext,
) {
  const f = figureOrNotFound(props.key);
  if (scope.kind !== "county" || !reports.canEditSentence(actor, f)) throw forbidden("reports.editSentence");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(reportSentence)
      .where(
        and(
          eq(reportSentence.regionCode, scope.regionCode),
          eq(reportSentence.year, props.year),
          eq(reportSentence.figureKey, f.key),
        ),
      )
      .returning();
    if (!row) throw notFound("修改过的表述");
    await recordAudit(tx, {
      actor,
      action: "reports.sentence.revert",
      targetType: "report_sentence",
      targetId: row.id,
      before: { text: row.text },
      details: { year: props.year, figure: f.name },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Records an export of the work report (Word or xlsx) in the audit log. */
export async function recordReportExport(
  db: Db,
  actor: auth.Actor,
  props: { year: number; format: "docx" | "xlsx" },
  ctx: CommandContext,
) {
  if (!reports.canExportReport(actor)) throw forbidden("reports.export");
  await recordAudit(db, {
    actor,
    action: `reports.export.${props.format}`,
    details: { year: props.year },
    ip: ctx.ip,
    at: ctx.now,
  });
}
