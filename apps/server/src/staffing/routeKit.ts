/**
 * What the staffing route files share: the OpenAPI tag and write errors, the command context, the reader's scope
 * for aggregates and the workforce basis it reads, labels, the audited file download.
 */
import { type auth, calendar, staffing } from "@edubureau/core";
import type { Context } from "hono";
import { recordAudit } from "../audit/store";
import { type ReadableScope, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, forbidden } from "../http/errors";
import { contentDisposition } from "../http/openapi";
import { currentSchoolYear } from "../registry/settings";
import { regionName } from "../registry/staffingIntake";
import type { CommandContext } from "./commands";
import { loadBasis, type WorkforceBasis } from "./figures";

export const tags = ["教师队伍"];
export const writeErrors = { ...errorResponses, 409: { ...errorResponses[400], description: "状态冲突" } };

export type Vars = AppEnv["Variables"];
export const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());
export const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip, today: todayFor(v) });
export const label = (map: { labels: Record<string, string> }, code: string | null) =>
  code ? (map.labels[code] ?? code) : "";
export const roundingText = (r: staffing.Rounding) => staffing.roundingLabels[r];
export const ruleText = (k: number) => (k === 1 ? "“退一补一”" : k === 2 ? "“退二补一”" : `“退${k}补一”`);

/** The reader's scope for aggregates: the county or a school; a teacher reads only their own record (at /me). */
export function aggregateScope(actor: auth.Actor | null): ReadableScope {
  const scope = scopeOf(actor, "staffing");
  if (scope.kind === "classes") throw forbidden("read:staffing");
  return scope;
}

export async function yearOf(v: Vars, regionCode: string, asked?: number) {
  return asked ?? (await currentSchoolYear(v.deps.db, regionCode, v.deps.now()));
}

/** The scope narrowed to one school when a county reader asks for one. */
function narrowed(scope: ReadableScope, schoolId?: string): ReadableScope {
  return schoolId && scope.kind === "county" ? { kind: "school", regionCode: scope.regionCode, schoolId } : scope;
}

export async function basisFor(c: Context<AppEnv>, q: { schoolYear?: number; schoolId?: string }) {
  const scope = narrowed(aggregateScope(c.var.actor), q.schoolId);
  const schoolYear = await yearOf(c.var, scope.regionCode, q.schoolYear);
  return { scope, basis: await loadBasis(c.var.deps.db, scope, schoolYear) };
}

export const schoolName = (b: WorkforceBasis, id: string | null) => (id ? (b.schoolById.get(id)?.name ?? "") : "");

export async function countyName(c: Context<AppEnv>, regionCode: string) {
  return (await regionName(c.var.deps.db, regionCode)) ?? regionCode;
}

export function attachment(c: Context<AppEnv>, bytes: Uint8Array, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

/** Every export is audited: who took which table of which year. */
export async function auditExport(c: Context<AppEnv>, actor: auth.Actor, what: string, schoolYear: number) {
  await recordAudit(c.var.deps.db, {
    actor,
    action: `staffing.export.${what}`,
    targetType: "staffing_export",
    targetId: `${what}:${schoolYear}`,
    ip: c.var.ip,
    at: c.var.deps.now(),
  });
}
