/** Runs one comparison of 四查三比对: rerunnable, with the difference from the previous run and its audit row. */
import { type auth, retention } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { Db } from "../db/client";
import { type CommandContext, sectionActor, todayOf } from "./commands";
import { compareAttendance, comparePoverty, compareTransfers } from "./comparisonSources";
import { compareRoster } from "./rosterMatching";
import { previousRun, settingsOf } from "./store";
import { retentionRun } from "./tables";

export interface RunResult {
  id: string;
  kind: retention.ComparisonKind;
  ranAt: Date;
  flagged: string[];
  diff: retention.RunDiff;
  summary: Record<string, number>;
}

/** Runs one comparison of 四查三比对 for the county's current school year; rerunnable, shows the difference. */
export async function runComparison(
  db: Db,
  actor: auth.Actor | null,
  kind: retention.ComparisonKind,
  ctx: CommandContext,
  options: { schoolYear?: number } = {},
): Promise<RunResult> {
  const a = sectionActor(actor);
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const schoolYear = options.schoolYear ?? settings.currentSchoolYear;
  const today = todayOf(ctx);
  return db.transaction(async (tx) => {
    const previous = await previousRun(tx, a.regionCode, kind);
    const [run] = await tx
      .insert(retentionRun)
      .values({ regionCode: a.regionCode, kind, schoolYear, ranBy: a.userId, ranAt: ctx.now, flagged: [], summary: {} })
      .returning({ id: retentionRun.id });
    const runId = run!.id;
    let flagged: string[];
    let summary: Record<string, number>;
    if (kind === "roster") ({ flagged, summary } = await compareRoster(tx, a, schoolYear, settings, runId, ctx));
    else if (kind === "attendance")
      ({ flagged, summary } = await compareAttendance(tx, a.regionCode, schoolYear, settings, runId, ctx));
    else if (kind === "transfers")
      ({ flagged, summary } = await compareTransfers(tx, a.regionCode, schoolYear, settings, runId, today, ctx));
    else ({ flagged, summary } = await comparePoverty(tx, a.regionCode, ctx));
    const diff = retention.runDiff(previous?.flagged ?? [], flagged);
    const fullSummary = { ...summary, flagged: flagged.length, added: diff.added.length, removed: diff.removed.length };
    await tx.update(retentionRun).set({ flagged, summary: fullSummary }).where(eq(retentionRun.id, runId));
    await recordAudit(tx, {
      actor: a,
      action: "retention.comparison.run",
      targetType: "retention_run",
      targetId: runId,
      details: { kind, schoolYear, ...fullSummary },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { id: runId, kind, ranAt: ctx.now, flagged, diff, summary: fullSummary };
  });
}
