import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { enrollment, schoolClass, transfer } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The transfer workflow and year-end promotion on the test county: a primary school (school1's), a teaching point
 * teaching grades 1–3, a junior school (school2's) and a kindergarten. Transfers need a destination teaching the
 * student's grade, so in-county transfers run between school1 and the teaching point (whose side the basic
 * education section jcjy takes); school2 is the outsider. The clock starts on 20 November of the latest year.
 */
const USERS = ["school1", "school2", "jcjy", "leader", "teacher1"] as const;
type User = (typeof USERS)[number];
const DAY = 86_400_000;

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
let school1: string;
let school2: string;
let point: string;

async function loginAll() {
  for (const u of USERS) sessions[u] = await login(app, u);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-11-20T02:00:00Z`))));
  await loginAll();
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  school2 = (await as("school2", "GET", "/api/auth/me")).body.user.schoolId;
  const schools = (await as("jcjy", "GET", "/api/registry/schools")).body.rows;
  point = schools.find((s: any) => s.kind === "teaching_point").id;
});
afterAll(() => database.close());

const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

/** Enrolled students of a school in the latest year, as the county sees them. */
async function enrolledAt(schoolId: string): Promise<any[]> {
  const res = await as("jcjy", "GET", `/api/registry/students?year=${TEST_YEAR}&schoolId=${schoolId}&pageSize=200`);
  return res.body.rows;
}

/** Enrolled students of a school in grades 1–3 not yet used by an earlier test. */
const used = new Set<string>();
async function pupil(schoolId: string): Promise<{ id: string; grade: number }> {
  const found = (await enrolledAt(schoolId)).find((r) => r.grade <= 3 && !used.has(r.id));
  if (!found) throw new Error("no pupil left in grades 1–3");
  used.add(found.id);
  return found;
}

const transfers = (u: User, query = "") => as(u, "GET", `/api/registry/transfers?pageSize=200${query}`);

async function rowsOf(studentId: string) {
  return database.db
    .select()
    .from(enrollment)
    .where(and(eq(enrollment.studentId, studentId), eq(enrollment.schoolYear, TEST_YEAR)));
}

async function auditOf(targetId: string) {
  return database.db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
}

describe("a transfer within the county", () => {
  it("moves the student to the receiving school in one step, with both ends recorded", async () => {
    const p = await pupil(point);
    const started = await as("jcjy", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: school1,
      reason: "随父母进城务工",
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      studentId: p.id,
      fromSchoolId: point,
      toSchoolId: school1,
      status: "pending",
      statusLabel: "待接收",
      initiatedOn: `${TEST_YEAR}-11-20`,
      daysPending: 0,
      overdue: false,
    });
    expect(started.body.studentNumberMasked).toContain("*");
    const id = started.body.id;

    // Nothing moves until the destination receives.
    expect((await enrolledAt(point)).map((r) => r.id)).toContain(p.id);
    const incoming = (await transfers("school1", "&direction=in")).body.rows.find((r: any) => r.id === id);
    expect(incoming.can).toEqual({ receive: true, reject: true, cancel: false });
    expect((await transfers("school1", "&direction=out")).body.rows.map((r: any) => r.id)).not.toContain(id);
    expect((await transfers("school2")).body.rows.map((r: any) => r.id)).not.toContain(id);

    const [cls] = await database.db
      .select({ id: schoolClass.id })
      .from(schoolClass)
      .where(
        and(eq(schoolClass.schoolId, school1), eq(schoolClass.schoolYear, TEST_YEAR), eq(schoolClass.grade, p.grade)),
      );
    const received = await as("school1", "POST", `/api/registry/transfers/${id}/receive`, { classId: cls?.id });
    expect(received.status).toBe(200);
    expect(received.body).toMatchObject({ status: "received", decidedOn: `${TEST_YEAR}-11-20`, daysPending: null });
    expect(received.body.can).toEqual({ receive: false, reject: false, cancel: false });

    expect((await enrolledAt(school1)).map((r) => r.id)).toContain(p.id);
    expect((await enrolledAt(point)).map((r) => r.id)).not.toContain(p.id);
    const rows = await rowsOf(p.id);
    expect(rows.find((r) => r.schoolId === point)).toMatchObject({
      status: "transferred_out",
      leftOn: `${TEST_YEAR}-11-20`,
      toSchoolId: school1,
    });
    expect(rows.find((r) => r.schoolId === school1)).toMatchObject({
      status: "enrolled",
      grade: p.grade,
      classId: cls?.id,
      enteredOn: `${TEST_YEAR}-11-20`,
      fromSchoolId: point,
    });

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action).sort()).toEqual(["registry.transfer.initiate", "registry.transfer.receive"]);
    for (const a of audit) {
      expect(a.beforeDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(a.afterDigest).toMatch(/^[0-9a-f]{64}$/);
      expect(a.beforeDigest).not.toBe(a.afterDigest);
    }
  });

  it("shows the received student in school1's own list and no longer in the sender's", async () => {
    const [done] = (await transfers("school1", "&status=received")).body.rows;
    const list = await as("school1", "GET", `/api/registry/students?year=${TEST_YEAR}&pageSize=200`);
    expect(list.body.rows.map((r: any) => r.id)).toContain(done.studentId);
    expect((await enrolledAt(point)).map((r) => r.id)).not.toContain(done.studentId);
  });

  it("refuses a class of another grade or school when receiving, and leaves the transfer pending", async () => {
    const p = await pupil(point);
    const started = await as("jcjy", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: school1,
      reason: "就近入学",
    });
    const [other] = await database.db
      .select({ id: schoolClass.id })
      .from(schoolClass)
      .where(and(eq(schoolClass.schoolId, school1), eq(schoolClass.schoolYear, TEST_YEAR), eq(schoolClass.grade, 6)));
    const res = await as("school1", "POST", `/api/registry/transfers/${started.body.id}/receive`, {
      classId: other?.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: "classId", message: "所选班级不属于转入学校该学年的同一年级" }]);
    const back = await as("school1", "POST", `/api/registry/transfers/${started.body.id}/reject`, { note: "学位已满" });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: "rejected", statusLabel: "已退回", decisionNote: "学位已满" });
    expect((await enrolledAt(point)).map((r) => r.id)).toContain(p.id);
    expect((await rowsOf(p.id)).map((r) => [r.schoolId, r.status])).toEqual([[point, "enrolled"]]);
  });

  it("lets the sender cancel but never receive for the destination", async () => {
    const p = await pupil(school1);
    const started = await as("school1", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: point,
      reason: "回原籍就读",
    });
    expect(started.status).toBe(201);
    expect(started.body.can).toEqual({ receive: false, reject: false, cancel: true });
    const id = started.body.id;
    const forced = await as("school1", "POST", `/api/registry/transfers/${id}/receive`, {});
    expect(forced.status).toBe(403);
    expect(forced.body.error.message).toBe("只有转入学校才能接收转学申请");
    expect((await as("school1", "POST", `/api/registry/transfers/${id}/reject`, { note: "自己退回" })).status).toBe(
      403,
    );

    const cancelled = await as("school1", "POST", `/api/registry/transfers/${id}/cancel`, { note: "家长改变主意" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    const again = await as("school1", "POST", `/api/registry/transfers/${id}/cancel`, { note: "家长改变主意" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "TRANSFER_DECIDED", message: "该转学申请已撤销,不能再撤销" });
    const late = await as("jcjy", "POST", `/api/registry/transfers/${id}/receive`, {});
    expect(late.status).toBe(409);
    expect((await rowsOf(p.id)).map((r) => [r.schoolId, r.status])).toEqual([[school1, "enrolled"]]);
    expect((await auditOf(id)).map((a) => a.action).sort()).toEqual([
      "registry.transfer.cancel",
      "registry.transfer.initiate",
    ]);
  });

  it("refuses a second transfer while one is pending, a note-less rejection and a school without the grade", async () => {
    const p = await pupil(school1);
    const body = { studentId: p.id, toSchoolId: point, reason: "搬家" };
    const first = await as("school1", "POST", "/api/registry/transfers", body);
    expect(first.status).toBe(201);
    const second = await as("school1", "POST", "/api/registry/transfers", body);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("TRANSFER_PENDING");
    const blank = await as("jcjy", "POST", `/api/registry/transfers/${first.body.id}/reject`, { note: "" });
    expect(blank.status).toBe(400);
    expect(
      (await as("school1", "POST", `/api/registry/transfers/${first.body.id}/cancel`, { note: "撤回" })).status,
    ).toBe(200);

    const junior = await as("school1", "POST", "/api/registry/transfers", { ...body, toSchoolId: school2 });
    expect(junior.status).toBe(400);
    expect(junior.body.error.details).toEqual([{ field: "toSchoolId", message: "转入学校不开设该生所在年级" }]);
    const own = await as("school1", "POST", "/api/registry/transfers", { ...body, toSchoolId: school1 });
    expect(own.body.error.details).toEqual([{ field: "toSchoolId", message: "转入学校不能是本校" }]);
    const future = await as("school1", "POST", "/api/registry/transfers", { ...body, date: `${TEST_YEAR}-12-01` });
    expect(future.body.error.details).toEqual([{ field: "date", message: "转学日期不能晚于今天" }]);
  });
});

describe("who may start and see a transfer", () => {
  it("answers 404 when school2 tries to move school1's student, and hides school1's transfers from it", async () => {
    const p = await pupil(school1);
    const res = await as("school2", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: point,
      reason: "冒名转学",
    });
    expect(res.status).toBe(404);
    const [theirs] = (await transfers("school1")).body.rows;
    const peek = await as("school2", "POST", `/api/registry/transfers/${theirs.id}/cancel`, { note: "越权撤销" });
    expect(peek.status).toBe(404);
    expect((await transfers("school2")).body.total).toBe(0);
  });

  it("lets leadership read every transfer and write none", async () => {
    const all = await transfers("leader");
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(4);
    expect(all.body.rows.every((r: any) => !r.can.receive && !r.can.reject && !r.can.cancel)).toBe(true);
    const p = await pupil(school1);
    const write = await as("leader", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: point,
      reason: "测试",
    });
    expect(write.status).toBe(403);
    expect(
      (await as("leader", "POST", `/api/registry/transfers/${all.body.rows[0].id}/cancel`, { note: "越权" })).status,
    ).toBe(403);
    expect(
      (await as("teacher1", "POST", "/api/registry/transfers", { studentId: p.id, toSchoolId: point, reason: "测试" }))
        .status,
    ).toBe(403);
    expect((await transfers("teacher1")).status).toBe(403);
  });
});

describe("a transfer out of the county", () => {
  it("closes the enrollment at once and completes as left_county", async () => {
    const p = await pupil(school1);
    const res = await as("school1", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: null,
      destination: "包头市昆都仑区第五小学",
      reason: "随父母迁居",
      date: `${TEST_YEAR}-11-18`,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "left_county",
      statusLabel: "已转出县外",
      toSchoolId: null,
      toSchoolName: null,
      destination: "包头市昆都仑区第五小学",
      initiatedOn: `${TEST_YEAR}-11-18`,
      decidedOn: `${TEST_YEAR}-11-18`,
      overdue: false,
    });
    expect(await rowsOf(p.id)).toMatchObject([
      { status: "transferred_out", leftOn: `${TEST_YEAR}-11-18`, toSchoolId: null },
    ]);
    expect((await enrolledAt(school1)).map((r) => r.id)).not.toContain(p.id);
    const again = await as("school1", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: point,
      reason: "再次转学",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("NOT_ENROLLED");
    expect((await as("jcjy", "POST", `/api/registry/transfers/${res.body.id}/receive`, {})).status).toBe(409);
    const audit = await auditOf(res.body.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.beforeDigest).not.toBe(audit[0]?.afterDigest);
  });

  it("asks where the student goes", async () => {
    const p = await pupil(school1);
    const res = await as("school1", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: null,
      reason: "迁居",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe("destination");
  });
});

describe("transfers not received in time (suspected dropouts)", () => {
  it("flags a pending transfer after 31 days, within each side's scope", async () => {
    const p = await pupil(school1);
    const started = await as("school1", "POST", "/api/registry/transfers", {
      studentId: p.id,
      toSchoolId: point,
      reason: "外出务工随迁",
    });
    const id = started.body.id;
    expect((await as("school1", "GET", "/api/registry/transfers/overdue")).body.rows).toEqual([]);

    clock.advance(30 * DAY);
    await loginAll();
    const day30 = (await transfers("school1", "&status=pending")).body.rows.find((r: any) => r.id === id);
    expect(day30).toMatchObject({ daysPending: 30, overdue: false });

    clock.advance(DAY);
    await loginAll();
    const overdue = await as("school1", "GET", "/api/registry/transfers/overdue");
    expect(overdue.status).toBe(200);
    expect(overdue.body.days).toBe(30);
    expect(overdue.body.rows.map((r: any) => [r.id, r.daysPending, r.overdue])).toEqual([[id, 31, true]]);
    expect((await as("jcjy", "GET", "/api/registry/transfers/overdue")).body.rows.map((r: any) => r.id)).toContain(id);
    expect((await as("school2", "GET", "/api/registry/transfers/overdue")).body.rows).toEqual([]);
    expect((await as("school1", "GET", "/api/registry/transfers/overdue?days=45")).body.rows).toEqual([]);
    expect((await as("school1", "GET", "/api/registry/transfers/overdue?days=0")).status).toBe(400);

    // the limit is the county's setting (学籍参数), set by 基础教育股 only and audited
    expect((await as("school1", "GET", "/api/registry/settings")).body).toMatchObject({ transferOverdueDays: 30 });
    expect((await as("school1", "PUT", "/api/registry/settings", { transferOverdueDays: 45 })).status).toBe(403);
    expect((await as("leader", "PUT", "/api/registry/settings", { transferOverdueDays: 45 })).status).toBe(403);
    const bad = await as("jcjy", "PUT", "/api/registry/settings", { transferOverdueDays: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ field: "transferOverdueDays", message: "天数至少为1" });
    const set = await as("jcjy", "PUT", "/api/registry/settings", { transferOverdueDays: 45 });
    expect(set.status).toBe(200);
    expect(set.body.transferOverdueDays).toBe(45);
    const after = await as("school1", "GET", "/api/registry/transfers/overdue");
    expect(after.body).toMatchObject({ days: 45, rows: [] });
    const listed = (await transfers("school1", "&status=pending")).body.rows.find((r: any) => r.id === id);
    expect(listed.overdue).toBe(false);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, "registry.settings_update"));
    expect(audit).toMatchObject({ actorName: "jcjy", details: { transferOverdueDays: { from: 30, to: 45 } } });
    expect((await as("jcjy", "PUT", "/api/registry/settings", { transferOverdueDays: 30 })).status).toBe(200);
    expect((await as("school1", "GET", "/api/registry/transfers/overdue")).body.rows.map((r: any) => r.id)).toEqual([
      id,
    ]);
  });
});

describe("year-end promotion", () => {
  const preview = (u: User, query: string) => as(u, "GET", `/api/registry/promotion/preview?${query}`);

  it("previews school2's promotion with counts that match its register", async () => {
    const enrolled = await enrolledAt(school2);
    const byGrade = (g: number) => enrolled.filter((r) => r.grade === g).length;
    const res = await preview("school2", `fromYear=${TEST_YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.toYear).toBe(TEST_YEAR + 1);
    expect(res.body.schools).toHaveLength(1);
    const s = res.body.schools[0];
    expect(s).toMatchObject({ schoolId: school2, schoolKind: "junior", done: false, problems: [] });
    expect(s.promote).toBe(byGrade(7) + byGrade(8));
    expect(s.graduate).toBe(byGrade(9));
    expect(s.grades.map((g: any) => [g.grade, g.toGrade, g.promote, g.graduate])).toEqual([
      [7, 8, byGrade(7), 0],
      [8, 9, byGrade(8), 0],
      [9, null, 0, byGrade(9)],
    ]);
    const classes = await database.db
      .select({ grade: schoolClass.grade, number: schoolClass.number })
      .from(schoolClass)
      .where(and(eq(schoolClass.schoolId, school2), eq(schoolClass.schoolYear, TEST_YEAR)));
    const expected = classes.filter((c) => c.grade < 9).map((c) => `${c.grade + 1}:${c.number}`);
    const planned = s.grades.flatMap((g: any) => g.classesToCreate.map((c: any) => `${c.grade}:${c.number}`));
    expect(planned.sort()).toEqual(expected.sort());
    expect(s.classesToCreate).toBe(expected.length);
    expect(s.grades[0].classesToCreate[0].name).toMatch(/^八年级\(\d+\)班$/);
  });

  it("keeps previews within scope, and commits with the county section alone", async () => {
    expect((await preview("school1", `fromYear=${TEST_YEAR}&schoolId=${school2}`)).status).toBe(404);
    expect((await preview("leader", `fromYear=${TEST_YEAR}`)).status).toBe(403);
    expect((await as("leader", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR })).status).toBe(403);
    expect((await as("teacher1", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR })).status).toBe(403);
    const bySchool = await as("school2", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR });
    expect(bySchool.status).toBe(403);
    expect(bySchool.body.error.code).toBe("PROMOTION_COUNTY_ONLY");
    const county = await preview("jcjy", `fromYear=${TEST_YEAR}`);
    expect(county.status).toBe(200);
    expect(county.body.schools.map((s: any) => s.schoolId)).toEqual(expect.arrayContaining([school1, school2, point]));
  });

  it("promotes the county in one step: school2's next year's classes and rows, graduates marked, audited once", async () => {
    const before = (await preview("school2", `fromYear=${TEST_YEAR}`)).body.schools[0];
    // the county's promotion date (学籍参数) is today: the section promotes every school at once
    const today = clock.now().toISOString().slice(0, 10);
    expect((await as("jcjy", "PUT", "/api/registry/settings", { promotionDate: today })).status).toBe(200);
    const county = (await preview("jcjy", `fromYear=${TEST_YEAR}`)).body;
    expect(county.canPromote).toBe(true);
    const res = await as("jcjy", "POST", "/api/registry/promotion", {
      fromYear: TEST_YEAR,
      confirm: { promote: county.totals.promote, graduate: county.totals.graduate },
    });
    expect(res.status).toBe(200);
    expect(res.body.schools.length).toBeGreaterThan(1);
    expect(res.body.schools.filter((s: any) => s.schoolId === school2)).toEqual([
      {
        schoolId: school2,
        schoolName: before.schoolName,
        promoted: before.promote,
        graduated: before.graduate,
        classesCreated: before.classesToCreate,
        skipped: before.skipped,
      },
    ]);

    const next = await as("school2", "GET", `/api/registry/students?year=${TEST_YEAR + 1}&pageSize=200`);
    expect(next.body.total).toBe(before.promote);
    expect(new Set(next.body.rows.map((r: any) => r.grade))).toEqual(new Set([8, 9]));
    expect(next.body.rows.every((r: any) => /^[八九]年级\(\d+\)班$/.test(r.className))).toBe(true);
    const graduated = await as(
      "school2",
      "GET",
      `/api/registry/students?year=${TEST_YEAR}&status=graduated&pageSize=200`,
    );
    expect(graduated.body.total).toBe(before.graduate);
    const [row] = await database.db
      .select()
      .from(enrollment)
      .where(
        and(eq(enrollment.schoolId, school2), eq(enrollment.schoolYear, TEST_YEAR), eq(enrollment.status, "graduated")),
      );
    expect(row?.leftOn).toBe(`${TEST_YEAR + 1}-07-01`);
    const [promoted] = await database.db
      .select()
      .from(enrollment)
      .where(and(eq(enrollment.schoolId, school2), eq(enrollment.schoolYear, TEST_YEAR + 1)));
    expect(promoted).toMatchObject({ status: "enrolled", enteredOn: `${TEST_YEAR + 1}-09-01` });

    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(like(auditLog.action, "registry.promotion%"), eq(auditLog.targetId, school2)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ fromYear: TEST_YEAR, toYear: TEST_YEAR + 1, promoted: before.promote });
    expect(audit[0]?.beforeDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(audit[0]?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses to promote the same year twice", async () => {
    const confirm = { promote: 0, graduate: 0 };
    const again = await as("jcjy", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR, confirm });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("PROMOTION_NOT_CURRENT_YEAR");
    expect(again.body.error.message).toContain(`全县当前学年为${TEST_YEAR + 1}—${TEST_YEAR + 2}学年`);
    const bySchool = await preview("school2", `fromYear=${TEST_YEAR}`);
    expect(bySchool.status).toBe(409);
    expect(bySchool.body.error.message).toContain("升级已完成");
    const county = (await preview("jcjy", `fromYear=${TEST_YEAR}`)).body.schools;
    expect(county.find((s: any) => s.schoolId === school2)).toMatchObject({ done: true, promote: 0 });
    expect(county.find((s: any) => s.schoolId === school1)).toMatchObject({ done: true, promote: 0 });
  });

  it("treats earlier years of the demo county as promoted already", async () => {
    const res = await preview("jcjy", `fromYear=${TEST_YEAR - 1}`);
    expect(res.status).toBe(200);
    expect(res.body.schools.every((s: any) => s.done)).toBe(true);
    expect((await as("jcjy", "POST", "/api/registry/promotion", { fromYear: TEST_YEAR - 1 })).status).toBe(409);
  });
});

describe("the audit trail", () => {
  it("has an initiation row for every transfer and a decision row for every decided one", async () => {
    const all = await database.db.select().from(transfer);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const t of all) {
      const actions = (await auditOf(t.id)).map((a) => a.action);
      const decision =
        t.status === "pending" || t.status === "left_county"
          ? []
          : [`registry.transfer.${{ received: "receive", rejected: "reject", cancelled: "cancel" }[t.status]}`];
      expect(actions.sort(), t.status).toEqual(["registry.transfer.initiate", ...decision].sort());
    }
  });

  it("documents every route in the OpenAPI description", async () => {
    const doc = (await call(app, null, "GET", "/api/openapi.json")).body;
    for (const path of [
      "/api/registry/transfers",
      "/api/registry/transfers/overdue",
      "/api/registry/transfers/{id}/receive",
      "/api/registry/transfers/{id}/reject",
      "/api/registry/transfers/{id}/cancel",
      "/api/registry/promotion/preview",
      "/api/registry/promotion",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
