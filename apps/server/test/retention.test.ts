import { registry } from "@edubureau/core";
import { and, eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import { createPersonalDataCipher } from "../src/auth/personalData";
import type { Database } from "../src/db/client";
import { solidPng } from "../src/ledger/thumbnail";
import { enrollment, person, student, town } from "../src/registry/tables";
import { retentionRosterEntry } from "../src/retention/tables";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_SECRET, TEST_YEAR } from "./template";

/**
 * Dropout control on the test county: 基础教育股 (jcjy) imports the household roster on the shared pipeline (a bad
 * file gets a marked-up report and writes nothing), runs the comparisons (roster gaps, absences, poverty lists),
 * opens a case with the 包保 chain; the school (school1) reports absences and its zero-report, records a visit with a
 * photo and the return, and closes the case only after the days in class; leadership reads; others are refused.
 * The clock starts on 7 December 2026 (Beijing 10:00).
 */
const USERS = ["jcjy", "leader", "dudao", "school1", "school2", "teacher1", "admin", "duxue"] as const;
type User = (typeof USERS)[number];
const DAY = 86_400_000;

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
const cipher = createPersonalDataCipher(TEST_SECRET);

let school1: string;
let townCode: string;
/** clear IDs of three pupils on roll this year (ages 6–14), decrypted from the register */
let enrolledIds: { id: string; name: string; studentId: string }[];
let gapId: string;
let outsideId: string;
/** a child of 4 on 31 August: listed for preschool's population, never school-age */
let preschoolId: string;

function residentId(first17: string) {
  return first17 + registry.residentIdCheckChar(first17);
}

