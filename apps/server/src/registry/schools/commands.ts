import { type auth, calendar } from "@edubureau/core";
import { and, eq, ne } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import type { Db } from "../../db/client";
import { badRequest, conflict, notFound } from "../../http/errors";
import { school, schoolCondition, schoolEvent } from "../tables";

type SchoolRow = typeof school.$inferSelect;
type Ctx = { now: Date; ip: string };

/** The school within the writer's scope, or 404. */
async function schoolForWrite(db: Db, actor: auth.Actor, schoolId: string): Promise<SchoolRow> {
  const scope = scopeOf(actor, "registry");
  const [found] = await db
    .select()
    .from(school)
    .where(
      and(eq(school.id, schoolId), schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id })),
    );
  if (!found) throw notFound("学校");
  return found;
}

export type SchoolFields = Pick<
  SchoolRow,
  "code" | "name" | "kind" | "locality" | "ownership" | "address" | "principal" | "phone" | "latitude" | "longitude"
> & { openedOn: string | null };

/** Adds a school to the county register (基础教育股 only: a school cannot create schools). */
export async function createSchool(db: Db, actor: auth.Actor | null, input: SchoolFields, ctx: Ctx) {
  const a = authorize(actor, "write", "registry");
  if (a.role !== "section") throw badRequest("COUNTY_ONLY", "新增学校须由教育局基础教育股办理");
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: school.id }).from(school).where(eq(school.code, input.code));
    if (taken) throw conflict("SCHOOL_CODE_TAKEN", `学校标识码 ${input.code} 已被使用`);
    const [created] = await tx
      .insert(school)
      .values({ ...input, regionCode: a.regionCode, status: "open", createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await tx.insert(schoolEvent).values({
      regionCode: a.regionCode,
      schoolId: created!.id,
      on: input.openedOn ?? calendar.beijingDate(ctx.now),
      kind: "opened",
      note: `登记:${input.name}`,
    });
    await recordAudit(tx, {
      actor: a,
      action: "registry.school_create",
      targetType: "school",
      targetId: created!.id,
      after: created,
      ip: ctx.ip,
      at: ctx.now,
    });
    return created!;
  });
}

/** Edits a school's contact and descriptive fields. Name, address and status change through events (history). */
export async function updateSchool(
  db: Db,
  actor: auth.Actor | null,
  schoolId: string,
  input: Partial<Pick<SchoolRow, "principal" | "phone" | "latitude" | "longitude" | "locality" | "ownership">>,
  ctx: Ctx,
) {
  const a = authorize(actor, "write", "registry");
  const before = await schoolForWrite(db, a, schoolId);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(school)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(school.id, schoolId))
      .returning();
    await recordAudit(tx, {
      actor: a,
      action: "registry.school_update",
      targetType: "school",
      targetId: schoolId,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
    return after!;
  });
}

export type SchoolEventInput =
  | { kind: "renamed"; on: string; newName: string; note?: string }
  | { kind: "relocated"; on: string; newAddress: string; note?: string }
  | { kind: "merged"; on: string; intoSchoolId: string; note?: string }
  | { kind: "closed"; on: string; note?: string };

/**
 * Records a change in a school's history and applies it: renaming, relocation (搬迁), merging into another
 * school (合并) or closure (撤销). Merged and closed schools keep their records; they leave the open lists.
 */
export async function recordSchoolEvent(
  db: Db,
  actor: auth.Actor | null,
  schoolId: string,
  event: SchoolEventInput,
  ctx: Ctx,
) {
  const a = authorize(actor, "write", "registry");
  if (a.role !== "section") throw badRequest("COUNTY_ONLY", "学校更名、搬迁、合并、撤销须由教育局基础教育股办理");
  const before = await schoolForWrite(db, a, schoolId);
  if (before.status !== "open") throw conflict("SCHOOL_NOT_OPEN", "该校已合并或撤销,不能再登记变更");
  const change: Partial<SchoolRow> =
    event.kind === "renamed"
      ? { name: event.newName }
      : event.kind === "relocated"
        ? { address: event.newAddress }
        : event.kind === "merged"
          ? { status: "merged", mergedIntoId: event.intoSchoolId, closedOn: event.on }
          : { status: "closed", closedOn: event.on };
  if (event.kind === "merged") {
    const [target] = await db
      .select({ id: school.id })
      .from(school)
      .where(and(eq(school.id, event.intoSchoolId), ne(school.id, schoolId), eq(school.status, "open")));
    if (!target) {
      throw badRequest("INVALID_EVENT", "变更信息有误", [
        { field: "intoSchoolId", message: "并入学校不存在、已撤销或与本校相同" },
      ]);
    }
  }
  const note =
    event.note ??
    (event.kind === "renamed"
      ? `由“${before.name}”更名为“${event.newName}”`
      : event.kind === "relocated"
        ? `由“${before.address ?? "原址"}”迁至“${event.newAddress}”`
        : "");
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(school)
      .set({ ...change, updatedAt: ctx.now })
      .where(eq(school.id, schoolId))
      .returning();
    await tx.insert(schoolEvent).values({
      regionCode: a.regionCode,
      schoolId,
      on: event.on,
      kind: event.kind,
      note,
      otherSchoolId: event.kind === "merged" ? event.intoSchoolId : null,
    });
    await recordAudit(tx, {
      actor: a,
      action: `registry.school_${event.kind}`,
      targetType: "school",
      targetId: schoolId,
      before,
      after,
      ip: ctx.ip,
      at: ctx.now,
    });
    return after!;
  });
}

export type ConditionFields = Omit<
  typeof schoolCondition.$inferInsert,
  "id" | "regionCode" | "schoolId" | "schoolYear" | "createdAt" | "updatedAt"
>;

/**
 * Reports (填报) a school's conditions as of 1 September of a year, or corrects that year's report. One row per
 * school and year: other years are never touched, and a correction keeps the before/after digests in the audit log.
 */
export async function reportConditions(
  db: Db,
  actor: auth.Actor | null,
  schoolId: string,
  schoolYear: number,
  input: ConditionFields,
  ctx: Ctx & { reason?: string },
) {
  const a = authorize(actor, "write", "registry");
  const target = await schoolForWrite(db, a, schoolId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(schoolCondition)
      .where(and(eq(schoolCondition.schoolId, schoolId), eq(schoolCondition.schoolYear, schoolYear)));
    if (before && !ctx.reason) {
      throw badRequest("REASON_REQUIRED", "该学年已填报,更正须填写更正原因", [
        { field: "reason", message: "请填写更正原因" },
      ]);
    }
    const [after] = before
      ? await tx
          .update(schoolCondition)
          .set({ ...input, updatedAt: ctx.now })
          .where(eq(schoolCondition.id, before.id))
          .returning()
      : await tx
          .insert(schoolCondition)
          .values({
            ...input,
            regionCode: target.regionCode,
            schoolId,
            schoolYear,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning();
    await recordAudit(tx, {
      actor: a,
      action: before ? "registry.conditions_correct" : "registry.conditions_report",
      targetType: "school_condition",
      targetId: after!.id,
      reason: ctx.reason,
      before,
      after,
      details: { schoolId, schoolYear },
      ip: ctx.ip,
      at: ctx.now,
    });
    return after!;
  });
}
