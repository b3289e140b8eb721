import { createHash } from "node:crypto";
import { auth, balance } from "@edubureau/core";
import { and, desc, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, conflict, forbidden, notFound } from "../http/errors";
import { balanceReportData, type RegisterLoader } from "./evaluation";
import type { PublishedResult, Staged } from "./schemas";
import { balanceConfigOf } from "./store";
import { balanceSnapshot } from "./tables";

type Ctx = { now: Date; ip: string };

/** The digest of what a year and stage's figures are computed from: the register's inputs and the settings. */
export async function currentInputsDigest(db: Db, load: RegisterLoader, regionCode: string, schoolYear: number) {
  const [register, config] = await Promise.all([load(regionCode, schoolYear), balanceConfigOf(db, regionCode)]);
  return createHash("sha256").update(balance.canonicalInputs(register.schools, config)).digest("hex");
}

const listColumns = {
  id: balanceSnapshot.id,
  schoolYear: balanceSnapshot.schoolYear,
  stage: balanceSnapshot.stage,
  version: balanceSnapshot.version,
  inputsSha256: balanceSnapshot.inputsSha256,
  note: balanceSnapshot.note,
  publishedByName: balanceSnapshot.publishedByName,
  publishedAt: balanceSnapshot.publishedAt,
};

/**
 * The published versions of a year and stage, newest first, and whether the register still gives the same inputs
 * as the latest one (if not, the figures on screen differ from what was reported).
 */
export async function listSnapshots(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  schoolYear: number,
  stage: balance.BalanceStage,
) {
  const scope = scopeOf(actor, "balance");
  const rows = await db
    .select(listColumns)
    .from(balanceSnapshot)
    .where(
      and(
        eq(balanceSnapshot.regionCode, scope.regionCode),
        eq(balanceSnapshot.schoolYear, schoolYear),
        eq(balanceSnapshot.stage, stage),
      ),
    )
    .orderBy(desc(balanceSnapshot.version));
  const digest = rows.length > 0 ? await currentInputsDigest(db, load, scope.regionCode, schoolYear) : null;
  return {
    rows: rows as Staged<(typeof rows)[number]>[],
    currentInputsSha256: digest,
    latestMatches: rows[0] ? rows[0].inputsSha256 === digest : null,
  };
}

/** A published result as it was published (county-wide readers: it lists every school). */
export async function findSnapshot(db: Db, actor: auth.Actor | null, id: string) {
  const a = authorize(actor, "read", "balance");
  if (auth.dataScope(a, "balance").kind !== "county") throw forbidden("balance.readSnapshots");
  const [row] = await db
    .select()
    .from(balanceSnapshot)
    .where(and(eq(balanceSnapshot.id, id), eq(balanceSnapshot.regionCode, a.regionCode)));
  if (!row) throw notFound("已发布的监测结果");
  // the column holds the presented evaluation with its checks, as publishSnapshot wrote it
  return row as Omit<Staged<typeof row>, "result"> & { result: PublishedResult };
}

/**
 * Publishes the current figures of a year and stage as an immutable version (基础教育股, 督导室). A first version
 * needs no reason; a later one must say why it corrects the earlier, and is refused when nothing changed.
 */
export async function publishSnapshot(
  db: Db,
  actor: auth.Actor | null,
  load: RegisterLoader,
  input: { schoolYear: number; stage: balance.BalanceStage; note: string },
  ctx: Ctx,
) {
  const a = authorize(actor, "write", "balance");
  if (a.role !== "section") throw forbidden("balance.publish");
  const data = await balanceReportData(db, a, load, input.schoolYear, input.stage);
  const config = await balanceConfigOf(db, a.regionCode);
  const digest = await currentInputsDigest(db, load, a.regionCode, input.schoolYear);
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select(listColumns)
      .from(balanceSnapshot)
      .where(
        and(
          eq(balanceSnapshot.regionCode, a.regionCode),
          eq(balanceSnapshot.schoolYear, input.schoolYear),
          eq(balanceSnapshot.stage, input.stage),
        ),
      )
      .orderBy(desc(balanceSnapshot.version))
      .limit(1);
    if (latest && latest.inputsSha256 === digest) {
      throw conflict("UNCHANGED", `第 ${latest.version} 版发布后数据和参数没有变化,无需重新发布`);
    }
    if (latest && input.note.trim().length < 4) {
      throw badRequest("VALIDATION_FAILED", "重新发布须说明更正原因", [
        { field: "note", message: "请填写更正原因(至少4个字),将与新版本一起保存" },
      ]);
    }
    const [row] = await tx
      .insert(balanceSnapshot)
      .values({
        regionCode: a.regionCode,
        schoolYear: input.schoolYear,
        stage: input.stage,
        version: (latest?.version ?? 0) + 1,
        inputsSha256: digest,
        config,
        result: {
          ...data.presented,
          conditionFlags: data.conditionFlags,
          requirements: data.requirements,
        },
        note: input.note.trim(),
        publishedBy: a.userId,
        publishedByName: a.username,
        publishedAt: ctx.now,
      })
      .returning(listColumns);
    if (!row) throw new Error("insert returned nothing");
    await recordAudit(tx, {
      actor: a,
      action: "balance.publish",
      targetType: "balance_snapshot",
      targetId: row.id,
      reason: input.note || undefined,
      after: { ...row, inputsSha256: digest },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row as Staged<typeof row>;
  });
}
