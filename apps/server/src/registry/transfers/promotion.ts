/**
 * Year-end promotion (升级与毕业), a county act: the register's section (基础教育股) runs it for every school at once,
 * for the county's current school year Y, on or after the promotion date the county set (core's
 * registry.promotionRefusal). A preview first (a school administrator previews its own school); the commit carries
 * the preview's totals as its confirmation. Loads year Y, plans with core's registry.promotionPlan, writes year Y+1
 * in one transaction (classes, enrollment rows, graduates) and moves the county's current year to Y+1.
 */
import { randomUUID } from "node:crypto";
import { type auth, calendar, registry } from "@edubureau/core";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/store";
import { authorize, scopeOf } from "../../auth/authorize";
import { schoolScopeCondition } from "../../auth/scopeCondition";
import { insertAll } from "../../db/bulkInsert";
import type { Db } from "../../db/client";
import { AppError, conflict, notFound } from "../../http/errors";
import { isRegistrySection, type RegistrySettings, settingsOf, writeSettings } from "../settings";
import { enrollment, promotionRequest, school, schoolClass } from "../tables";
import type { CommandContext } from "./commands";

interface SchoolInfo {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
}

interface SchoolPlan {
  school: SchoolInfo;
  done: boolean;
  plan: registry.PromotionPlan;
  /** year-Y enrollment rows by student (for graduates' row ids and the audit digest) */
  rows: Map<string, { id: string; grade: number; status: string; classId: string | null }>;
  /** year-Y+1 classes that exist already, by "grade:number" */
  existingClasses: Map<string, string>;
}

/**
 * The schools a preview covers: a school administrator's own school; for the county section the school given, or
 * every school with enrollment rows in year Y. `single` says one school was asked for. The commit always covers the
 * county (no school given).
 */
async function schoolsFor(db: Db, a: auth.Actor, fromYear: number, schoolId?: string) {
  const scope = scopeOf(a, "registry");
  if (scope.kind !== "county" && schoolId && schoolId !== scope.schoolId) throw notFound("学校");
  const only = scope.kind === "county" ? schoolId : scope.schoolId;
  const schools = await db
    .select({ id: school.id, name: school.name, kind: school.kind, regionCode: school.regionCode })
    .from(school)
    .where(
      and(
        schoolScopeCondition(scope, { regionCode: school.regionCode, schoolId: school.id }),
        only
          ? eq(school.id, only)
          : sql`exists (select 1 from ${enrollment} where ${enrollment.schoolId} = ${school.id}
              and ${enrollment.schoolYear} = ${fromYear})`,
      ),
    )
    .orderBy(asc(school.code));
  if (only && schools.length === 0) throw notFound("学校");
  return { actor: a, schools, single: only !== undefined };
}

/**
 * Loads year Y of the schools and plans each one. With `lock`, the year-Y rows are held (FOR SHARE) until the
 * transaction ends, so a transfer cannot move a student between the plan and the write.
 */
