/**
 * Draw event commands: create (from the register's intake, from a list, a lottery, a quota computation), freeze,
 * add a witness's contribution, run, confirm into the register, publish, re-run, delete a draft. Each runs in one
 * transaction with its audit row. A published event never changes.
 */
import { admissions, type auth, calendar } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import { AppError, badRequest, conflict, forbidden, notFound } from "../http/errors";
import {
  countySchool,
  detectMultiples,
  gradeClassPlacement,
  gradeIntake,
  juniorSchoolBases,
  type RegisterAttribute,
  registerAttributes,
  schoolTeachers,
  writeClassAssignments,
} from "../registry/admissionsIntake";
import {
  type AllocationSettings,
  inputDocument,
  inputProblems,
  type LotterySettings,
  type QuotaSettings,
} from "./documents";
import { type DrawEventRow, findEvent, lockEvent, nextEventCode } from "./store";
import {
  drawEvent,
  type RosterEntry,
  type SettledGradeOverrideRecord,
  type StoredContribution,
  type TeamEntry,
} from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

const PREFIX: Record<admissions.DrawKind, string> = { class_allocation: "YG", lottery: "YH", quota: "ZB" };

/** The writer's scope; a school administrator may only run their own school's class allocation. */
function writeScope(actor: auth.Actor | null, kind: admissions.DrawKind, schoolId: string | null): ReadableScope {
  const a = authorize(actor, "write", "admissions");
  const scope = scopeOf(a, "admissions");
  if (scope.kind === "county") return scope;
  if (kind !== "class_allocation")
    throw forbidden(kind === "lottery" ? "admissions.organiseLottery" : "admissions.organiseQuota");
  if (scope.kind === "school" && schoolId && schoolId !== scope.schoolId) throw notFound("学校");
  return scope;
}

const invalid = (problems: admissions.Problem[]) =>
  badRequest("INVALID_DRAW_INPUT", problems[0]?.message ?? "名单或参数有误", problems);

interface NewEvent {
  kind: admissions.DrawKind;
  schoolId: string | null;
  title: string;
  eventTime: Date;
  schoolYear: number | null;
  grade: number | null;
  source: "register" | "excel" | "manual";
  settings: Record<string, unknown>;
  roster: RosterEntry[];
  teams: TeamEntry[];
  rerunOfId?: string | null;
  rerunReason?: string | null;
}

