import { auth, balance } from "@edubureau/core";
import { and, desc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, forbidden, notFound } from "../http/errors";
import type { Staged } from "./schemas";
import { balanceScenario, balanceSettings } from "./tables";

type Ctx = { now: Date; ip: string };

/** The county's balance settings, or the national values when it has none. */
export async function balanceConfigOf(db: Db, regionCode: string): Promise<balance.BalanceConfig> {
  const [row] = await db.select().from(balanceSettings).where(eq(balanceSettings.regionCode, regionCode));
  // settings saved before a field existed take the national value for it
  return row ? { ...balance.nationalBalanceConfig, ...row.config } : balance.nationalBalanceConfig;
}

/** Who last changed the settings, for the settings page. */
export async function balanceConfigInfo(db: Db, regionCode: string) {
  const [row] = await db
    .select({ updatedAt: balanceSettings.updatedAt })
    .from(balanceSettings)
    .where(eq(balanceSettings.regionCode, regionCode));
  return { customized: row !== undefined, updatedAt: row?.updatedAt ?? null };
}

/** Saves the county's balance settings (基础教育股, 督导室); checked, audited with before and after. */
export async function saveBalanceConfig(db: Db, actor: auth.Actor | null, config: balance.BalanceConfig, ctx: Ctx) {
  const a = authorize(actor, "write", "balance");
  if (a.role !== "section") throw forbidden("balance.configure");
  const problems = balance.validateBalanceConfig(config);
  if (problems.length > 0) throw badRequest("VALIDATION_FAILED", "测算参数有误,请检查标出的项", problems);
  return db.transaction(async (tx) => {
    const before = await balanceConfigOf(tx, a.regionCode);
    await tx
      .insert(balanceSettings)
      .values({ regionCode: a.regionCode, config, updatedBy: a.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: balanceSettings.regionCode,
        set: { config, updatedBy: a.userId, updatedAt: ctx.now },
      });
    await recordAudit(tx, {
      actor: a,
      action: "balance.config.update",
      targetType: "balance_settings",
      targetId: a.regionCode,
      before,
      after: config,
      ip: ctx.ip,
      at: ctx.now,
    });
    return config;
  });
}

/**
 * Only county-wide readers work with scenarios and the county's tables: they show every school's figures. A refusal
 * names what was asked for (the what-if sandbox unless told otherwise).
 */
export function requireCountyReader(
  actor: auth.Actor | null,
  refusal: auth.RefusedAction = "balance.whatIf",
): auth.Actor {
  const a = authorize(actor, "read", "balance");
  if (auth.dataScope(a, "balance").kind !== "county") throw forbidden(refusal);
  return a;
}

export async function listScenarios(db: Db, actor: auth.Actor | null) {
  const a = requireCountyReader(actor);
  const rows = await db
    .select({
      id: balanceScenario.id,
      name: balanceScenario.name,
      schoolYear: balanceScenario.schoolYear,
      stage: balanceScenario.stage,
      note: balanceScenario.note,
      adjustments: sql<number>`jsonb_array_length(${balanceScenario.adjustments})::int`,
      createdByName: balanceScenario.createdByName,
      createdAt: balanceScenario.createdAt,
    })
    .from(balanceScenario)
    .where(eq(balanceScenario.regionCode, a.regionCode))
    .orderBy(desc(balanceScenario.createdAt))
    .limit(200);
  return rows as Staged<(typeof rows)[number]>[];
}

export async function findScenario(db: Db, actor: auth.Actor | null, id: string) {
  const a = requireCountyReader(actor);
  const [row] = await db
    .select()
    .from(balanceScenario)
    .where(and(eq(balanceScenario.id, id), eq(balanceScenario.regionCode, a.regionCode)));
  if (!row) throw notFound("模拟测算方案");
  return row as Staged<typeof row>;
}

export interface ScenarioInput {
  name: string;
  schoolYear: number;
  stage: balance.BalanceStage;
  adjustments: balance.SchoolAdjustment[];
  note: string;
}

/** Saves a scenario (the adjustments were checked against the register by the caller); audited. */
export async function createScenario(db: Db, actor: auth.Actor | null, input: ScenarioInput, ctx: Ctx) {
  const a = requireCountyReader(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(balanceScenario)
      .values({
        ...input,
        regionCode: a.regionCode,
        createdBy: a.userId,
        createdByName: a.username,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await recordAudit(tx, {
      actor: a,
      action: "balance.scenario.create",
      targetType: "balance_scenario",
      targetId: row.id,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row as Staged<typeof row>;
  });
}

/** Deletes a scenario: its author, or a section that owns the balance figures. */
export async function deleteScenario(db: Db, actor: auth.Actor | null, id: string, ctx: Ctx) {
  const row = await findScenario(db, actor, id);
  const a = actor as auth.Actor;
  if (row.createdBy !== a.userId && !auth.canWrite(a, "balance")) throw forbidden("balance.deleteOthersScenario");
  await db.transaction(async (tx) => {
    await tx.delete(balanceScenario).where(eq(balanceScenario.id, id));
    await recordAudit(tx, {
      actor: a,
      action: "balance.scenario.delete",
      targetType: "balance_scenario",
      targetId: id,
      before: row,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