async function planSchools(db: Db, schools: SchoolInfo[], fromYear: number, lock = false): Promise<SchoolPlan[]> {
  if (schools.length === 0) return [];
  const ids = schools.map((s) => s.id);
  const toYear = fromYear + 1;
  const query = db
    .select({
      id: enrollment.id,
      schoolId: enrollment.schoolId,
      studentId: enrollment.studentId,
      grade: enrollment.grade,
      status: enrollment.status,
      classId: enrollment.classId,
      classNumber: schoolClass.number,
      placedNextYear: sql<boolean>`exists (select 1 from ${enrollment} n
        where n.student_id = ${enrollment.studentId} and n.school_year = ${toYear})`,
      promotedHere: sql<boolean>`exists (select 1 from ${enrollment} n
        where n.student_id = ${enrollment.studentId} and n.school_year = ${toYear}
          and n.school_id = ${enrollment.schoolId})`,
    })
    .from(enrollment)
    .leftJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
    .where(and(inArray(enrollment.schoolId, ids), eq(enrollment.schoolYear, fromYear)));
  const rows = await (lock ? query.for("share", { of: enrollment }) : query);
  const classes = await db
    .select({
      id: schoolClass.id,
      schoolId: schoolClass.schoolId,
      grade: schoolClass.grade,
      number: schoolClass.number,
    })
    .from(schoolClass)
    .where(and(inArray(schoolClass.schoolId, ids), eq(schoolClass.schoolYear, toYear)));

  return schools.map((s) => {
    const mine = rows.filter((r) => r.schoolId === s.id);
    const existing = classes.filter((c) => c.schoolId === s.id);
    // Done: a student of year Y already has a year-Y+1 row here, or graduates of year Y are marked.
    const done = mine.some((r) => r.promotedHere || r.status === "graduated");
    const plan = registry.promotionPlan({
      schoolKind: s.kind,
      fromYear,
      students: mine.map((r) => ({
        studentId: r.studentId,
        grade: r.grade,
        classNumber: r.classNumber,
        status: r.status,
        placedNextYear: r.placedNextYear,
      })),
      existingClasses: existing,
    });
    return {
      school: s,
      done,
      plan,
      rows: new Map(mine.map((r) => [r.studentId, { id: r.id, grade: r.grade, status: r.status, classId: r.classId }])),
      existingClasses: new Map(existing.map((c) => [`${c.grade}:${c.number}`, c.id])),
    };
  });
}

/** A school's request (申请升级) as the preview shows it. */
interface PresentedRequest {
  id: string;
  requestedAt: string;
  note: string | null;
  /** pending | confirmed (by the county's promotion) */
  status: string;
}

/** The requests for the promotion of `year` of the given schools, by school id. */
async function requestsOf(db: Db, schoolIds: string[], year: number): Promise<Map<string, PresentedRequest>> {
  if (schoolIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: promotionRequest.id,
      schoolId: promotionRequest.schoolId,
      createdAt: promotionRequest.createdAt,
      note: promotionRequest.note,
      status: promotionRequest.status,
    })
    .from(promotionRequest)
    .where(and(inArray(promotionRequest.schoolId, schoolIds), eq(promotionRequest.schoolYear, year)));
  return new Map(
    rows.map((r) => [r.schoolId, { id: r.id, requestedAt: r.createdAt.toISOString(), note: r.note, status: r.status }]),
  );
}

const doneMessage = (name: string, fromYear: number) =>
  `${name}${registry.schoolYearLabel(fromYear)}的升级已完成,不能重复操作`;

/** The preview of one school: counts by grade, classes to create, skipped rows, problems. */
function presentPlan({ school: s, done, plan }: SchoolPlan) {
  const skipped = plan.skipped.length;
  return {
    schoolId: s.id,
    schoolName: s.name,
    schoolKind: s.kind,
    schoolKindLabel: registry.schoolKind.labels[s.kind as registry.SchoolKind] ?? s.kind,
    done,
    promote: done ? 0 : plan.promote.length,
    graduate: done ? 0 : plan.graduate.length,
    classesToCreate: done ? 0 : plan.classesToCreate.length,
    skipped: done ? 0 : skipped,
    skippedByReason: done ? [] : registry.skippedByReason(plan),
    grades: done ? [] : plan.byGrade,
    problems: done ? [] : plan.problems,
  };
}

const COUNTY_ONLY = {
  code: "PROMOTION_COUNTY_ONLY",
  message: "学年升级由教育局基础教育股在全县升级日期统一办理,学校不能自行升级;如需提前或有疑问,请联系基础教育股",
} as const;

/** Why the county's promotion of `fromYear` cannot run today for this actor, or null when it can. */
function refusalOf(a: auth.Actor, settings: RegistrySettings, fromYear: number, today: string) {
  if (!isRegistrySection(a)) return COUNTY_ONLY;
  return registry.promotionRefusal({
    today,
    currentYear: settings.currentSchoolYear,
    fromYear,
    promotionDate: settings.promotionDate,
  });
}