const HEADERS = [
  "身份证号",
  "姓名",
  "性别",
  "出生日期",
  "村(社区)代码",
  "村(社区)名称",
  "住址",
  "监护人姓名",
  "监护人电话",
];
async function rosterXlsx(rows: string[][], sheetName = "户籍适龄人口", headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function childRow(id: string, name: string, village = `${townCode}201`): string[] {
  const p = registry.parseResidentId(id);
  if (!p.ok) throw new Error(`bad test id ${id}`);
  return [id, name, p.gender === "M" ? "男" : "女", p.birthDate, village, "东村", "东村一组", "监护人", "13800000000"];
}

async function upload(u: User, bytes: Buffer, kind = "roster") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "户籍名单.xlsx"));
  form.append("kind", kind);
  const res = await app.request("/api/retention/imports", {
    method: "POST",
    headers: { cookie: sessions[u].cookie, "x-csrf-token": sessions[u].csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function loginAll() {
  for (const u of USERS) sessions[u] = await login(app, u);
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-12-07T02:00:00Z`))));
  await loginAll();
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  const [t] = await database.db.select({ code: town.code }).from(town).limit(1);
  townCode = t!.code;
  // three pupils of school1 on roll this year, with their IDs decrypted as the public-security office would have them
  const pupils = await database.db
    .select({ cipher: person.residentIdCipher, name: person.name, studentId: student.id, birth: person.birthDate })
    .from(enrollment)
    .innerJoin(student, eq(student.id, enrollment.studentId))
    .innerJoin(person, eq(person.id, student.personId))
    .where(
      and(eq(enrollment.schoolId, school1), eq(enrollment.schoolYear, TEST_YEAR), eq(enrollment.status, "enrolled")),
    )
    .limit(3);
  enrolledIds = pupils.map((p) => ({ id: cipher.decrypt(p.cipher!)!, name: p.name, studentId: p.studentId }));
  gapId = residentId(`${townCode.slice(0, 6)}20180301771`); // 8 on 31 August 2026, enrolled nowhere
  outsideId = residentId(`${townCode.slice(0, 6)}20150505772`); // 11, at school in another county
  preschoolId = residentId(`${townCode.slice(0, 6)}20220301774`); // 4 on 31 August 2026
});
afterAll(() => database.close());

describe("household roster import", () => {
  it("answers a bad roster with a marked-up report and writes nothing", async () => {
    const wrongCheck = `${gapId.slice(0, 17)}${gapId[17] === "1" ? "2" : "1"}`;
    const tooOld = residentId(`${townCode.slice(0, 6)}20110831773`); // 15 on 31 August 2026
    const bytes = await rosterXlsx([
      childRow(enrolledIds[0]!.id, enrolledIds[0]!.name),
      [wrongCheck, "王错号", "男", "", `${townCode}201`, "东村", "", "", ""],
      childRow(enrolledIds[0]!.id, enrolledIds[0]!.name), // duplicate of row 2
      childRow(tooOld, "李太大"),
      childRow(gapId, "赵村外", "999999999201"), // not a township of the county
    ]);
    const up = await upload("jcjy", bytes);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.summary).toMatchObject({ rows: 5, invalidRows: 5 });
    const messages = up.body.problems.map((p: any) => `${p.row}:${p.column}:${p.message}`);
    expect(messages).toContain("3:身份证号:身份证号校验位不正确,请核对号码是否抄错");
    expect(messages.some((m: string) => m.startsWith("2:身份证号:与第4行的身份证号重复"))).toBe(true);
    expect(messages).toContain(
      "5:出生日期:截至2026年8月31日年龄为15周岁,超出名单范围(0–14周岁),已满15周岁的不属义务教育适龄儿童,请从名单中删除该行或核对出生日期",
    );
    expect(
      messages.some((m: string) => m.startsWith("6:村(社区)代码:村(社区)代码前9位(999999999)不是本县的乡镇")),
    ).toBe(true);
    const commit = await as("jcjy", "POST", `/api/retention/imports/${up.body.job.id}/commit`, {
      onlyValidRows: false,
    });
    expect(commit.status).toBe(409);
    expect(commit.body.error.message).toContain("尚未写入任何数据");
    const report = await app.request(`/api/retention/imports/${up.body.job.id}/report.xlsx`, {
      headers: { cookie: sessions.jcjy.cookie },
    });
    expect(report.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await report.arrayBuffer()) as never);
    const data = wb.getWorksheet("户籍适龄人口")!;
    expect(String(data.getCell("A3").note ?? "")).toContain("校验位");
    expect((await database.db.select().from(retentionRosterEntry)).length).toBe(0);
  });

  it("refuses the roster to everyone but 基础教育股", async () => {
    const bytes = await rosterXlsx([childRow(gapId, "赵小飞")]);
    for (const u of ["leader", "dudao", "school1", "teacher1", "admin"] as const) {
      expect((await upload(u, bytes)).status, u).toBe(403);
    }
  });

  it("imports a clean roster encrypted: hash, masked ID and ciphertext, never the clear ID", async () => {
    const rows = [
      ...enrolledIds.map((e) => childRow(e.id, e.name)),
      childRow(gapId, "赵小飞"),
      childRow(outsideId, "钱县外"),
      childRow(preschoolId, "孙小苗"),
    ];
    const up = await upload("jcjy", await rosterXlsx(rows));
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.summary.errors, JSON.stringify(up.body.problems)).toBe(0);
    const commit = await as("jcjy", "POST", `/api/retention/imports/${up.body.job.id}/commit`, {
      onlyValidRows: false,
    });
    expect(commit.status, JSON.stringify(commit.body)).toBe(200);
    expect(commit.body.written).toBe(6);
    const stored = await database.db.select().from(retentionRosterEntry);
    expect(stored).toHaveLength(6);
    const text = JSON.stringify(stored);
    expect(text).not.toContain(gapId);
    expect(text).not.toContain("赵小飞");
    // the child under 6 is stored like the others: hash, masked, encrypted
    const young = stored.find((e) => e.residentIdHash === cipher.hash(preschoolId))!;
    expect(young).toMatchObject({ nameMasked: "孙*苗", birthDate: "2022-03-01", townCode });
    expect(cipher.decrypt(young.residentIdCipher!)).toBe(preschoolId);
    expect(text).not.toContain(preschoolId);
    expect(stored.find((e) => e.residentIdHash === cipher.hash(gapId))?.nameMasked).toBe("赵*飞");
  });
});

describe("comparisons and the three registers", () => {
  let gapEntry: string;
  let outsideEntry: string;

  it("shows the school-age register to the section and leadership only, each view audited", async () => {
    const list = await as("jcjy", "GET", "/api/retention/children");
    expect(list.status).toBe(200);
    // the child under 6 is not school-age: not in the register
    expect(list.body.total).toBe(5);
    expect(list.body.rows.some((r: any) => r.nameMasked === "孙*苗")).toBe(false);
    expect(JSON.stringify(list.body)).not.toContain(gapId);
    gapEntry = list.body.rows.find((r: any) => r.nameMasked === "赵*飞").id;
    outsideEntry = list.body.rows.find((r: any) => r.nameMasked === "钱*外").id;
    expect((await as("leader", "GET", "/api/retention/children")).status).toBe(200);
    for (const u of ["dudao", "school1", "teacher1", "admin", "duxue"] as const) {
      expect((await as(u, "GET", "/api/retention/children")).status, u).toBe(403);
    }
    const views = await database.db.select().from(auditLog).where(eq(auditLog.action, "retention.roster.view"));
    expect(views.length).toBe(2);
  });

  it("records an explanation: enrolled outside the county needs the stage", async () => {
    const missing = await as("jcjy", "PUT", `/api/retention/children/${outsideEntry}/explanation`, {
      kind: "outside_county",
      detail: "在邻县实验小学就读",
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("学段");
    const ok = await as("jcjy", "PUT", `/api/retention/children/${outsideEntry}/explanation`, {
      kind: "outside_county",
      stage: "primary",
      detail: "在邻县实验小学就读(五年级)",
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(
      (
        await as("school1", "PUT", `/api/retention/children/${gapEntry}/explanation`, {
          kind: "deceased",
          detail: "死亡证明",
        })
      ).status,
    ).toBe(403);
  });

  it("matches the roster by keyed hash, flags the gap, purges the matched and shows what changed on a rerun", async () => {
    const first = await as("jcjy", "POST", "/api/retention/comparisons/roster/run");
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.summary).toMatchObject({
      children: 6,
      enrolled: 3,
      explained: 1,
      gap: 1,
      preschool: 1,
      purged: 3,
    });
    // the child under 6 is no suspect: the only one flagged is the gap
    expect(first.body.added).toEqual([`roster_gap:${gapEntry}`]);
    const [young] = await database.db
      .select()
      .from(retentionRosterEntry)
      .where(eq(retentionRosterEntry.residentIdHash, cipher.hash(preschoolId)));
    expect(young).toMatchObject({ outcome: "preschool", studentId: null });
    expect(young!.residentIdCipher).not.toBeNull(); // kept for preschool, never matched so never purged
    const again = await as("jcjy", "POST", "/api/retention/comparisons/roster/run");
    expect(again.body.added).toEqual([]);
    expect(again.body.removed).toEqual([]);
    expect(again.body.summary.flagged).toBe(1);
    for (const u of ["leader", "school1", "dudao"] as const) {
      expect((await as(u, "POST", "/api/retention/comparisons/roster/run")).status, u).toBe(403);
    }
  });

  it("asks no explanation of the child under 6 and hands it to preschool's population aged 3–5", async () => {
    const [young] = await database.db
      .select({ id: retentionRosterEntry.id })
      .from(retentionRosterEntry)
      .where(eq(retentionRosterEntry.residentIdHash, cipher.hash(preschoolId)));
    const refused = await as("jcjy", "PUT", `/api/retention/children/${young!.id}/explanation`, {
      kind: "deferred",
      detail: "医院证明",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("未满6周岁(学龄前),不参与户籍与学籍比对");
    // the roster lists a child under 6, so preschool's forecast comes from it: 4 now, 5 in 2027, 6 (out) in 2028
    const plan = await as("jcjy", "GET", `/api/preschool/plan?year=${TEST_YEAR}`);
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    const t = plan.body.townships.find((x: any) => x.townCode === townCode);
    expect(t.years.slice(1, 3).map((y: any) => [y.children, y.source])).toEqual([
      [1, "户籍名单"],
      [0, "户籍名单"],
    ]);
  });

  it("reveals a gap child's identity with a reason, audited; a purged one answers 410", async () => {
    const list = await as("jcjy", "GET", "/api/retention/children?outcome=enrolled");
    const purged = list.body.rows[0];
    expect(purged.purged).toBe(true);
    expect(
      (await as("jcjy", "POST", `/api/retention/children/${purged.id}/reveal`, { reason: "核对户籍" })).status,
    ).toBe(410);
    const reveal = await as("jcjy", "POST", `/api/retention/children/${gapEntry}/reveal`, { reason: "入户核查需要" });
    expect(reveal.status).toBe(200);
    expect(reveal.body).toMatchObject({ residentId: gapId, name: "赵小飞" });
    expect((await as("leader", "POST", `/api/retention/children/${gapEntry}/reveal`, { reason: "看看" })).status).toBe(
      403,
    );
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, "retention.roster.reveal"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reason).toBe("入户核查需要");
  });

  it("turns N consecutive unexcused school days into a suspect at the pupil's school, seen by that school only", async () => {
    const pupils = await as("school1", "GET", "/api/retention/pupils");
    expect(pupils.status).toBe(200);
    const pupil = enrolledIds[1]!.studentId;
    const bad = await as("school1", "POST", "/api/retention/absences", {
      studentId: pupil,
      fromDate: "2026-11-20",
      toDate: "2026-11-10",
      schoolDays: 3,
      approvedLeave: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe("缺课截止日期不能早于起始日期");
    expect(
      (
        await as("school2", "POST", "/api/retention/absences", {
          studentId: pupil,
          fromDate: "2026-11-09",
          toDate: "2026-11-20",
          schoolDays: 10,
          approvedLeave: false,
        })
      ).body.error.message,
    ).toContain("不在本校");
    const leave = await as("school1", "POST", "/api/retention/absences", {
      studentId: enrolledIds[2]!.studentId,
      fromDate: "2026-11-02",
      toDate: "2026-11-20",
      schoolDays: 15,
      approvedLeave: true,
    });
    expect(leave.status).toBe(201);
    const ok = await as("school1", "POST", "/api/retention/absences", {
      studentId: pupil,
      fromDate: "2026-11-09",
      toDate: "2026-11-20",
      schoolDays: 10,
      approvedLeave: false,
      reason: "联系不上家长",
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(
      (
        await as("jcjy", "POST", "/api/retention/absences", {
          studentId: pupil,
          fromDate: "2026-11-09",
          toDate: "2026-11-20",
          schoolDays: 10,
          approvedLeave: false,
        })
      ).status,
    ).toBe(403);
    const run = await as("jcjy", "POST", "/api/retention/comparisons/attendance/run");
    expect(run.body.summary).toMatchObject({ spells: 2, flagged: 1, threshold: 10 });
    const mine = await as("school1", "GET", "/api/retention/suspects");
    expect(mine.body.rows.map((r: any) => r.source)).toEqual(["absence"]);
    expect(mine.body.rows[0].detail).toContain("连续缺课10个上学日");
    expect((await as("school2", "GET", "/api/retention/suspects")).body.rows).toEqual([]);
    const county = await as("leader", "GET", "/api/retention/suspects");
    expect(county.body.rows.map((r: any) => r.source).sort()).toEqual(["absence", "roster_gap"]);
    expect((await as("teacher1", "GET", "/api/retention/suspects")).status).toBe(403);
  });

  it("marks a suspect on the low-income list as a priority case", async () => {
    const form = await rosterXlsx([["低保家庭", gapId, "赵小飞"]], "防返贫监测和低保名单", [
      "名单类别",
      "身份证号",
      "姓名",
    ]);
    const up = await upload("jcjy", form, "poverty");
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(
      (await as("jcjy", "POST", `/api/retention/imports/${up.body.job.id}/commit`, { onlyValidRows: false })).status,
    ).toBe(200);
    const run = await as("jcjy", "POST", "/api/retention/comparisons/poverty/run");
    expect(run.body.summary.flagged).toBe(1);
    const suspects = (await as("jcjy", "GET", "/api/retention/suspects")).body.rows;
    expect(suspects.find((r: any) => r.source === "roster_gap").priorityLists).toEqual(["低保家庭"]);
  });
});

describe("a persuasion case from suspicion to 动态销号", () => {
  let caseId: string;
  const chain = {
    township: { name: "东镇 刘镇长", phone: "13900000001" },
    village: { name: "东村 王书记", phone: "13900000002" },
    school: { name: "李校长", phone: "13900000003" },
    teacher: { name: "陈老师", phone: "13900000004" },
  };

  it("is opened by the section with the 包保 chain, once", async () => {
    const suspect = (await as("school1", "GET", "/api/retention/suspects")).body.rows[0];
    expect((await as("school1", "POST", `/api/retention/suspects/${suspect.id}/case`, { chain })).status).toBe(403);
    const opened = await as("jcjy", "POST", `/api/retention/suspects/${suspect.id}/case`, { chain, note: "缺课10天" });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    caseId = opened.body.id;
    expect((await as("jcjy", "POST", `/api/retention/suspects/${suspect.id}/case`, { chain })).status).toBe(409);
    const c = await as("school1", "GET", `/api/retention/cases/${caseId}`);
    expect(c.body.case).toMatchObject({
      state: "verifying",
      deadline: "2027-01-06",
      abilities: { act: true, dismiss: false },
    });
    expect((await as("school2", "GET", `/api/retention/cases/${caseId}`)).status).toBe(404);
  });

  it("records visits with a photo on the evidence store, by the school", async () => {
    expect(
      (await as("school1", "POST", `/api/retention/cases/${caseId}/transition`, { action: "confirm" })).status,
    ).toBe(200);
    const future = await as("school1", "POST", `/api/retention/cases/${caseId}/visits`, {
      visitedOn: "2027-01-01",
      visitors: "陈老师",
      method: "home_visit",
      outcome: "undecided",
    });
    expect(future.body.error.message).toBe("劝返日期不能晚于今天");
    const visit = await as("school1", "POST", `/api/retention/cases/${caseId}/visits`, {
      visitedOn: "2026-12-07",
      visitors: "陈老师、王书记",
      method: "home_visit",
      outcome: "agreed",
      note: "家长同意下周一送孩子返校",
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    expect(
      (
        await as("leader", "POST", `/api/retention/cases/${caseId}/visits`, {
          visitedOn: "2026-12-07",
          visitors: "x",
          method: "phone",
          outcome: "agreed",
        })
      ).status,
    ).toBe(403);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(solidPng(32, 24, [10, 120, 10], [200, 200, 200]))]), "入户劝返.png");
    form.append("visitId", visit.body.id);
    const res = await app.request(`/api/retention/cases/${caseId}/evidence`, {
      method: "POST",
      headers: { cookie: sessions.school1.cookie, "x-csrf-token": sessions.school1.csrf },
      body: form,
    });
    expect(res.status).toBe(201);
    const exe = new FormData();
    exe.append("file", new Blob([new Uint8Array(Buffer.from("MZ\x90\x00\x03\x00"))]), "照片.png");
    const refused = await app.request(`/api/retention/cases/${caseId}/evidence`, {
      method: "POST",
      headers: { cookie: sessions.school1.cookie, "x-csrf-token": sessions.school1.csrf },
      body: exe,
    });
    expect(refused.status).toBe(400);
    const detail = await as("jcjy", "GET", `/api/retention/cases/${caseId}`);
    expect(detail.body.visits[0].evidence).toHaveLength(1);
    const photo = await app.request(`/api/retention/evidence/${detail.body.visits[0].evidence[0].id}`, {
      headers: { cookie: sessions.leader.cookie },
    });
    expect(photo.headers.get("content-type")).toBe("image/png");
  });

  it("closes only after the pupil has been back the set days, verified by the school", async () => {
    const ret = await as("school1", "POST", `/api/retention/cases/${caseId}/transition`, {
      action: "record_return",
      returnedOn: "2026-12-07",
    });
    expect(ret.status).toBe(200);
    const early = await as("school1", "POST", `/api/retention/cases/${caseId}/transition`, { action: "verify_return" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe("返校满 30 天后才能核验销号(2027-01-06 起)");
    clock.advance(30 * DAY);
    await loginAll();
    const verified = await as("school1", "POST", `/api/retention/cases/${caseId}/transition`, {
      action: "verify_return",
      note: "在校30天",
    });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body.state).toBe("closed");
    const suspects = (await as("jcjy", "GET", "/api/retention/suspects?status=cleared")).body.rows;
    expect(suspects.map((s: any) => s.source)).toContain("absence");
    const audit = await database.db.select().from(auditLog).where(like(auditLog.action, "retention.case.%"));
    expect(audit.map((a) => a.action).sort()).toEqual([
      "retention.case.confirm",
      "retention.case.open",
      "retention.case.record_return",
      "retention.case.verify_return",
    ]);
  });
});

describe("zero-reports, re-checks and rates", () => {
  it("lists schools late with their monthly zero-report", async () => {
    expect(
      (await as("school1", "PUT", "/api/retention/zero-reports/2026-12", { outOfSchool: 1 })).body.error.message,
    ).toContain("说明");
    expect((await as("school1", "PUT", "/api/retention/zero-reports/2026-12", { outOfSchool: 0 })).status).toBe(200);
    expect((await as("jcjy", "PUT", "/api/retention/zero-reports/2026-12", { outOfSchool: 0 })).status).toBe(403);
    const list = await as("jcjy", "GET", "/api/retention/zero-reports/2026-12");
    expect(list.body.dueDate).toBe("2027-01-05");
    const mine = list.body.rows.find((r: any) => r.schoolId === school1);
    // today is 6 January 2027, a day past the due date: school1's report is late, every other school has none
    expect(mine).toMatchObject({ status: "reported_late", statusLabel: "逾期补报", outOfSchool: 0 });
    expect(list.body.rows.filter((r: any) => r.status === "late").length).toBe(list.body.rows.length - 1);
    expect((await as("school2", "GET", "/api/retention/zero-reports/2026-12")).body.rows).toHaveLength(1);
  });

  it("records the county's quarterly re-check with the figures of the day", async () => {
    const r = await as("jcjy", "POST", "/api/retention/rechecks", {
      quarter: "2026-Q4",
      note: "全县复核,1名未入学儿童入户核查中",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const list = await as("leader", "GET", "/api/retention/rechecks");
    expect(list.body.rows[0].figures).toMatchObject({ openSuspects: 1, openCases: 0 });
    expect((await as("school1", "POST", "/api/retention/rechecks", { quarter: "2026-Q4", note: "本校" })).status).toBe(
      403,
    );
  });

  it("computes the rates from the records with numerators, denominators and the records behind them", async () => {
    expect((await as("leader", "POST", "/api/retention/rates/compute")).status).toBe(403);
    const computed = await as("jcjy", "POST", "/api/retention/rates/compute");
    expect(computed.status, JSON.stringify(computed.body)).toBe(200);
    const year = computed.body.years.find((y: any) => y.schoolYear === TEST_YEAR);
    expect(computed.body.years).toHaveLength(5);
    const county = year.county;
    // the roster: 3 enrolled, 1 outside the county (primary, counts), 1 gap
    expect(county.compulsory).toMatchObject({ numerator: 4, denominator: 5, rate: 80 });
    for (const r of [county.juniorRetention?.retention, county.primaryRetention?.retention, county.nineYear].filter(
      Boolean,
    )) {
      if (r.denominator > 0)
        expect(r.rate).toBe(Math.min(100, Math.round((r.numerator * 10000) / r.denominator) / 100));
    }
    expect(computed.body.sentence).toMatch(/^2026—2027学年,.+小学学龄儿童净入学率/);
    expect(computed.body.method.join("")).toContain("8月31日");
    const leader = await as("leader", "GET", "/api/retention/rates");
    expect(leader.body.years).toHaveLength(5);
    const school = await as("school1", "GET", "/api/retention/rates");
    for (const y of school.body.years) expect(y.schools.every((s: any) => s.unit === school1)).toBe(true);
    expect((await as("teacher1", "GET", "/api/retention/rates")).status).toBe(403);
    const records = await as(
      "jcjy",
      "GET",
      `/api/retention/rates/records?schoolYear=${TEST_YEAR}&rate=compulsory&unit=county`,
    );
    expect(records.status).toBe(200);
    expect(records.body.rows.filter((r: any) => r.inNumerator)).toHaveLength(4);
    expect(records.body.rows.filter((r: any) => r.inDenominator)).toHaveLength(5);
    expect(records.body.rows.some((r: any) => String(r.reference).includes("4周岁"))).toBe(false);
    expect(JSON.stringify(records.body)).not.toContain(gapId);
    expect(
      (await as("school1", "GET", `/api/retention/rates/records?schoolYear=${TEST_YEAR}&rate=compulsory&unit=county`))
        .status,
    ).toBe(404);
  });
});
