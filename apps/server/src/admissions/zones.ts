/**
 * Catchment zones (学区): list (with the capacity check for a school year), create, update, delete, and the zone of
 * an address. 招生办 edits county-wide; leadership and sections read; a school sees the zones it serves.
 */
import { admissions, type auth, registry } from "@edubureau/core";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import { schoolScopeCondition } from "../auth/scopeCondition";
import type { Db } from "../db/client";
import { badRequest, forbidden, notFound } from "../http/errors";
import { enrollment, person, school, schoolClass, student } from "../registry/tables";
import type { CommandContext } from "./commands";
import { catchmentZone } from "./tables";

type ZoneRow = typeof catchmentZone.$inferSelect;

const STAGE_KINDS: Record<admissions.ZoneStage, string[]> = {
  primary: ["primary", "teaching_point", "nine_year", "twelve_year"],
  junior: ["junior", "nine_year", "complete_secondary", "twelve_year"],
};
const ENTRY_GRADE: Record<admissions.ZoneStage, number> = { primary: 1, junior: 7 };

function zoneCondition(scope: ReadableScope) {
  return schoolScopeCondition(scope, {
    regionCode: catchmentZone.regionCode,
    schoolId: (schoolId) => sql`${catchmentZone.schoolIds} @> ${JSON.stringify([schoolId])}::jsonb`,
  });
}

const toCore = (z: ZoneRow): admissions.CatchmentZone => ({
  id: z.id,
  name: z.name,
  stage: z.stage as admissions.ZoneStage,
  units: z.units,
  schoolIds: z.schoolIds,
});

async function zonesInScope(db: Db, scope: ReadableScope): Promise<ZoneRow[]> {
  return db
    .select()
    .from(catchmentZone)
    .where(zoneCondition(scope))
    .orderBy(asc(catchmentZone.stage), asc(catchmentZone.name));
}

/**
 * Zones in scope with their schools and, for a school year's intake, the check of children against places:
 * children = register records born in the entry cohort whose address names one of the zone's units and who are
 * enrolled somewhere in the county the year before (kindergarten 大班 for primary, grade 6 for junior); places =
 * each school's override, else its entry classes of the year before × the standard class size, shared equally
 * between the zones of a stage that list the same school.
 */
export async function listZones(db: Db, actor: auth.Actor | null, schoolYear: number) {
  const scope = scopeOf(actor, "admissions");
  const zones = await zonesInScope(db, scope);
  const schoolIds = [...new Set(zones.flatMap((z) => z.schoolIds))];
  const schools = schoolIds.length
    ? await db
        .select({ id: school.id, name: school.name, kind: school.kind })
        .from(school)
        .where(inArray(school.id, schoolIds))
    : [];
  const nameOf = new Map(schools.map((s) => [s.id, s.name]));
  const classes = schoolIds.length
    ? await db
        .select({ schoolId: schoolClass.schoolId, grade: schoolClass.grade, n: count() })
        .from(schoolClass)
        .where(and(inArray(schoolClass.schoolId, schoolIds), eq(schoolClass.schoolYear, schoolYear - 1)))
        .groupBy(schoolClass.schoolId, schoolClass.grade)
    : [];
  const classesOf = (schoolId: string, grade: number) =>
    classes.find((c) => c.schoolId === schoolId && c.grade === grade)?.n ?? 0;
  const sharing = new Map<string, number>();
  for (const z of zones)
    for (const id of z.schoolIds) sharing.set(`${z.stage}|${id}`, (sharing.get(`${z.stage}|${id}`) ?? 0) + 1);

  const rows = [];
  for (const z of zones) {
    const stage = z.stage as admissions.ZoneStage;
    const cohort = admissions.entryCohort(stage, schoolYear);
    const patterns = z.units.map((u) => `%${u.replace(/[%_\\]/g, "")}%`);
    const [children] = patterns.length
      ? await db
          .select({ n: sql<number>`count(distinct ${student.id})::int` })
          .from(student)
          .innerJoin(person, eq(person.id, student.personId))
          .innerJoin(enrollment, eq(enrollment.studentId, student.id))
          .where(
            and(
              eq(student.regionCode, z.regionCode),
              sql`${person.birthDate} between ${cohort.from} and ${cohort.to}`,
              sql`${student.address} like any (array[${sql.join(
                patterns.map((p) => sql`${p}`),
                sql`, `,
              )}]::text[])`,
              eq(enrollment.schoolYear, schoolYear - 1),
              eq(enrollment.status, "enrolled"),
            ),
          )
      : [{ n: 0 }];
    const standard = registry.standardClassSize(stage) ?? 45;
    const schoolsOfZone = z.schoolIds.map((id) => {
      const own = z.places[id] ?? classesOf(id, ENTRY_GRADE[stage]) * standard;
      const share = z.places[id] !== undefined ? own : Math.floor(own / (sharing.get(`${stage}|${id}`) ?? 1));
      return { id, name: nameOf.get(id) ?? "(已不存在的学校)", places: share, override: z.places[id] !== undefined };
    });
    const places = schoolsOfZone.reduce((a, s) => a + s.places, 0);
    rows.push({
      id: z.id,
      name: z.name,
      stage,
      units: z.units,
      schools: schoolsOfZone,
      cohort,
      ...admissions.zoneCapacity(children?.n ?? 0, places),
    });
  }
  return { schoolYear, rows, problems: admissions.zoneProblems(zones.map(toCore)) };
}

