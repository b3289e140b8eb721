/**
 * Reading materialised figures (物化指标): stored values are returned as they are; a figure that is missing, marked
 * stale by a write (`staleness.ts`) or computed on an earlier day (states such as 逾期 move with the date) is
 * recomputed once by its capability's provider and stored, unless a write came in while it was computed.
 * Concurrent readers of the same stale group share one computation.
 */
import { calendar, reports } from "@edubureau/core";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { describeForLog } from "../http/errors";
import { untilWriteCache } from "../http/singleFlightCache";
import { providers } from "./providers";
import { reportFigureValue } from "./tables";

/** Values by figure key, then by year. */
export type FigureTable = Map<string, Map<number, reports.FigureValue>>;

export function scopeKeyOf(scope: ReadableScope): string {
  return scope.kind === "county" ? "county" : scope.schoolId;
}

/** What a figure says when its capability's computation failed (it is retried by the next read). */
export const COMPUTE_FAILED = "该业务的计算暂时出错,请稍后再看";

const inFlight = new Map<string, Promise<void>>();

type Row = typeof reportFigureValue.$inferSelect;

function figureValueOf(r: Row): reports.FigureValue {
  return r.status === "ok" && r.value !== null
    ? { status: "ok", value: r.value, numerator: r.numerator, denominator: r.denominator }
    : { status: "incomplete", missing: r.missing ?? "数据不全" };
}

/**
 * The catalogue's figures for a scope and years, current as of now. Only the groups (capability × year) with a
 * missing, stale or yesterday's row are recomputed; `capabilities` narrows the figures read to those capabilities'.
 *
 * What was read is kept in memory until the next committed write on any server or the next Beijing day: every write
 * that can make a figure stale is such a write (`staleness.ts`), so the kept table is what the stored rows say, and
 * fifty leaders opening the cockpit at once cost one read of the table. The returned table is shared: read it only.
 */
export function readFigures(
  db: Db,
  scope: ReadableScope,
  years: readonly number[],
  now: Date,
  capabilities?: readonly string[],
): Promise<FigureTable> {
  const today = calendar.beijingDate(now);
  const key = [scope.regionCode, scopeKeyOf(scope), today, years.join(","), capabilities?.join(",") ?? "*"].join("|");
  return keptFigures(db, key, () => readStoredFigures(db, scope, years, now, capabilities));
}
// a table in which a capability's computation failed is not kept: the next read retries it
const keptFigures = untilWriteCache<FigureTable>({
  keep: (table) =>
    ![...table.values()].some((years) =>
      [...years.values()].some((v) => v.status !== "ok" && v.missing === COMPUTE_FAILED),
    ),
});

async function readStoredFigures(
  db: Db,
  scope: ReadableScope,
  years: readonly number[],
  now: Date,
  capabilities?: readonly string[],
): Promise<FigureTable> {
  const scopeKey = scopeKeyOf(scope);
  const today = calendar.beijingDate(now);
  const rows = await selectRows(db, scope.regionCode, scopeKey, years);
  const current = (r: Row) => !r.stale && r.computedAt !== null && calendar.beijingDate(r.computedAt) === today;
  const have = new Map(rows.map((r) => [`${r.figureKey}@${r.year}`, r]));
  const groups = new Set<string>();
  for (const year of years)
    for (const f of reports.figureCatalogue) {
      if (capabilities && !capabilities.includes(f.capability)) continue;
      const r = have.get(`${f.key}@${year}`);
      if (!r || !current(r)) groups.add(`${f.capability}@${year}`);
    }
  if (groups.size > 0) {
    // groups one after another: the embedded database has one connection, and a county has few groups
    for (const g of groups) {
      const [capability, year] = g.split("@") as [string, string];
      const key = `${scope.regionCode}|${scopeKey}|${g}`;
      let p = inFlight.get(key);
      if (!p) {
        p = recompute(db, scope, scopeKey, capability, Number(year), now).finally(() => inFlight.delete(key));
        inFlight.set(key, p);
      }
      await p;
    }
    return tableOf(await selectRows(db, scope.regionCode, scopeKey, years));
  }
  return tableOf(rows);
}

function tableOf(rows: Row[]): FigureTable {
  const table: FigureTable = new Map();
  for (const r of rows) {
    if (!reports.figureByKey(r.figureKey)) continue;
    const perYear = table.get(r.figureKey) ?? new Map<number, reports.FigureValue>();
    perYear.set(r.year, figureValueOf(r));
    table.set(r.figureKey, perYear);
  }
  return table;
}

function selectRows(db: Db, regionCode: string, scopeKey: string, years: readonly number[]) {
  return db
    .select()
    .from(reportFigureValue)
    .where(
      and(
        eq(reportFigureValue.regionCode, regionCode),
        eq(reportFigureValue.scopeKey, scopeKey),
        inArray(reportFigureValue.year, [...years]),
      ),
    );
}

async function recompute(db: Db, scope: ReadableScope, scopeKey: string, capability: string, year: number, now: Date) {
  const provider = providers[capability as keyof typeof providers];
  const figures = reports.figuresOfCapability(capability);
  if (!provider || figures.length === 0) return;
  // placeholders first, so that a write committing while we compute finds a row to mark
  await db
    .insert(reportFigureValue)
    .values(
      figures.map((f) => ({
        regionCode: scope.regionCode,
        year,
        figureKey: f.key,
        capability,
        scopeKey,
        status: "incomplete" as const,
        missing: "计算中",
      })),
    )
    .onConflictDoNothing();
  const before = await db
    .select({ figureKey: reportFigureValue.figureKey, generation: reportFigureValue.generation })
    .from(reportFigureValue)
    .where(
      and(
        eq(reportFigureValue.regionCode, scope.regionCode),
        eq(reportFigureValue.scopeKey, scopeKey),
        eq(reportFigureValue.year, year),
        eq(reportFigureValue.capability, capability),
      ),
    );
  const generations = new Map(before.map((r) => [r.figureKey, r.generation]));
  let values: Map<string, reports.FigureValue>;
  let failed = false;
  try {
    values = await provider(db, scope, year, calendar.beijingDate(now));
  } catch (err) {
    // one capability's failure does not take the cockpit down: its figures say so and stay stale, to be retried
    console.error(`[${now.toISOString()}] 指标计算失败(${capability} ${year}) ${describeForLog(err)}`);
    failed = true;
    values = new Map(figures.map((f) => [f.key, reports.missingValue(COMPUTE_FAILED)]));
  }
  for (const f of figures) {
    const v = values.get(f.key) ?? reports.missingValue("该指标尚无计算来源");
    const ok = v.status === "ok";
    await db
      .update(reportFigureValue)
      .set({
        status: v.status,
        value: ok ? v.value : null,
        numerator: ok ? v.numerator : null,
        denominator: ok ? v.denominator : null,
        missing: ok ? null : v.missing,
        stale: failed,
        computedAt: now,
      })
      .where(
        and(
          eq(reportFigureValue.regionCode, scope.regionCode),
          eq(reportFigureValue.scopeKey, scopeKey),
          eq(reportFigureValue.year, year),
          eq(reportFigureValue.figureKey, f.key),
          // a write that marked the row since we read it wins: the row stays stale
          sql`${reportFigureValue.generation} = ${generations.get(f.key) ?? 0}`,
        ),
      );
  }
}