async function insertEvent(tx: Db, a: auth.Actor, e: NewEvent, ctx: CommandContext): Promise<DrawEventRow> {
  const title = e.title.trim();
  if (!title) throw badRequest("VALIDATION_FAILED", "请填写活动名称", [{ field: "title", message: "请填写活动名称" }]);
  const year = Number(calendar.beijingDate(e.eventTime).slice(0, 4));
  const code = await nextEventCode(tx, PREFIX[e.kind], year);
  const doc = inputDocument({ ...e, title, code });
  const problems = inputProblems(doc);
  if (problems.length > 0) throw invalid(problems);
  const inputText = admissions.canonicalJson(doc);
  const [created] = await tx
    .insert(drawEvent)
    .values({
      regionCode: a.regionCode,
      schoolId: e.schoolId,
      code,
      kind: e.kind,
      title,
      status: "draft",
      algorithm: doc.algorithm,
      algorithmVersion: doc.version,
      eventTime: e.eventTime,
      schoolYear: e.schoolYear,
      grade: e.grade,
      source: e.source,
      settings: e.settings,
      roster: e.roster,
      teams: e.teams,
      inputText,
      inputDigest: admissions.digestOfText(inputText),
      contributions: [],
      rerunOfId: e.rerunOfId ?? null,
      rerunReason: e.rerunReason ?? null,
      createdBy: a.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  if (!created) throw new Error("insert returned no row");
  await recordAudit(tx, {
    actor: a,
    action: e.rerunOfId ? "admissions.event.rerun" : "admissions.event.create",
    targetType: "draw_event",
    targetId: created.id,
    reason: e.rerunReason ?? undefined,
    after: { code, inputDigest: created.inputDigest },
    details: { code, kind: e.kind, source: e.source, entries: e.roster.length, rerunOfId: e.rerunOfId ?? null },
    ip: ctx.ip,
    at: ctx.now,
  });
  return created;
}

const studentCode = (i: number) => `S${String(i + 1).padStart(4, "0")}`;
const applicantCode = (i: number) => `A${String(i + 1).padStart(5, "0")}`;

export interface AllocationFromRegisterProps {
  schoolId: string;
  schoolYear: number;
  grade: number;
  classes: number;
  title: string;
  eventTime: Date;
  /** register attributes to balance besides gender and special needs */
  balance: RegisterAttribute[];
  /** families' choices by detected group (F1, F2 …); "together" when not given */
  familyChoices: Record<string, "together" | "apart">;
  /** head teachers, one per class, or none */
  headTeacherIds: string[];
}

/**
 * Creates a class allocation from a grade's intake in the register: every enrolled student of the grade gets an
 * anonymized code (S0001 … in a stable order that says nothing about them), twins are found by birth date and
 * guardian phone, and the head teachers become teams T01 … in the order given.
 */
export async function createAllocationFromRegister(
  db: Db,
  actor: auth.Actor | null,
  props: AllocationFromRegisterProps,
  ctx: CommandContext,
): Promise<DrawEventRow> {
  writeScope(actor, "class_allocation", props.schoolId);
  const a = actor as auth.Actor;
  const found = await countySchool(db, a.regionCode, props.schoolId);
  if (!found) throw notFound("学校");
  const intake = await gradeIntake(db, props.schoolId, props.schoolYear, props.grade);
  if (intake.length === 0) {
    throw badRequest("EMPTY_INTAKE", "该校该年级在本学年没有在读学生:请先在学籍中登记新生,或改用 Excel 名单", [
      { field: "grade", message: "该年级没有在读学生" },
    ]);
  }
  const families = detectMultiples(intake);
  const teachers = await schoolTeachers(db, props.schoolId, props.schoolYear);
  const teacherById = new Map(teachers.map((t) => [t.staffId, t]));
  const teams: TeamEntry[] = props.headTeacherIds.map((id, i) => {
    const t = teacherById.get(id);
    if (!t) {
      throw badRequest("VALIDATION_FAILED", "班主任不是本校本学年在岗教师", [
        { field: `headTeacherIds.${i}`, message: `第 ${i + 1} 位班主任不是本校本学年在岗教师` },
      ]);
    }
    return { code: `T${String(i + 1).padStart(2, "0")}`, staffId: id, name: t.name };
  });
  if (new Set(props.headTeacherIds).size !== props.headTeacherIds.length) {
    throw badRequest("VALIDATION_FAILED", "同一位教师不能担任两个班的班主任", [
      { field: "headTeacherIds", message: "班主任重复" },
    ]);
  }
  const roster: RosterEntry[] = intake.map((s, i) => {
    const family = families.get(s.studentId) ?? null;
    return {
      code: studentCode(i),
      studentId: s.studentId,
      name: s.name,
      gender: s.gender,
      specialNeeds: s.specialNeeds,
      family,
      familyChoice: family ? (props.familyChoices[family] ?? "together") : null,
      attributes: Object.fromEntries(props.balance.map((b) => [b, registerAttributes[b](s)])),
    };
  });
  const settings: AllocationSettings = { classes: props.classes, balance: props.balance, scoreBalancing: false };
  return db.transaction((tx) =>
    insertEvent(
      tx,
      a,
      {
        kind: "class_allocation",
        schoolId: props.schoolId,
        title: props.title,
        eventTime: props.eventTime,
        schoolYear: props.schoolYear,
        grade: props.grade,
        source: "register",
        settings: settings as unknown as Record<string, unknown>,
        roster,
        teams,
      },
      ctx,
    ),
  );
}

export interface ListStudent {
  name: string;
  gender: "M" | "F";
  specialNeeds: boolean;
  family: string | null;
  familyChoice: "together" | "apart" | null;
  attributes: Record<string, string>;
  score: number | null;
}

export interface AllocationFromListProps {
  schoolId: string | null;
  title: string;
  eventTime: Date;
  classes: number;
  balance: string[];
  scoreBalancing: boolean;
  students: ListStudent[];
  /** names of the head teachers (teams), one per class, or none */
  headTeachers: string[];
}

/** Creates a class allocation from a list (an Excel file): codes S0001 … in the list's order. */
export async function createAllocationFromList(
  db: Db,
  actor: auth.Actor | null,
  props: AllocationFromListProps,
  ctx: CommandContext,
): Promise<DrawEventRow> {
  const scope = writeScope(actor, "class_allocation", props.schoolId);
  const a = actor as auth.Actor;
  const schoolId = scope.kind === "school" ? scope.schoolId : props.schoolId;
  if (schoolId && !(await countySchool(db, a.regionCode, schoolId))) throw notFound("学校");
  const roster: RosterEntry[] = props.students.map((s, i) => ({
    code: studentCode(i),
    studentId: null,
    name: s.name,
    gender: s.gender,
    specialNeeds: s.specialNeeds,
    family: s.family,
    familyChoice: s.family ? s.familyChoice : null,
    attributes: s.attributes,
    score: props.scoreBalancing ? s.score : null,
  }));
  const teams = props.headTeachers.map((name, i) => ({
    code: `T${String(i + 1).padStart(2, "0")}`,
    staffId: null,
    name,
  }));
  const settings: AllocationSettings = {
    classes: props.classes,
    balance: props.balance,
    scoreBalancing: props.scoreBalancing,
  };
  return db.transaction((tx) =>
    insertEvent(
      tx,
      a,
      {
        kind: "class_allocation",
        schoolId,
        title: props.title,
        eventTime: props.eventTime,
        schoolYear: null,
        grade: null,
        source: "excel",
        settings: settings as unknown as Record<string, unknown>,
        roster,
        teams,
      },
      ctx,
    ),
  );
}

export interface LotteryProps {
  title: string;
  eventTime: Date;
  places: number;
  tiers: { tier: number; label: string }[];
  applicants: { name: string; tier: number; family: string | null }[];
  source: "excel" | "manual";
}

/** Creates a lottery (招生办 only): applicants get codes A00001 … in the list's order. */
export async function createLottery(
  db: Db,
  actor: auth.Actor | null,
  props: LotteryProps,
  ctx: CommandContext,
): Promise<DrawEventRow> {
  writeScope(actor, "lottery", null);
  const a = actor as auth.Actor;
  const roster: RosterEntry[] = props.applicants.map((p, i) => ({
    code: applicantCode(i),
    studentId: null,
    name: p.name,
    gender: "M",
    specialNeeds: false,
    family: p.family,
    familyChoice: null,
    attributes: {},
    tier: p.tier,
  }));
  const settings: LotterySettings = { places: props.places, tiers: props.tiers };
  return db.transaction((tx) =>
    insertEvent(
      tx,
      a,
      {
        kind: "lottery",
        schoolId: null,
        title: props.title,
        eventTime: props.eventTime,
        schoolYear: null,
        grade: null,
        source: props.source,
        settings: settings as unknown as Record<string, unknown>,
        roster,
        teams: [],
      },
      ctx,
    ),
  );
}

export interface QuotaProps {
  title: string;
  eventTime: Date;
  /** a senior-stage school of the county, or … */
  seniorSchoolId: string | null;
  /** … a senior school outside the county's register (市直高中), by code and name */
  seniorSchool: { code: string; name: string } | null;
  schoolYear: number;
  plan: number;
  sharePercent: number;
  baseKind: admissions.QuotaBaseKind;
  ruralWeightPercent: number;
  floorLine: number;
  tieBreakNames: string[];
  candidates: admissions.QuotaCandidate[];
}

/**
 * Creates a quota computation (招生办 only): the county's open junior-stage schools with their base from the
 * register for the school year; candidates (anonymized 考生 codes, junior school code, scores) optional.
 */
export async function createQuota(
  db: Db,
  actor: auth.Actor | null,
  props: QuotaProps,
  ctx: CommandContext,
): Promise<DrawEventRow> {
  writeScope(actor, "quota", null);
  const a = actor as auth.Actor;
  let senior = props.seniorSchool;
  if (props.seniorSchoolId) {
    const found = await countySchool(db, a.regionCode, props.seniorSchoolId);
    if (!found) throw notFound("高中学校");
    if (!["senior", "complete_secondary", "twelve_year"].includes(found.kind)) {
      throw badRequest("VALIDATION_FAILED", `${found.name}不招收高中学生:请选择一所高中`, [
        { field: "seniorSchoolId", message: "所选学校没有高中学段" },
      ]);
    }
    senior = { code: found.code, name: found.name };
  }
  if (!senior) {
    throw badRequest("VALIDATION_FAILED", "请选择本县高中,或填写县外高中的代码和名称", [
      { field: "seniorSchoolId", message: "请选择高中学校" },
    ]);
  }
  const juniors = await juniorSchoolBases(db, a.regionCode, props.schoolYear, props.baseKind);
  const settings: QuotaSettings = {
    seniorSchool: { code: senior.code, name: senior.name },
    plan: props.plan,
    sharePercent: props.sharePercent,
    baseKind: props.baseKind,
    ruralWeightPercent: props.ruralWeightPercent,
    juniorSchools: juniors.map((j) => ({ code: j.code, name: j.name, base: j.base, rural: j.rural })),
    floorLine: props.floorLine,
    tieBreakNames: props.tieBreakNames,
    candidates: props.candidates,
  };
  return db.transaction((tx) =>
    insertEvent(
      tx,
      a,
      {
        kind: "quota",
        schoolId: null,
        title: props.title,
        eventTime: props.eventTime,
        schoolYear: props.schoolYear,
        grade: null,
        source: props.candidates.length > 0 ? "excel" : "manual",
        settings: settings as unknown as Record<string, unknown>,
        roster: [],
        teams: [],
      },
      ctx,
    ),
  );
}

/** Loads an event for a lifecycle step: visible to the writer (404 otherwise), locked, and writable by them. */
async function lockForWrite(tx: Db, actor: auth.Actor | null, id: string): Promise<{ a: auth.Actor; e: DrawEventRow }> {
  const a = authorize(actor, "write", "admissions");
  const scope = scopeOf(a, "admissions");
  const visible = await findEvent(tx, scope, id);
  const e = visible ? await lockEvent(tx, id) : null;
  if (!e) throw notFound("活动");
  writeScope(a, e.kind as admissions.DrawKind, e.schoolId);
  return { a, e };
}

const immutable = () =>
  conflict("EVENT_PUBLISHED", "该活动已公示,不能再修改;如需重新抽签,请以新活动重新组织并说明原因");

function expectStatus(e: DrawEventRow, allowed: string[], action: string) {
  if (e.status === "published") throw immutable();
  if (!allowed.includes(e.status)) {
    const label = admissions.drawStatusLabels[e.status as admissions.DrawStatus] ?? e.status;
    throw conflict("EVENT_STATE", `活动当前状态为“${label}”,不能${action}`);
  }
}

async function step(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  action: string,
  ctx: CommandContext,
  change: (e: DrawEventRow, a: auth.Actor, tx: Db) => Promise<Partial<DrawEventRow>> | Partial<DrawEventRow>,
  details: (e: DrawEventRow, after: DrawEventRow) => Record<string, unknown> = () => ({}),
): Promise<DrawEventRow> {
  return db.transaction(async (tx) => {
    const { a, e } = await lockForWrite(tx, actor, id);
    const set = await change(e, a, tx);
    const [after] = await tx
      .update(drawEvent)
      .set({ ...set, updatedAt: ctx.now })
      .where(eq(drawEvent.id, e.id))
      .returning();
    if (!after) throw new Error("update returned no row");
    // an override of a grade already in classes made by this step: its reason and figures go into the audit row
    const override = after.settledOverrides.slice(e.settledOverrides.length).at(-1);
    await recordAudit(tx, {
      actor: a,
      action: `admissions.event.${action}`,
      targetType: "draw_event",
      targetId: e.id,
      reason: override?.reason,
      before: { status: e.status, inputDigest: e.inputDigest, resultDigest: e.resultDigest },
      after: { status: after.status, inputDigest: after.inputDigest, resultDigest: after.resultDigest },
      details: {
        code: e.code,
        ...details(e, after),
        ...(override
          ? {
              settledGradeOverride: {
                step: override.step,
                studentsInClasses: override.studentsInClasses,
                studentsChanged: override.studentsChanged,
              },
            }
          : {}),
      },
      ip: ctx.ip,
      at: ctx.now,
    });
    return after;
  });
}

/** Freezes the input: from now on the list and its digest are fixed and may be published before the event. */
export function freezeEvent(db: Db, actor: auth.Actor | null, id: string, ctx: CommandContext) {
  return step(
    db,
    actor,
    id,
    "freeze",
    ctx,
    (e) => {
      expectStatus(e, ["draft"], "冻结");
      return { status: "frozen", frozenAt: ctx.now };
    },
    (e) => ({ inputDigest: e.inputDigest }),
  );
}

/** Records a witness's contribution at the event (frozen events of a random kind). */
export function addContribution(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  c: admissions.Contribution,
  ctx: CommandContext,
) {
  return step(
    db,
    actor,
    id,
    "contribute",
    ctx,
    (e, a) => {
      expectStatus(e, ["frozen"], "录入见证人随机数(请先冻结名单)");
      if (!admissions.isRandomDraw(e.kind as admissions.DrawKind)) {
        throw conflict("NOT_RANDOM", "指标到校按公式计算,不需要见证人随机数");
      }
      const entry = { role: c.role.trim(), name: c.name.trim(), value: c.value };
      const problems = admissions.contributionEntryProblems(entry, e.contributions.length);
      if (problems.length > 0) throw badRequest("INVALID_CONTRIBUTION", problems[0]?.message ?? "随机数有误", problems);
      if (e.contributions.length >= 20) throw conflict("TOO_MANY_CONTRIBUTIONS", "见证人随机数最多 20 个");
      const stored: StoredContribution = { ...entry, enteredAt: ctx.now.toISOString(), enteredBy: a.username };
      return { contributions: [...e.contributions, stored] };
    },
    (_e, after) => ({ contributions: after.contributions.length, role: after.contributions.at(-1)?.role }),
  );
}

/** A draw never runs, and its result is never written into the register, before the event's announced time. */
function expectAnnouncedTime(e: DrawEventRow, ctx: CommandContext) {
  const problem = admissions.drawTimeProblem(e.eventTime, ctx.now);
  if (problem) throw new AppError(409, "BEFORE_EVENT_TIME", problem.message, [problem]);
}

/** Options of the run and of the writing into the register. */
export interface SettledGradeOptions {
  /** 招生办's override of a grade already in classes: a reason and the number of students in classes typed again */
  override?: admissions.SettledGradeOverride | null;
}

/**
 * Checks a class allocation from the register against the grade's classes: a new intake (nobody in a class yet), a
 * list or another kind of draw passes (null). When the grade is already in classes (已分班) the step is refused
 * unless 招生办 overrides it with a reason and the number of students in classes typed again; then the override is
 * returned with the grade's placement, for {@link overrideRecord} once the classes are known.
 */
async function checkSettledGrade(
  tx: Db,
  a: auth.Actor,
  e: DrawEventRow,
  options: SettledGradeOptions,
): Promise<{ placement: Map<string, number>; reason: string } | null> {
  if (e.kind !== "class_allocation" || e.source !== "register" || !e.schoolId) return null;
  if (e.schoolYear === null || e.grade === null) return null;
  const placement = await gradeClassPlacement(tx, e.schoolId, e.schoolYear, e.grade);
  if (placement.size === 0) return null;
  const message = admissions.settledGradeMessage(placement.size);
  const override = options.override;
  if (!override) {
    throw new AppError(409, "GRADE_ALREADY_IN_CLASSES", message, [
      { field: "override", message, studentsInClasses: placement.size },
    ]);
  }
  if (a.role !== "section" || a.section !== "admissions") {
    throw forbidden("admissions.overrideSettledGrade");
  }
  const problems = admissions.settledGradeOverrideProblems(override, placement.size);
  if (problems.length > 0)
    throw badRequest("INVALID_OVERRIDE", problems[0]?.message ?? "请写明原因并再次确认", problems);
  return { placement, reason: override.reason.trim() };
}

/** The override kept on the event: its reason, the students in classes and how many of them the classes move. */
function overrideRecord(
  check: { placement: Map<string, number>; reason: string },
  stepName: SettledGradeOverrideRecord["step"],
  classes: { number: number; studentIds: string[] }[],
  a: auth.Actor,
  ctx: CommandContext,
): SettledGradeOverrideRecord {
  return {
    step: stepName,
    reason: check.reason,
    studentsInClasses: check.placement.size,
    studentsChanged: admissions.classChangeCount(check.placement, classes),
    at: ctx.now.toISOString(),
    by: a.username,
  };
}

/** A drawn class allocation's classes with the register's student ids behind the codes. */
function drawnClassesOf(e: DrawEventRow, resultText: string | null) {
  const result = JSON.parse(resultText ?? "{}") as admissions.AllocationResult;
  const studentOf = new Map(e.roster.map((r) => [r.code, r.studentId]));
  return (result.classes ?? []).map((c) => ({
    number: c.number,
    headTeacherTeam: c.headTeacherTeam,
    studentIds: c.students.map((s) => studentOf.get(s)).filter((x): x is string => Boolean(x)),
  }));
}

/**
 * Runs the draw: seed from the input digest and the contributions, the algorithm, the result file and digest. Not
 * before the event's announced time; a class allocation over a grade already in classes only with 招生办's override.
 */
export function runEvent(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  ctx: CommandContext,
  options: SettledGradeOptions = {},
) {
  return step(
    db,
    actor,
    id,
    "run",
    ctx,
    async (e, a, tx) => {
      const random = admissions.isRandomDraw(e.kind as admissions.DrawKind);
      expectStatus(e, random ? ["frozen"] : ["frozen", "draft"], "抽签");
      expectAnnouncedTime(e, ctx);
      if (random) {
        const problems = admissions.contributionProblems(e.contributions);
        if (problems.length > 0)
          throw badRequest("NEED_CONTRIBUTIONS", problems[0]?.message ?? "见证人随机数不足", problems);
      }
      const settled = await checkSettledGrade(tx, a, e, options);
      const run = admissions.runDraw(
        e.inputText,
        e.contributions.map((c) => c.value),
      );
      if (!run.ok) throw badRequest("INVALID_DRAW_INPUT", run.problems[0]?.message ?? "无法抽签", run.problems);
      const result = JSON.parse(run.outcome.resultText) as {
        classes?: unknown[];
        admitted?: unknown[];
        schools?: unknown[];
      };
      return {
        status: "drawn",
        frozenAt: e.frozenAt ?? ctx.now,
        drawnAt: ctx.now,
        seed: run.outcome.seed,
        resultText: run.outcome.resultText,
        resultDigest: run.outcome.resultDigest,
        resultCount: (result.classes ?? result.admitted ?? result.schools ?? []).length,
        ...(settled
          ? {
              settledOverrides: [
                ...e.settledOverrides,
                overrideRecord(settled, "run", drawnClassesOf(e, run.outcome.resultText), a, ctx),
              ],
            }
          : {}),
      };
    },
    (_e, after) => ({ seed: after.seed, resultDigest: after.resultDigest }),
  );
}

/** Publishes a drawn event: from now on anyone can see and verify it, and it never changes. */
export function publishEvent(db: Db, actor: auth.Actor | null, id: string, ctx: CommandContext) {
  return step(
    db,
    actor,
    id,
    "publish",
    ctx,
    (e) => {
      expectStatus(e, ["drawn"], "公示(请先抽签)");
      return { status: "published", publishedAt: ctx.now };
    },
    (e) => ({ resultDigest: e.resultDigest }),
  );
}

/**
 * Writes a drawn class allocation from the register into the register's classes for its school year: classes
 * created when missing, each student's class set, head teachers set from the team draw. Once only; not before the
 * event's announced time; over a grade already in classes only with 招生办's override (given again at this step).
 */
export function confirmAllocation(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  ctx: CommandContext,
  options: SettledGradeOptions = {},
) {
  let written = { classesCreated: 0, studentsPlaced: 0 };
  return step(
    db,
    actor,
    id,
    "confirm",
    ctx,
    async (e, a, tx) => {
      if (e.kind !== "class_allocation") throw conflict("NOT_ALLOCATION", "只有阳光分班的结果可以写入班级");
      if (e.status !== "drawn" && e.status !== "published") {
        throw conflict("EVENT_STATE", "请先抽签,再确认写入班级");
      }
      if (e.confirmedAt) throw conflict("ALREADY_CONFIRMED", "该分班结果已写入班级,不能重复写入");
      if (e.source !== "register" || !e.schoolId || e.schoolYear === null || e.grade === null) {
        throw conflict(
          "NOT_FROM_REGISTER",
          "该分班名单来自 Excel,不对应学籍中的学生,无法写入班级;请打印名单后在学籍中分班",
        );
      }
      expectAnnouncedTime(e, ctx);
      const settled = await checkSettledGrade(tx, a, e, options);
      const classes = drawnClassesOf(e, e.resultText);
      const staffOf = new Map(e.teams.map((t) => [t.code, t.staffId]));
      written = await writeClassAssignments(tx, {
        regionCode: e.regionCode,
        schoolId: e.schoolId,
        schoolYear: e.schoolYear,
        grade: e.grade,
        classes: classes.map((c) => ({
          number: c.number,
          studentIds: c.studentIds,
          headTeacherId: c.headTeacherTeam ? (staffOf.get(c.headTeacherTeam) ?? null) : null,
        })),
      });
      return {
        confirmedAt: ctx.now,
        ...(settled
          ? { settledOverrides: [...e.settledOverrides, overrideRecord(settled, "confirm", classes, a, ctx)] }
          : {}),
      };
    },
    () => ({ ...written }),
  );
}

/** Deletes a draft (nothing was published yet). */
export async function deleteDraft(db: Db, actor: auth.Actor | null, id: string, ctx: CommandContext): Promise<void> {
  await db.transaction(async (tx) => {
    const { a, e } = await lockForWrite(tx, actor, id);
    expectStatus(e, ["draft"], "删除(只有草稿可以删除)");
    await tx.delete(drawEvent).where(eq(drawEvent.id, e.id));
    await recordAudit(tx, {
      actor: a,
      action: "admissions.event.delete",
      targetType: "draw_event",
      targetId: e.id,
      before: { code: e.code, inputDigest: e.inputDigest },
      details: { code: e.code },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/**
 * Re-runs an event as a new one (new code, new event time, the same list and settings), recording which event it
 * re-runs and why. The old event stays as it was.
 */
export async function rerunEvent(
  db: Db,
  actor: auth.Actor | null,
  id: string,
  props: { reason: string; eventTime: Date },
  ctx: CommandContext,
): Promise<DrawEventRow> {
  return db.transaction(async (tx) => {
    const { a, e } = await lockForWrite(tx, actor, id);
    if (e.status === "draft") throw conflict("EVENT_STATE", "草稿尚未冻结,可直接删除后重新创建,无需重新抽签");
    const reason = props.reason.trim();
    if (reason.length < 4) {
      throw badRequest("VALIDATION_FAILED", "请写明重新抽签的原因(至少 4 个字)", [
        { field: "reason", message: "原因太短" },
      ]);
    }
    return insertEvent(
      tx,
      a,
      {
        kind: e.kind as admissions.DrawKind,
        schoolId: e.schoolId,
        title: e.title.includes("(重新抽签)") ? e.title : `${e.title}(重新抽签)`,
        eventTime: props.eventTime,
        schoolYear: e.schoolYear,
        grade: e.grade,
        source: e.source as "register" | "excel" | "manual",
        settings: e.settings,
        roster: e.roster,
        teams: e.teams,
        rerunOfId: e.id,
        rerunReason: reason,
      },
      ctx,
    );
  });
}