/**
 * What a promotion from `fromYear` (by default the county's current year) would do, per school and grade, with the
 * county's schedule: the current year, the promotion date, and whether the caller may run it now (and if not, why).
 * One school (a school administrator's, or the one the county section names) answers 409 when it is done already;
 * the county view lists done schools as such.
 */
export async function promotionPreview(
  db: Db,
  actor: auth.Actor | null,
  props: { fromYear?: number; schoolId?: string },
  now: Date,
) {
  const a = authorize(actor, "write", "registry");
  const settings = await settingsOf(db, a.regionCode, now);
  const fromYear = props.fromYear ?? settings.currentSchoolYear;
  const { schools, single } = await schoolsFor(db, a, fromYear, props.schoolId);
  const plans = await planSchools(db, schools, fromYear);
  const first = plans[0];
  if (single && first?.done) throw conflict("PROMOTION_DONE", doneMessage(first.school.name, fromYear));
  const requests = await requestsOf(
    db,
    schools.map((s) => s.id),
    fromYear,
  );
  const presented = plans.map((p) => ({ ...presentPlan(p), request: requests.get(p.school.id) ?? null }));
  const sum = (f: (p: (typeof presented)[number]) => number) => presented.reduce((n, p) => n + f(p), 0);
  const refusal = refusalOf(a, settings, fromYear, calendar.beijingDate(now));
  // a school administrator may ask for its school's promotion of the current year, once, while it is not done
  const canRequest =
    a.role === "school_admin" &&
    fromYear === settings.currentSchoolYear &&
    presented.length === 1 &&
    presented[0]?.request === null &&
    presented[0]?.done === false;
  return {
    fromYear,
    toYear: fromYear + 1,
    currentSchoolYear: settings.currentSchoolYear,
    promotionDate: settings.promotionDate,
    /** the caller may run this promotion now (the county's, on or after the date); `refusal` says why not */
    canPromote: refusal === null,
    refusal,
    canRequest,
    schools: presented,
    totals: {
      promote: sum((p) => p.promote),
      graduate: sum((p) => p.graduate),
      classesToCreate: sum((p) => p.classesToCreate),
      skipped: sum((p) => p.skipped),
    },
  };
}

/**
 * Promotes the county from `fromYear` to the next year in one transaction: creates the classes (same number,
 * grade + 1), enrolls promoted students (enteredOn = 1 September), marks graduates (leftOn = 1 July), one audit row
 * per school, and moves the county's current school year to the next one (clearing the promotion date, audited).
 * The register's section only (403 otherwise), for the county's current year on or after its promotion date (409
 * otherwise). `confirm` holds the totals of the preview the user confirmed: when the register changed since, 409
 * and nothing is written. Refuses (409) when the schools are done already or any enrolled student cannot be placed.
 */
