/**
 * The year-end statistics check (统计数据核查) before the September statistics are reported: totals that must agree
 * across capabilities, year-on-year jumps beyond a settable ratio, values outside national norms (core's
 * `yearEndChecks`), each with what a clerk recorded: fixed, or explained.
 */
import { type auth, reports } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { forbidden, notFound } from "../http/errors";
import { agreementTotalsBySchool } from "../registry/reportsIntake";
import { schoolNames } from "../registry/store";
import type { CommandContext } from "./commands";
import { readFigures } from "./figures";
import { reportCheckResolution } from "./tables";

/** The default ratio beyond which a year-on-year change is listed (20 %). */
export const DEFAULT_JUMP_RATIO = 0.2;

/**
 * Totals that must agree in the September statistics: students placed in classes = students on roll, teachers by
 * post = teachers by subject; each with the schools whose two totals differ.
 */
async function totalsPairs(db: Db, scope: ReadableScope, year: number): Promise<reports.TotalsPair[]> {
  const t = await agreementTotalsBySchool(
    db,
    scope.regionCode,
    year,
    scope.kind === "county" ? undefined : scope.schoolId,
  );
  const names = await schoolNames(db, [...new Set([...t.students, ...t.staff].map((r) => r.schoolId))]);
  const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);
  return [
    {
      code: "registry.classPlacement",
      title: "班级学生数与在籍学生数",
      left: { label: "已分班学生", value: sum(t.students, (r) => r.inClasses) },
      right: { label: "在籍学生", value: sum(t.students, (r) => r.onRoll) },
      records: t.students
        .filter((r) => r.inClasses !== r.onRoll)
        .map((r) => ({
          id: r.schoolId,
          label: names.get(r.schoolId) ?? "",
          detail: `在籍${r.onRoll}人,已分班${r.inClasses}人,${r.onRoll - r.inClasses}人未分班`,
        })),
    },
    {
      code: "registry.staffPostSubject",
      title: "按岗位统计的专任教师数与按任教学科统计的教师数",
      left: { label: "专任教师岗位", value: sum(t.staff, (r) => r.byPost) },
      right: { label: "有任教学科的在岗教职工", value: sum(t.staff, (r) => r.bySubject) },
      records: t.staff
        .filter((r) => r.byPost !== r.bySubject)
        .map((r) => ({
          id: r.schoolId,
          label: names.get(r.schoolId) ?? "",
          detail: `专任教师${r.byPost}名,登记任教学科${r.bySubject}名:请为缺学科的专任教师补填学科,或核对非教学岗位登记的学科`,
        })),
    },
  ];
}

async function itemsOf(db: Db, scope: ReadableScope, year: number, jumpRatio: number, now: Date) {
  const table = await readFigures(db, scope, [year - 1, year], now);
  const figures = reports.figureCatalogue.map((def) => ({
    def,
    current: table.get(def.key)?.get(year) ?? reports.missingValue("尚未计算"),
    previous: table.get(def.key)?.get(year - 1) ?? null,
  }));
  const pairs = await totalsPairs(db, scope, year);
  return reports.yearEndChecks(figures, pairs, jumpRatio);
}

export async function checksOf(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  year: number,
  jumpRatio: number,
  now: Date,
) {
  const [items, resolutions] = await Promise.all([
    itemsOf(db, scope, year, jumpRatio, now),
    db
      .select()
      .from(reportCheckResolution)
      .where(and(eq(reportCheckResolution.regionCode, scope.regionCode), eq(reportCheckResolution.year, year))),
  ]);
  const byCode = new Map(resolutions.map((r) => [r.code, r]));
  return {
    year,
    jumpRatio,
    canResolve: scope.kind === "county" && reports.canResolveCheck(actor),
    items: items.map((i) => {
      const r = byCode.get(i.code);
      return {
        ...i,
        resolution: r ? { status: r.status, note: r.note, by: r.resolvedByName, at: r.updatedAt.toISOString() } : null,
      };
    }),
  };
}

/** Marks a check item fixed or explained, with a note. Audited. */
export async function resolveCheck(
  db: Db,
  actor: auth.Actor,
  scope: ReadableScope,
  props: { year: number; code: string; status: "fixed" | "explained"; note: string; jumpRatio: number },
  ctx: CommandContext,
) {
  if (scope.kind !== "county" || !reports.canResolveCheck(actor)) throw forbidden("reports.resolveCheck");
  const items = await itemsOf(db, scope, props.year, props.jumpRatio, ctx.now);
  if (!items.some((i) => i.code === props.code)) throw notFound("核查项");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportCheckResolution)
      .values({
        regionCode: scope.regionCode,
        year: props.year,
        code: props.code,
        status: props.status,
        note: props.note,
        resolvedBy: actor.userId,
        resolvedByName: actor.username,
      })
      .onConflictDoUpdate({
        target: [reportCheckResolution.regionCode, reportCheckResolution.year, reportCheckResolution.code],
        set: {
          status: props.status,
          note: props.note,
          resolvedBy: actor.userId,
          resolvedByName: actor.username,
          updatedAt: ctx.now,
        },
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: "reports.check.resolve",
      targetType: "report_check_resolution",
      targetId: row?.id,
      after: { status: props.status, note: props.note },
      details: { year: props.year, code: props.code },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
