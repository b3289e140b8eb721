import { admissions } from "@edubureau/core";
import { and, eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LIST_BYTES } from "../src/admissions/excel";
import { drawEvent } from "../src/admissions/tables";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { enrollment, schoolClass } from "../src/registry/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";
import { sheetBombXlsx } from "./zips";

/**
 * Fair admissions on the test county: school1's primary school runs its grade-1 sunshine allocation; 招生办
 * (zhaosheng) runs lotteries and quota places county-wide; leadership and other sections read; teachers and
 * inspectors see nothing; the public sees published events only, without names.
 */
const USERS = ["zhaosheng", "school1", "school2", "leader", "jcjy", "teacher1", "duxue"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
let school1: string;
let intake: any;

const as = (u: User | null, method: string, path: string, body?: unknown) =>
  call(app, u ? sessions[u] : null, method, path, body);
const EVENT_TIME = `${TEST_YEAR}-08-28T09:00:00+08:00`;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-08-28T01:00:00Z`))));
  for (const u of USERS) sessions[u] = await login(app, u);
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  // the test county's register already has grade 1 in classes; the allocation below is of a new intake, so its
  // students start without a class (a grade already in classes is tested on its own further down)
  await database.db
    .update(enrollment)
    .set({ classId: null })
    .where(and(eq(enrollment.schoolId, school1), eq(enrollment.schoolYear, TEST_YEAR), eq(enrollment.grade, 1)));
  intake = (await as("school1", "GET", `/api/admissions/intake?schoolId=${school1}&year=${TEST_YEAR}&grade=1`)).body;
});
afterAll(() => database.close());

function allocationBody(over: Record<string, unknown> = {}) {
  return {
    schoolId: school1,
    schoolYear: TEST_YEAR,
    grade: 1,
    classes: 2,
    title: "一年级阳光分班",
    eventTime: EVENT_TIME,
    balance: ["留守儿童"],
    headTeacherIds: intake.teachers.slice(0, 2).map((t: any) => t.staffId),
    ...over,
  };
}

async function witnessAndRun(u: User, id: string) {
  for (const [role, name, value] of [
    ["家长代表", "王女士", "4721"],
    ["纪检监察", "李先生", "9083"],
  ]) {
    const res = await as(u, "POST", `/api/admissions/events/${id}/contributions`, { role, name, value });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const run = await as(u, "POST", `/api/admissions/events/${id}/run`);
  expect(run.status, JSON.stringify(run.body)).toBe(200);
  return run.body;
}

describe("the register intake", () => {
  it("shows a school its own grade 1 with teachers to draw as head teachers", () => {
    expect(intake.total).toBeGreaterThan(4);
    expect(intake.studentsInClasses).toBe(0);
    expect(intake.boys + intake.girls).toBe(intake.total);
    expect(intake.teachers.length).toBeGreaterThanOrEqual(2);
  });
  it("answers another school's administrator 404 and refuses teachers and inspectors", async () => {
    const path = `/api/admissions/intake?schoolId=${school1}&year=${TEST_YEAR}&grade=1`;
    expect((await as("school2", "GET", path)).status).toBe(404);
    expect((await as("teacher1", "GET", path)).status).toBe(403);
    expect((await as("duxue", "GET", path)).status).toBe(403);
    expect((await as(null, "GET", path)).status).toBe(401);
  });
});

describe("a sunshine class allocation from the register, run by the school", () => {
  let id: string;
  let code: string;
  let inputDigest: string;

  it("is refused to other schools (404), other sections and leadership (403)", async () => {
    expect((await as("school2", "POST", "/api/admissions/events/allocation", allocationBody())).status).toBe(404);
    expect((await as("jcjy", "POST", "/api/admissions/events/allocation", allocationBody())).status).toBe(403);
    expect((await as("leader", "POST", "/api/admissions/events/allocation", allocationBody())).status).toBe(403);
  });

  it("refuses more classes than students and a head teacher from elsewhere, with a clear message", async () => {
    const tooMany = await as("school1", "POST", "/api/admissions/events/allocation", allocationBody({ classes: 99 }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toContain("多于学生数");
    const badTeacher = await as(
      "school1",
      "POST",
      "/api/admissions/events/allocation",
      allocationBody({ headTeacherIds: [intake.teachers[0].staffId, "00000000-0000-4000-8000-000000000000"] }),
    );
    expect(badTeacher.status).toBe(400);
    expect(badTeacher.body.error.details[0].field).toBe("headTeacherIds.1");
    const noTime = await as(
      "school1",
      "POST",
      "/api/admissions/events/allocation",
      allocationBody({ eventTime: "明天" }),
    );
    expect(noTime.status).toBe(400);
    expect(noTime.body.error.details[0].field).toBe("eventTime");
  });

  it("creates a draft whose published input holds codes and attributes, never names", async () => {
    const res = await as("school1", "POST", "/api/admissions/events/allocation", allocationBody());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ({ id, code, inputDigest } = res.body);
    expect(code).toMatch(/^YG-\d{4}-\d{4}$/);
    expect(res.body.status).toBe("draft");
    const input = await as("school1", "GET", `/api/admissions/events/${id}/files/input`);
    expect(input.status).toBe(200);
    const text = JSON.stringify(input.body);
    for (const r of res.body.roster) expect(text).not.toContain(r.name);
    expect(admissions.digestOfText(admissions.canonicalJson(input.body))).toBe(res.body.inputDigest);
  });

  it("runs only after freezing and two witnesses; refuses a padded value naming the witness", async () => {
    expect((await as("school1", "POST", `/api/admissions/events/${id}/run`)).status).toBe(409);
    expect((await as("school1", "POST", `/api/admissions/events/${id}/freeze`)).body.status).toBe("frozen");
    const bad = await as("school1", "POST", `/api/admissions/events/${id}/contributions`, {
      role: "家长代表",
      name: "王女士",
      value: " 12",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("第 1 位见证人");
    const one = await as("school1", "POST", `/api/admissions/events/${id}/contributions`, {
      role: "公证员",
      name: "赵",
      value: "1",
    });
    expect(one.status).toBe(200);
    const early = await as("school1", "POST", `/api/admissions/events/${id}/run`);
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe("NEED_CONTRIBUTIONS");
  });

  it("draws classes of sizes within one, reproducible from the files", async () => {
    const drawn = await witnessAndRun("school1", id);
    expect(drawn.status).toBe("drawn");
    const sizes = drawn.classes.map((c: any) => c.size);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(intake.total);
    expect(drawn.classes.every((c: any) => c.headTeacherName)).toBe(true);
    const input = await as("school1", "GET", `/api/admissions/events/${id}/files/input`);
    const result = await as("school1", "GET", `/api/admissions/events/${id}/files/result`);
    const v = admissions.verifyDraw({
      inputText: admissions.canonicalJson(input.body),
      inputDigest: drawn.inputDigest,
      contributions: drawn.contributions.map((c: any) => c.value),
      seed: drawn.seed,
      resultText: admissions.canonicalJson(result.body),
      resultDigest: drawn.resultDigest,
    });
    expect(v.match).toBe(true);
  });

  it("writes the classes into the register once, with an audit row, and leaves sizes within one", async () => {
    const confirmed = await as("school1", "POST", `/api/admissions/events/${id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.confirmedAt).not.toBeNull();
    const rows = await database.db
      .select({ classId: enrollment.classId, number: schoolClass.number, head: schoolClass.headTeacherId })
      .from(enrollment)
      .innerJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
      .where(
        and(
          eq(enrollment.schoolId, school1),
          eq(enrollment.schoolYear, TEST_YEAR),
          eq(enrollment.grade, 1),
          eq(enrollment.status, "enrolled"),
        ),
      );
    expect(rows).toHaveLength(intake.total);
    for (const c of confirmed.body.classes) {
      const inRegister = rows.filter((r) => r.number === c.number);
      expect(inRegister).toHaveLength(c.size);
    }
    const heads = new Set(rows.map((r) => r.head));
    expect(heads).toEqual(new Set(intake.teachers.slice(0, 2).map((t: any) => t.staffId)));
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "admissions.event.create",
        "admissions.event.freeze",
        "admissions.event.contribute",
        "admissions.event.run",
        "admissions.event.confirm",
      ]),
    );
    expect((await as("school1", "POST", `/api/admissions/events/${id}/confirm`)).status).toBe(409);
  });

  it("shows the public only the frozen input until it is published", async () => {
    const pub = await as(null, "GET", `/api/public/draws/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({
      status: "frozen",
      inputDigest,
      contributions: [],
      seed: null,
      resultDigest: null,
    });
    expect((await as(null, "GET", `/api/public/draws/${code}/files/input`)).status).toBe(200);
    expect((await as(null, "GET", `/api/public/draws/${code}/files/result`)).status).toBe(404);
  });

  it("publishes, and then nothing about it can change", async () => {
    const published = await as("school1", "POST", `/api/admissions/events/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe("published");
    for (const [method, path, body] of [
      ["POST", `/api/admissions/events/${id}/contributions`, { role: "家长代表", name: "张", value: "5" }],
      ["POST", `/api/admissions/events/${id}/run`, undefined],
      ["POST", `/api/admissions/events/${id}/publish`, undefined],
      ["POST", `/api/admissions/events/${id}/freeze`, undefined],
      ["DELETE", `/api/admissions/events/${id}`, undefined],
    ] as const) {
      const res = await as("school1", method, path, body);
      expect(res.status, path).toBe(409);
      expect(res.body.error.code).toBe("EVENT_PUBLISHED");
    }
  });

  it("shows anyone without login the published event, codes only, and its files verify", async () => {
    const pub = await as(null, "GET", `/api/public/draws/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.contributions).toEqual([
      { role: "公证员", value: "1" },
      { role: "家长代表", value: "4721" },
      { role: "纪检监察", value: "9083" },
    ]);
    const detail = (await as("school1", "GET", `/api/admissions/events/${id}`)).body;
    const input = await app.request(`/api/public/draws/${code}/files/input`);
    const result = await app.request(`/api/public/draws/${code}/files/result`);
    const inputText = await input.text();
    const resultText = await result.text();
    const everything = JSON.stringify(pub.body) + inputText + resultText;
    for (const r of detail.roster) expect(everything).not.toContain(r.name);
    expect(everything).not.toContain("王女士");
    const v = admissions.verifyDraw({
      inputText,
      inputDigest: pub.body.inputDigest,
      contributions: pub.body.contributions.map((c: any) => c.value),
      seed: pub.body.seed,
      resultText,
      resultDigest: pub.body.resultDigest,
    });
    expect(v.match).toBe(true);
    const list = await as(null, "GET", "/api/public/draws");
    expect(list.body.rows.map((r: any) => r.code)).toContain(code);
  });

  it("re-runs only as a new event with a reason, pointing at the old one", async () => {
    const short = await as("school1", "POST", `/api/admissions/events/${id}/rerun`, {
      reason: "重来",
      eventTime: EVENT_TIME,
    });
    expect(short.status).toBe(400);
    const rerun = await as("school1", "POST", `/api/admissions/events/${id}/rerun`, {
      reason: "现场设备故障,经见证人同意重新抽签",
      eventTime: `${TEST_YEAR}-08-29T09:00:00+08:00`,
    });
    expect(rerun.status, JSON.stringify(rerun.body)).toBe(201);
    expect(rerun.body.code).not.toBe(code);
    expect(rerun.body.rerunOfCode).toBe(code);
    expect(rerun.body.status).toBe("draft");
    // a draft is nobody's business outside the platform yet
    expect((await as(null, "GET", `/api/public/draws/${rerun.body.code}`)).status).toBe(404);
    // a new code and event time in the input file: a new digest, published before the new event
    expect(rerun.body.inputDigest).not.toBe(inputDigest);
    // the old event is untouched
    expect((await as(null, "GET", `/api/public/draws/${code}`)).status).toBe(200);
    expect((await as("school1", "DELETE", `/api/admissions/events/${rerun.body.id}`)).status).toBe(204);
  });

  it("is read by leadership and other sections, hidden from other schools, refused to teachers and inspectors", async () => {
    expect((await as("leader", "GET", `/api/admissions/events/${id}`)).status).toBe(200);
    expect((await as("jcjy", "GET", "/api/admissions/events")).body.rows.map((r: any) => r.id)).toContain(id);
    expect((await as("school2", "GET", `/api/admissions/events/${id}`)).status).toBe(404);
    expect((await as("school2", "GET", "/api/admissions/events")).body.rows).toEqual([]);
    expect((await as("teacher1", "GET", "/api/admissions/events")).status).toBe(403);
    expect((await as("duxue", "GET", `/api/admissions/events/${id}`)).status).toBe(403);
    expect((await as(null, "GET", "/api/admissions/events")).status).toBe(401);
  });
});

describe("a class allocation over a grade already in classes (the allocation above wrote grade 1 into classes)", () => {
  let id: string;
  let code: string;
  const reason = "开学前学籍新增转入学生较多,经局务会研究重新分班";
  const gradeClasses = () =>
    database.db
      .select({ studentId: enrollment.studentId, number: schoolClass.number })
      .from(enrollment)
      .innerJoin(schoolClass, eq(schoolClass.id, enrollment.classId))
      .where(
        and(
          eq(enrollment.schoolId, school1),
          eq(enrollment.schoolYear, TEST_YEAR),
          eq(enrollment.grade, 1),
          eq(enrollment.status, "enrolled"),
        ),
      );

  it("is refused at the draw, naming how many students are in classes, to the school and to 招生办 alike", async () => {
    const created = await as("school1", "POST", "/api/admissions/events/allocation", allocationBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ({ id, code } = created.body);
    await as("school1", "POST", `/api/admissions/events/${id}/freeze`);
    for (const [role, name, value] of [
      ["家长代表", "王女士", "1357"],
      ["纪检监察", "李先生", "2468"],
    ]) {
      await as("school1", "POST", `/api/admissions/events/${id}/contributions`, { role, name, value });
    }
    const again = await as("school1", "GET", `/api/admissions/intake?schoolId=${school1}&year=${TEST_YEAR}&grade=1`);
    expect(again.body.studentsInClasses).toBe(intake.total);
    const detail = (await as("school1", "GET", `/api/admissions/events/${id}`)).body;
    expect(detail.settledGrade).toEqual({ studentsInClasses: intake.total, canOverride: false });
    expect((await as("zhaosheng", "GET", `/api/admissions/events/${id}`)).body.settledGrade.canOverride).toBe(true);
    for (const u of ["school1", "zhaosheng"] as const) {
      const refused = await as(u, "POST", `/api/admissions/events/${id}/run`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe("GRADE_ALREADY_IN_CLASSES");
      expect(refused.body.error.message).toContain(`该年级已分班,共${intake.total}名学生已在班级中`);
    }
    expect((await as("school1", "GET", `/api/admissions/events/${id}`)).body.status).toBe("frozen");
  });

  it("refuses the override to the school, and to 招生办 without a reason or the students typed again", async () => {
    const override = { reason, confirmStudents: intake.total };
    const bySchool = await as("school1", "POST", `/api/admissions/events/${id}/run`, { override });
    expect(bySchool.status).toBe(403);
    expect(bySchool.body.error.message).toContain("招生办");
    const noReason = await as("zhaosheng", "POST", `/api/admissions/events/${id}/run`, {
      override: { reason: "重新分班", confirmStudents: intake.total },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("override.reason");
    const wrongCount = await as("zhaosheng", "POST", `/api/admissions/events/${id}/run`, {
      override: { reason, confirmStudents: intake.total - 1 },
    });
    expect(wrongCount.status).toBe(400);
    expect(wrongCount.body.error.message).toContain(String(intake.total));
    expect((await as("school1", "GET", `/api/admissions/events/${id}`)).body.status).toBe("frozen");
  });

  it("draws with 招生办's override, audited with the reason and the students moved, shown on the event and to the public", async () => {
    const before = new Map((await gradeClasses()).map((r) => [r.studentId, r.number]));
    const drawn = await as("zhaosheng", "POST", `/api/admissions/events/${id}/run`, {
      override: { reason, confirmStudents: intake.total },
    });
    expect(drawn.status, JSON.stringify(drawn.body)).toBe(200);
    expect(drawn.body.status).toBe("drawn");
    const roster = new Map(
      (await database.db.select().from(drawEvent).where(eq(drawEvent.id, id)))[0]?.roster.map((r) => [
        r.code,
        r.studentId,
      ]),
    );
    let moved = 0;
    for (const c of drawn.body.classes) {
      for (const s of c.students) if (before.get(roster.get(s.code) ?? "") !== c.number) moved++;
    }
    expect(drawn.body.settledOverrides).toEqual([
      expect.objectContaining({ step: "run", reason, studentsInClasses: intake.total, studentsChanged: moved }),
    ]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "admissions.event.run")));
    expect(audit?.reason).toBe(reason);
    expect(audit?.details).toMatchObject({
      settledGradeOverride: { step: "run", studentsInClasses: intake.total, studentsChanged: moved },
    });
    const pub = await as(null, "GET", `/api/public/draws/${code}`);
    expect(pub.body.settledOverrides).toEqual([
      { step: "run", reason, studentsInClasses: intake.total, studentsChanged: moved, at: expect.any(String) },
    ]);
    expect(JSON.stringify(pub.body)).not.toContain("zhaosheng");
  });

  it("writes into the register only with the override given again, by 招生办", async () => {
    const refused = await as("zhaosheng", "POST", `/api/admissions/events/${id}/confirm`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("GRADE_ALREADY_IN_CLASSES");
    const bySchool = await as("school1", "POST", `/api/admissions/events/${id}/confirm`, {
      override: { reason, confirmStudents: intake.total },
    });
    expect(bySchool.status).toBe(403);
    const before = new Map((await gradeClasses()).map((r) => [r.studentId, r.number]));
    const confirmed = await as("zhaosheng", "POST", `/api/admissions/events/${id}/confirm`, {
      override: { reason, confirmStudents: intake.total },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const after = await gradeClasses();
    const moved = after.filter((r) => before.get(r.studentId) !== r.number).length;
    expect(confirmed.body.settledOverrides.map((o: any) => [o.step, o.studentsChanged])).toEqual([
      ["run", moved],
      ["confirm", moved],
    ]);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "admissions.event.confirm")));
    expect(audit?.reason).toBe(reason);
    expect(audit?.details).toMatchObject({ settledGradeOverride: { step: "confirm", studentsChanged: moved } });
  });
});

describe("a draw before its announced time", () => {
  it("is refused for a lottery and for quota places, naming the time, and runs once the time has come", async () => {
    // three hours ahead (the sessions' idle expiry is eight): the refusal is the same two days ahead
    const later = `${TEST_YEAR}-08-28T12:00:00+08:00`;
    const lottery = await as("zhaosheng", "POST", "/api/admissions/events/lottery", {
      title: "提前抽签检查",
      eventTime: later,
      places: 1,
      tiers: [{ tier: 1, label: "学区内" }],
      applicants: [
        { name: "甲", tier: 1, family: null },
        { name: "乙", tier: 1, family: null },
      ],
    });
    expect(lottery.status, JSON.stringify(lottery.body)).toBe(201);
    await as("zhaosheng", "POST", `/api/admissions/events/${lottery.body.id}/freeze`);
    for (const [role, name, value] of [
      ["家长代表", "王女士", "11"],
      ["纪检监察", "李先生", "22"],
    ]) {
      await as("zhaosheng", "POST", `/api/admissions/events/${lottery.body.id}/contributions`, { role, name, value });
    }
    const quota = await as("zhaosheng", "POST", "/api/admissions/events/quota", {
      title: "提前计算检查",
      eventTime: later,
      seniorSchool: { code: "G001", name: "市第一高级中学" },
      schoolYear: TEST_YEAR,
      plan: 10,
    });
    expect(quota.status, JSON.stringify(quota.body)).toBe(201);
    for (const event of [lottery.body, quota.body]) {
      const early = await as("zhaosheng", "POST", `/api/admissions/events/${event.id}/run`);
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe("BEFORE_EVENT_TIME");
      expect(early.body.error.message).toContain(`${TEST_YEAR}年8月28日 12:00(北京时间)`);
      expect((await as("zhaosheng", "GET", `/api/admissions/events/${event.id}`)).body.seed).toBeNull();
    }
    const threeHours = 3 * 3_600_000;
    clock.advance(threeHours - 60_000);
    expect((await as("zhaosheng", "POST", `/api/admissions/events/${quota.body.id}/run`)).status).toBe(409);
    clock.advance(60_000);
    try {
      for (const event of [lottery.body, quota.body]) {
        const run = await as("zhaosheng", "POST", `/api/admissions/events/${event.id}/run`);
        expect(run.status, JSON.stringify(run.body)).toBe(200);
        expect(run.body.status).toBe("drawn");
      }
    } finally {
      clock.advance(-threeHours);
    }
  });
});

describe("a lottery, run by 招生办", () => {
  const applicants = [
    ...Array.from({ length: 12 }, (_, i) => ({ name: `报名${i + 1}`, tier: i < 3 ? 1 : 2, family: null })),
    { name: "双胞胎甲", tier: 2, family: "F1" },
    { name: "双胞胎乙", tier: 2, family: "F1" },
  ];
  const body = {
    title: "城关一小一年级摇号",
    eventTime: EVENT_TIME,
    places: 6,
    tiers: [
      { tier: 1, label: "学区内户籍" },
      { tier: 2, label: "其他" },
    ],
    applicants,
  };

  it("is refused to schools and other sections", async () => {
    expect((await as("school1", "POST", "/api/admissions/events/lottery", body)).status).toBe(403);
    expect((await as("jcjy", "POST", "/api/admissions/events/lottery", body)).status).toBe(403);
  });

  it("refuses an applicant of an unknown tier and twins split across tiers", async () => {
    const bad = await as("zhaosheng", "POST", "/api/admissions/events/lottery", {
      ...body,
      applicants: [
        ...applicants.slice(0, 12),
        { name: "甲", tier: 1, family: "F1" },
        { name: "乙", tier: 3, family: "F1" },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.field)).toContain("applicants.13.tier");
  });

  it("admits tier 1 first, twins together or not at all, and a waiting list in draw order", async () => {
    const created = await as("zhaosheng", "POST", "/api/admissions/events/lottery", body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id;
    await as("zhaosheng", "POST", `/api/admissions/events/${id}/freeze`);
    const drawn = await witnessAndRun("zhaosheng", id);
    const admitted = drawn.lottery.admitted;
    expect(admitted.length).toBeLessThanOrEqual(6);
    expect(admitted.slice(0, 3).every((a: any) => a.tier === 1)).toBe(true);
    const names = admitted.map((a: any) => a.name);
    expect(names.includes("双胞胎甲")).toBe(names.includes("双胞胎乙"));
    const positions = drawn.lottery.waiting.map((w: any) => w.drawPosition);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(admitted.length + drawn.lottery.waiting.length).toBe(applicants.length);
  });
});

describe("a lottery from an Excel list", () => {
  async function upload(rows: string[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["姓名", "顺位", "多胞胎组号"]);
    for (const r of rows) ws.addRow(r);
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await wb.xlsx.writeBuffer())], "报名.xlsx"));
    form.append(
      "settings",
      JSON.stringify({
        title: "实验小学摇号",
        eventTime: EVENT_TIME,
        places: 2,
        tiers: [{ tier: 1, label: "学区内" }],
      }),
    );
    const res = await app.request("/api/admissions/uploads/lottery", {
      method: "POST",
      headers: { cookie: sessions.zhaosheng.cookie, "x-csrf-token": sessions.zhaosheng.csrf },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it("offers the template, refuses a row with an unknown tier by row and column, and creates a draft from a clean list", async () => {
    const template = await app.request("/api/admissions/templates/lottery", {
      headers: { cookie: sessions.zhaosheng.cookie },
    });
    expect(template.status).toBe(200);
    const bad = await upload([
      ["甲", "1", ""],
      ["乙", "3", ""],
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ row: 3, column: "顺位", value: "3" })]);
    const good = await upload([
      ["甲", "1", ""],
      ["乙", "1", "F1"],
      ["丙", "1", "F1"],
    ]);
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    expect(good.body.roster.map((r: any) => r.code)).toEqual(["A00001", "A00002", "A00003"]);
    expect(good.body.source).toBe("excel");
  });
});

describe("quota places, computed by 招生办", () => {
  it("distributes the plan over the county's junior schools by the register's base", async () => {
    const bases = await as("zhaosheng", "GET", `/api/admissions/quota-bases?year=${TEST_YEAR}&baseKind=enrolled`);
    expect(bases.status).toBe(200);
    expect(bases.body.rows.length).toBeGreaterThan(0);
    const created = await as("zhaosheng", "POST", "/api/admissions/events/quota", {
      title: "市一中指标到校",
      eventTime: EVENT_TIME,
      seniorSchool: { code: "G001", name: "市第一高级中学" },
      schoolYear: TEST_YEAR,
      plan: 100,
      sharePercent: 60,
      baseKind: "enrolled",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const run = await as("zhaosheng", "POST", `/api/admissions/events/${created.body.id}/run`);
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.quota.quotaTotal).toBe(60);
    expect(run.body.quota.schools.reduce((s: number, x: any) => s + x.places, 0)).toBe(60);
    expect(run.body.seed).toBeNull();
  });
  it("refuses a share under 50% and a school that has no senior stage", async () => {
    const low = await as("zhaosheng", "POST", "/api/admissions/events/quota", {
      title: "指标",
      eventTime: EVENT_TIME,
      seniorSchool: { code: "G001", name: "市第一高级中学" },
      schoolYear: TEST_YEAR,
      plan: 100,
      sharePercent: 40,
    });
    expect(low.status).toBe(400);
    expect(low.body.error.details[0].field).toBe("sharePercent");
    const notSenior = await as("zhaosheng", "POST", "/api/admissions/events/quota", {
      title: "指标",
      eventTime: EVENT_TIME,
      seniorSchoolId: school1,
      schoolYear: TEST_YEAR,
      plan: 100,
    });
    expect(notSenior.status).toBe(400);
    expect((await as("school1", "GET", `/api/admissions/quota-bases?year=${TEST_YEAR}`)).status).toBe(404);
  });
});

describe("a class allocation from an Excel list", () => {
  async function workbook(rows: string[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRow(["姓名", "性别", "特殊需要", "多胞胎组号", "多胞胎意愿", "成绩", "住校"]);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  async function upload(u: User, bytes: Buffer, settings: Record<string, unknown>) {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(bytes)], "名单.xlsx"));
    form.append("settings", JSON.stringify(settings));
    const res = await app.request("/api/admissions/uploads/allocation", {
      method: "POST",
      headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  }
  const settings = { title: "七年级阳光分班", eventTime: EVENT_TIME, classes: 2, balance: ["住校"] };
  const good = [
    ["甲", "男", "否", "", "", "", "是"],
    ["乙", "女", "是", "", "", "", "否"],
    ["丙", "男", "", "F1", "分班", "", "否"],
    ["丁", "男", "", "F1", "分班", "", "是"],
    ["戊", "女", "否", "", "", "", "否"],
  ];

  it("refuses the whole file with a problem per row and column", async () => {
    const bad = good.map((r) => [...r]);
    (bad[1] as string[])[1] = "女生";
    (bad[3] as string[])[4] = "";
    const res = await upload("zhaosheng", await workbook(bad), settings);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("LIST_INVALID");
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ row: 3, column: "性别", value: "女生" }),
      expect.objectContaining({ row: 5, column: "多胞胎意愿" }),
    ]);
    const events = (await as("zhaosheng", "GET", "/api/admissions/events?kind=class_allocation")).body.rows;
    expect(events.some((e: any) => e.title === "七年级阳光分班")).toBe(false);
  });

  it("creates the draft from a clean file and keeps the apart twins apart", async () => {
    const res = await upload("zhaosheng", await workbook(good), settings);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.id;
    await as("zhaosheng", "POST", `/api/admissions/events/${id}/freeze`);
    const drawn = await witnessAndRun("zhaosheng", id);
    const classOf = (name: string) =>
      drawn.classes.find((c: any) => c.students.some((s: any) => s.name === name))?.number;
    expect(classOf("丙")).not.toBe(classOf("丁"));
    const notRegister = await as("zhaosheng", "POST", `/api/admissions/events/${id}/confirm`);
    expect(notRegister.status).toBe(409);
    expect(notRegister.body.error.code).toBe("NOT_FROM_REGISTER");
    const lists = await app.request(`/api/admissions/events/${id}/class-lists.xlsx`, {
      headers: { cookie: sessions.zhaosheng.cookie },
    });
    expect(lists.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await lists.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(["1班", "2班"]);
  });

  it("refuses a file that is not Excel", async () => {
    const res = await upload("zhaosheng", Buffer.from("姓名,性别\n甲,男"), settings);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("LIST_NOT_XLSX");
  });

  it("refuses a zip bomb before inflating it, naming the limit", async () => {
    // a sheet of 400 MB of empty rows, deflated to well under the 5 MB upload limit
    const bomb = await sheetBombXlsx(400);
    expect(bomb.length).toBeLessThan(MAX_LIST_BYTES);
    const lying = await sheetBombXlsx(400, 4096);
    const drafts = async () =>
      (await as("zhaosheng", "GET", "/api/admissions/events?kind=class_allocation")).body.rows as unknown[];
    const draftsBefore = (await drafts()).length;
    const before = process.memoryUsage().rss;
    const res = await upload("zhaosheng", bomb, settings);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("IMPORT_FILE_TOO_LARGE");
    expect(res.body.error.message).toContain("压缩炸弹");
    expect(res.body.error.message).toContain("上限 200 倍");
    // a sheet whose headers understate its size stops inflating at the declared size
    const lied = await upload("zhaosheng", lying, settings);
    expect(lied.status).toBe(400);
    expect(lied.body.error.code).toBe("IMPORT_FILE_TOO_LARGE");
    expect(lied.body.error.message).toContain("与声明不符");
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect((await drafts()).length).toBe(draftsBefore);
  });

  it("lets a school upload only for itself", async () => {
    const res = await upload("school2", await workbook(good), { ...settings, schoolId: school1 });
    expect(res.status).toBe(404);
  });
});

describe("audit", () => {
  it("records every admissions write", async () => {
    const rows = await database.db.select().from(auditLog).where(like(auditLog.action, "admissions.%"));
    expect(rows.length).toBeGreaterThan(10);
  });
});

describe("the demo county", () => {
  it("has a published allocation, lottery and quota computation that verify from their public files", async () => {
    const list = (await as(null, "GET", "/api/public/draws")).body.rows.filter((r: any) => r.status === "published");
    // the tests above publish only an allocation: the lottery and quota come from the demo
    expect(new Set(list.map((r: any) => r.kind))).toEqual(new Set(["class_allocation", "lottery", "quota"]));
    expect(list.filter((r: any) => r.kind === "class_allocation").length).toBe(2);
    for (const row of list) {
      const pub = (await as(null, "GET", `/api/public/draws/${row.code}`)).body;
      const inputText = await (await app.request(`/api/public/draws/${row.code}/files/input`)).text();
      const resultText = await (await app.request(`/api/public/draws/${row.code}/files/result`)).text();
      const v = admissions.verifyDraw({
        inputText,
        inputDigest: pub.inputDigest,
        contributions: pub.contributions.map((c: any) => c.value),
        seed: pub.seed,
        resultText,
        resultDigest: pub.resultDigest,
      });
      expect(v.match, row.code).toBe(true);
    }
  });
});

describe("the database itself", () => {
  it("refuses to change or delete a published event, even bypassing the application", async () => {
    const [published] = await database.db.select().from(drawEvent).where(eq(drawEvent.status, "published")).limit(1);
    expect(published).toBeDefined();
    const id = published?.id ?? "";
    await expect(
      database.db
        .update(drawEvent)
        .set({ resultDigest: "0".repeat(64) })
        .where(eq(drawEvent.id, id)),
    ).rejects.toThrow();
    await expect(database.db.delete(drawEvent).where(eq(drawEvent.id, id))).rejects.toThrow();
    const [after] = await database.db.select().from(drawEvent).where(eq(drawEvent.id, id));
    expect(after?.resultDigest).toBe(published?.resultDigest);
  });
});