export async function commitPromotion(
  db: Db,
  actor: auth.Actor | null,
  props: { fromYear: number; schoolId?: string; confirm?: { promote: number; graduate: number } },
  ctx: CommandContext,
) {
  const { fromYear } = props;
  const a = authorize(actor, "write", "registry");
  if (!isRegistrySection(a)) {
    throw new AppError(403, COUNTY_ONLY.code, COUNTY_ONLY.message);
  }
  if (props.schoolId !== undefined) {
    throw conflict("PROMOTION_COUNTY_ONLY", "学年升级全县统一办理,不能只升级一所学校;请去掉学校后预览全县并确认");
  }
  const toYear = fromYear + 1;
  const current = registry.schoolYearOf(calendar.beijingDate(ctx.now));
  if (fromYear > current) {
    // a year that has not begun has no rolls to promote; promoting it would run the register ahead of the calendar
    throw conflict(
      "PROMOTION_TOO_EARLY",
      `${registry.schoolYearLabel(fromYear)}尚未开始,只能办理${registry.schoolYearLabel(current)}及以前学年的升级`,
    );
  }
  return db.transaction(async (tx) => {
    // one county promotion at a time: the second waits, then finds the current year moved and is refused
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`promotion:${a.regionCode}`}))`);
    const settings = await settingsOf(tx, a.regionCode, ctx.now);
    const refusal = refusalOf(a, settings, fromYear, calendar.beijingDate(ctx.now));
    if (refusal) throw conflict(refusal.code, refusal.message);
    const confirmed = props.confirm;
    if (!confirmed) {
      throw new AppError(
        400,
        "PROMOTION_UNCONFIRMED",
        "请先预览全县升级,核对人数后再确认执行(确认须附上预览的升级、毕业人数)",
      );
    }
    const { schools } = await schoolsFor(tx, a, fromYear);
    for (const s of [...schools].sort((x, y) => x.id.localeCompare(y.id))) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`promotion:${s.id}`}))`);
    }
    const plans = await planSchools(tx, schools, fromYear, true);
    const todo = plans.filter((p) => !p.done && (p.plan.promote.length > 0 || p.plan.graduate.length > 0));
    if (todo.length === 0) {
      const allDone = plans.length > 0 && plans.every((p) => p.done);
      throw allDone
        ? conflict("PROMOTION_DONE", `${registry.schoolYearLabel(fromYear)}的升级已完成,不能重复操作`)
        : conflict("NOTHING_TO_PROMOTE", `${registry.schoolYearLabel(fromYear)}没有可升级或毕业的在读学生`);
    }
    const blocked = todo.flatMap((p) => p.plan.problems.map((x) => ({ schoolName: p.school.name, ...x })));
    if (blocked.length > 0) {
      const message = "有学生所在年级不是本校开设的年级,请先更正后再升级";
      throw new AppError(409, "PROMOTION_BLOCKED", message, blocked);
    }

    const promote = todo.reduce((n, p) => n + p.plan.promote.length, 0);
    const graduate = todo.reduce((n, p) => n + p.plan.graduate.length, 0);
    if (promote !== confirmed.promote || graduate !== confirmed.graduate) {
      throw conflict(
        "PROMOTION_CHANGED",
        `预览之后学籍有变动(确认时:升级 ${confirmed.promote} 人、毕业 ${confirmed.graduate} 人;现在:升级 ${promote} 人、毕业 ${graduate} 人),请重新预览并确认`,
      );
    }

    const results = [];
    for (const p of todo) results.push(await promoteSchool(tx, a, p, toYear, ctx));
    const next = { ...settings, currentSchoolYear: toYear, promotionDate: null };
    await writeSettings(tx, a, settings, next, ctx, "registry.promotion.current_year");
    // the schools' requests (申请升级) of this year are confirmed by the county's promotion
    await tx
      .update(promotionRequest)
      .set({ status: "confirmed", confirmedBy: a.userId, confirmedAt: ctx.now, updatedAt: ctx.now })
      .where(
        and(
          eq(promotionRequest.regionCode, a.regionCode),
          eq(promotionRequest.schoolYear, fromYear),
          eq(promotionRequest.status, "pending"),
        ),
      );
    return {
      fromYear,
      toYear,
      schools: results,
      totals: {
        promoted: results.reduce((n, r) => n + r.promoted, 0),
        graduated: results.reduce((n, r) => n + r.graduated, 0),
        classesCreated: results.reduce((n, r) => n + r.classesCreated, 0),
      },
    };
  });
}