/** The zones of an address (the most specific unit of each stage), with their schools' names. */
export async function lookupAddress(db: Db, actor: auth.Actor | null, address: string) {
  const scope = scopeOf(actor, "admissions");
  const zones = await zonesInScope(db, scope);
  const found = admissions.zonesForAddress(zones.map(toCore), address);
  const ids = [...new Set(found.flatMap((z) => z.schoolIds))];
  const names = ids.length
    ? new Map(
        (await db.select({ id: school.id, name: school.name }).from(school).where(inArray(school.id, ids))).map((s) => [
          s.id,
          s.name,
        ]),
      )
    : new Map<string, string>();
  return found.map((z) => ({
    id: z.id,
    name: z.name,
    stage: z.stage,
    units: z.units.filter((u) => address.replace(/\s+/g, "").includes(u)),
    schools: z.schoolIds.map((id) => ({ id, name: names.get(id) ?? "" })),
  }));
}

export interface ZoneProps {
  name: string;
  stage: admissions.ZoneStage;
  units: string[];
  schoolIds: string[];
  places: Record<string, number>;
}

function writerScope(actor: auth.Actor | null) {
  const a = authorize(actor, "write", "admissions");
  const scope = scopeOf(a, "admissions");
  if (scope.kind !== "county") throw forbidden("admissions.drawZones");
  return { a, scope };
}

/** Creates (id null) or updates a zone; its schools must be open schools of the county teaching the stage. */
export async function saveZone(
  db: Db,
  actor: auth.Actor | null,
  id: string | null,
  props: ZoneProps,
  ctx: CommandContext,
) {
  const { a, scope } = writerScope(actor);
  const units = [...new Set(props.units.map((u) => u.trim()).filter(Boolean))];
  const schoolIds = [...new Set(props.schoolIds)];
  return db.transaction(async (tx) => {
    const before = id
      ? (
          await tx
            .select()
            .from(catchmentZone)
            .where(and(eq(catchmentZone.id, id), zoneCondition(scope)))
            .limit(1)
        )[0]
      : undefined;
    if (id && !before) throw notFound("学区");
    const schools = schoolIds.length
      ? await tx
          .select({ id: school.id, name: school.name, kind: school.kind })
          .from(school)
          .where(and(inArray(school.id, schoolIds), eq(school.regionCode, scope.regionCode), eq(school.status, "open")))
      : [];
    const problems: admissions.Problem[] = [];
    for (const [i, sid] of schoolIds.entries()) {
      const s = schools.find((x) => x.id === sid);
      if (!s) problems.push({ field: `schoolIds.${i}`, message: "对口学校不存在或已撤并" });
      else if (!STAGE_KINDS[props.stage].includes(s.kind)) {
        problems.push({
          field: `schoolIds.${i}`,
          message: `${s.name}没有${admissions.zoneStageLabels[props.stage]}学段`,
        });
      }
    }
    for (const [sid, n] of Object.entries(props.places)) {
      if (!schoolIds.includes(sid)) problems.push({ field: "places", message: "学位数只能填写本学区对口学校的" });
      if (!Number.isInteger(n) || n < 0) problems.push({ field: "places", message: "学位数应为非负整数" });
    }
    const others = (await zonesInScope(tx, scope)).filter((z) => z.id !== id).map(toCore);
    const mine: admissions.CatchmentZone = {
      id: id ?? "new",
      name: props.name.trim(),
      stage: props.stage,
      units,
      schoolIds,
    };
    problems.push(...admissions.zoneProblems([...others, mine]).filter((p) => p.message.includes(`“${mine.name}”`)));
    if (problems.length > 0) throw badRequest("INVALID_ZONE", problems[0]?.message ?? "学区设置有误", problems);
    const values = { name: mine.name, stage: props.stage, units, schoolIds, places: props.places, updatedAt: ctx.now };
    const [saved] = id
      ? await tx.update(catchmentZone).set(values).where(eq(catchmentZone.id, id)).returning()
      : await tx
          .insert(catchmentZone)
          .values({ ...values, regionCode: a.regionCode, createdBy: a.userId, createdAt: ctx.now })
          .returning();
    if (!saved) throw new Error("zone write returned no row");
    await recordAudit(tx, {
      actor: a,
      action: id ? "admissions.zone.update" : "admissions.zone.create",
      targetType: "catchment_zone",
      targetId: saved.id,
      before,
      after: saved,
      details: { name: saved.name, stage: saved.stage, units: units.length, schools: schoolIds.length },
      ip: ctx.ip,
      at: ctx.now,
    });
    return saved;
  });
}

/** Deletes a zone (招生办). */
export async function deleteZone(db: Db, actor: auth.Actor | null, id: string, ctx: CommandContext): Promise<void> {
  const { a, scope } = writerScope(actor);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(catchmentZone)
      .where(and(eq(catchmentZone.id, id), zoneCondition(scope)))
      .limit(1);
    if (!before) throw notFound("学区");
    await tx.delete(catchmentZone).where(eq(catchmentZone.id, id));
    await recordAudit(tx, {
      actor: a,
      action: "admissions.zone.delete",
      targetType: "catchment_zone",
      targetId: id,
      before,
      details: { name: before.name },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}