/** Writes one school's plan and its audit row. */
async function promoteSchool(tx: Db, a: auth.Actor, p: SchoolPlan, toYear: number, ctx: CommandContext) {
  const { school: s, plan } = p;
  const classIds = new Map(p.existingClasses);
  const newClasses = plan.classesToCreate.map((c) => {
    const id = randomUUID();
    classIds.set(`${c.grade}:${c.number}`, id);
    return { id, regionCode: s.regionCode, schoolId: s.id, schoolYear: toYear, ...c };
  });
  await insertAll(tx, schoolClass, newClasses);
  const enteredOn = `${toYear}-09-01`;
  const newRows = plan.promote.map((st) => ({
    regionCode: s.regionCode,
    schoolId: s.id,
    schoolYear: toYear,
    studentId: st.studentId,
    classId: st.classNumber === null ? null : (classIds.get(`${st.toGrade}:${st.classNumber}`) ?? null),
    grade: st.toGrade,
    status: "enrolled",
    enteredOn,
  }));
  await insertAll(tx, enrollment, newRows);
  const graduateRowIds = plan.graduate.map((g) => p.rows.get(g.studentId)?.id).filter((id) => id !== undefined);
  if (graduateRowIds.length > 0) {
    await tx
      .update(enrollment)
      .set({ status: "graduated", leftOn: `${toYear}-07-01` })
      .where(sql`${enrollment.id} = any(${sql.param(graduateRowIds)}::uuid[])`);
  }
  const summary = {
    promoted: newRows.length,
    graduated: graduateRowIds.length,
    classesCreated: newClasses.length,
    skipped: plan.skipped.length,
  };
  await recordAudit(tx, {
    actor: a,
    action: "registry.promotion",
    targetType: "school",
    targetId: s.id,
    before: [...p.rows.values()].sort((x, y) => x.id.localeCompare(y.id)),
    after: { classes: newClasses, enrollments: newRows, graduated: graduateRowIds },
    details: { fromYear: plan.fromYear, toYear, ...summary },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { schoolId: s.id, schoolName: s.name, ...summary };
}

/**
 * A school administrator's request for the county's promotion of the current year (申请升级): recorded once per
 * school and year, audited, and shown to 基础教育股 in the county's preview; the county's promotion confirms it.
 *
 * @throws AppError 403 for anyone but a school administrator; 409 when the school asked already or is promoted
 */
export async function requestPromotion(
  db: Db,
  actor: auth.Actor | null,
  input: { note?: string },
  ctx: CommandContext,
): Promise<PresentedRequest & { schoolYear: number }> {
  const a = authorize(actor, "write", "registry");
  if (a.role !== "school_admin" || !a.schoolId) {
    throw new AppError(
      403,
      "PROMOTION_REQUEST_SCHOOL_ONLY",
      "申请升级由学校管理员提交;基础教育股在本页直接执行全县升级",
    );
  }
  const schoolId = a.schoolId;
  const settings = await settingsOf(db, a.regionCode, ctx.now);
  const year = settings.currentSchoolYear;
  return db.transaction(async (tx) => {
    const { schools } = await schoolsFor(tx, a, year);
    const [plan] = await planSchools(tx, schools, year);
    if (plan?.done) throw conflict("PROMOTION_DONE", doneMessage(plan.school.name, year));
    const [row] = await tx
      .insert(promotionRequest)
      .values({
        regionCode: a.regionCode,
        schoolId,
        schoolYear: year,
        note: input.note?.trim() || null,
        requestedBy: a.userId,
        status: "pending",
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const [existing] = (await requestsOf(tx, [schoolId], year)).values();
      const on = existing ? calendar.chineseDate(calendar.beijingDate(new Date(existing.requestedAt))) : "此前";
      throw conflict(
        "PROMOTION_REQUESTED",
        `本校已于${on}申请${registry.schoolYearLabel(year)}升级,请等待基础教育股在全县升级日期统一办理`,
      );
    }
    await recordAudit(tx, {
      actor: a,
      action: "registry.promotion.request",
      targetType: "promotion_request",
      targetId: row.id,
      after: row,
      details: { schoolId, schoolYear: year },
      ip: ctx.ip,
      at: ctx.now,
    });
    return {
      id: row.id,
      schoolYear: year,
      requestedAt: row.createdAt.toISOString(),
      note: row.note,
      status: row.status,
    };
  });
}
