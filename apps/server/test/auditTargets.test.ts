import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUser } from "../src/auth/tables";
import type { Database } from "../src/db/client";
import { solidPng } from "../src/ledger/thumbnail";
import { person, student } from "../src/registry/tables";
import { subjects } from "./examsKit";
import { call, login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * The audit log names what a row is about and who did it: a finding by its number and description, a student by
 * name and masked ID (never the full resident ID or 学籍号), an exam by its title, people by display name; it
 * filters by one record; and a finding's history names people by display name too.
 */
const USERS = ["admin", "leader", "anquan", "jcjy", "jiaoyan", "dudao", "school1", "teacher1", "duxue"] as const;
type User = (typeof USERS)[number];

let database: Database;
let app: TestApp;
const sessions = {} as Record<User, Session>;
const displayName = {} as Record<User, string>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);

let findingId: string;
let findingNumber: string;
let studentId: string;
let studentName: string;
let fullResidentId: string;
let examId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = testApp(database).app;
  for (const u of USERS) sessions[u] = await login(app, u);
  const accounts = await database.db.select().from(appUser);
  for (const u of USERS) displayName[u] = accounts.find((a) => a.username === u)!.displayName;

  // a finding raised by the safety section at school1's school, started by the school
  const school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
  const hazard = (await as("anquan", "GET", "/api/ledger/types")).body.rows.find((t: any) => t.kind === "hazard");
  const inspection = await as("anquan", "POST", "/api/ledger/inspections", {
    typeId: hazard.id,
    title: "冬季消防安全隐患排查",
    inspectedOn: "2026-11-18",
    inspectors: ["陈刚"],
    schoolIds: [school1],
  });
  expect(inspection.status, JSON.stringify(inspection.body)).toBe(201);
  const detail = await as("anquan", "GET", `/api/ledger/inspections/${inspection.body.id}`);
  const raised = await as("anquan", "POST", `/api/ledger/inspections/${inspection.body.id}/findings`, {
    targetIds: [detail.body.targets[0].id],
    category: "消防安全",
    description: "教学楼三楼灭火器过期2具",
    severity: "major",
    responsiblePerson: "张校长",
    deadline: "2027-12-10",
    measures: "更换过期灭火器",
  });
  expect(raised.status, JSON.stringify(raised.body)).toBe(201);
  findingId = raised.body.rows[0].id;
  findingNumber = raised.body.rows[0].number;
  expect(
    (await as("school1", "POST", `/api/ledger/findings/${findingId}/transitions`, { action: "start" })).status,
  ).toBe(200);

  // a student's resident ID revealed by the register's section
  const students = await as("jcjy", "GET", `/api/registry/students?schoolId=${school1}&pageSize=1`);
  studentId = students.body.rows[0].id;
  studentName = students.body.rows[0].name;
  const revealed = await as("jcjy", "POST", `/api/registry/students/${studentId}/reveal`, { reason: "核对学籍信息" });
  expect(revealed.status).toBe(200);
  fullResidentId = revealed.body.residentId;

  // an exam created by the research office
  const classes = await as("teacher1", "GET", `/api/registry/classes?year=${TEST_YEAR}`);
  const exam = await as("jiaoyan", "POST", "/api/exams", {
    name: "审计测试期末质量检测",
    heldOn: `${TEST_YEAR + 1}-01-10`,
    schoolYear: TEST_YEAR,
    term: 1,
    grade: classes.body.rows[0].grade,
    graduating: false,
    subjects,
  });
  expect(exam.status, JSON.stringify(exam.body)).toBe(201);
  examId = exam.body.id;
});
afterAll(() => database.close());

async function rowsAbout(u: User, targetType: string, targetId: string) {
  const res = await as(u, "GET", `/api/audit?targetType=${targetType}&targetId=${targetId}&pageSize=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe("the audit log's labels", () => {
  it("names a finding by its number and description, and its actors by display name", async () => {
    const body = await rowsAbout("admin", "ledger_finding", findingId);
    expect(body.rows.map((r: any) => r.action)).toEqual(["ledger.finding.start", "ledger.finding.raise"]);
    for (const r of body.rows) expect(r.targetLabel).toBe(`${findingNumber} 教学楼三楼灭火器过期2具`);
    expect(body.rows.map((r: any) => [r.actorName, r.actorDisplayName])).toEqual([
      ["school1", displayName.school1],
      ["anquan", displayName.anquan],
    ]);
    expect(displayName.anquan).not.toBe("anquan");
    expect(body.target).toEqual({
      type: "ledger_finding",
      id: findingId,
      label: `${findingNumber} 教学楼三楼灭火器过期2具`,
    });
  });

  it("names a student by name and masked ID, never the full resident ID or 学籍号", async () => {
    const [stored] = await database.db
      .select({ number: student.studentNumber, masked: person.residentIdMasked })
      .from(student)
      .innerJoin(person, eq(person.id, student.personId))
      .where(eq(student.id, studentId));
    const body = await rowsAbout("leader", "student", studentId);
    expect(body.rows).toHaveLength(1);
    const row = body.rows[0];
    expect(row).toMatchObject({ action: "registry.reveal_resident_id", actorDisplayName: displayName.jcjy });
    expect(row.targetLabel).toBe(`${studentName}(${stored!.masked})`);
    expect(row.targetLabel).toContain("*");
    expect(JSON.stringify(body)).not.toContain(fullResidentId);
    expect(JSON.stringify(body)).not.toContain(stored!.number);
  });

  it("names an exam by its title", async () => {
    const body = await rowsAbout("admin", "exam", examId);
    expect(body.rows.map((r: any) => [r.action, r.targetLabel, r.actorDisplayName])).toEqual([
      ["exams.create", "审计测试期末质量检测", displayName.jiaoyan],
    ]);
  });

  it("names accounts and people in the whole log, a page at a time", async () => {
    const res = await as("admin", "GET", "/api/audit?pageSize=200");
    const logins = res.body.rows.filter((r: any) => r.action === "auth.login");
    expect(logins.length).toBeGreaterThan(0);
    for (const r of logins) {
      expect(r.actorDisplayName).toBe(displayName[r.actorName as User]);
      expect(r.targetLabel).toBe(`${displayName[r.actorName as User]}(${r.actorName})`);
    }
    const labelled = res.body.rows.filter((r: any) => r.targetType && r.targetId);
    expect(labelled.every((r: any) => typeof r.targetLabel === "string")).toBe(true);
  });
});

describe("the audit log filtered by a record", () => {
  it("returns only that record's rows, and the whole kind when no id is given", async () => {
    const finding = await rowsAbout("leader", "ledger_finding", findingId);
    expect(finding.total).toBe(2);
    for (const r of finding.rows) expect([r.targetType, r.targetId]).toEqual(["ledger_finding", findingId]);
    const kind = await as("leader", "GET", "/api/audit?targetType=exam&pageSize=200");
    expect(kind.body.rows.length).toBeGreaterThan(0);
    for (const r of kind.body.rows) expect(r.targetType).toBe("exam");
    expect(kind.body.target).toBeNull();
    const none = await rowsAbout("leader", "ledger_finding", "00000000-0000-0000-0000-000000000000");
    expect(none).toMatchObject({ rows: [], total: 0, target: { label: null } });
  });

  it("finds a record to filter by from its label, for the log's readers only", async () => {
    const byNumber = await as("leader", "GET", `/api/audit/targets?type=ledger_finding&q=${findingNumber}`);
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.items).toContainEqual({ id: findingId, label: `${findingNumber} 教学楼三楼灭火器过期2具` });
    const byName = await as("admin", "GET", `/api/audit/targets?type=student&q=${encodeURIComponent(studentName)}`);
    expect(byName.body.items.map((i: any) => i.id)).toContain(studentId);
    const byLastFour = await as("admin", "GET", `/api/audit/targets?type=student&q=${fullResidentId.slice(-4)}`);
    expect(byLastFour.body.items.map((i: any) => i.id)).toContain(studentId);
    for (const i of byLastFour.body.items) expect(i.label.endsWith(`${fullResidentId.slice(-4)})`)).toBe(true);
    expect(JSON.stringify(byName.body)).not.toContain(fullResidentId);
    const exams = await as("admin", "GET", `/api/audit/targets?type=exam&q=${encodeURIComponent("审计测试")}`);
    expect(exams.body.items).toEqual([{ id: examId, label: "审计测试期末质量检测" }]);
    const unknownKind = await as("admin", "GET", "/api/audit/targets?type=no_such_kind&q=x");
    expect(unknownKind.body.items).toEqual([]);
    for (const u of ["jcjy", "dudao", "anquan", "school1", "teacher1", "duxue"] as const) {
      expect((await as(u, "GET", `/api/audit?targetType=ledger_finding&targetId=${findingId}`)).status, u).toBe(403);
      expect(
        (await as(u, "GET", `/api/audit/targets?type=student&q=${encodeURIComponent(studentName)}`)).status,
        u,
      ).toBe(403);
    }
    expect((await call(app, null, "GET", "/api/audit/targets?type=student&q=x")).status).toBe(401);
  });

  it("takes a display name as well as a username for the actor", async () => {
    const byName = await as("admin", "GET", `/api/audit?actor=${encodeURIComponent(displayName.jiaoyan)}&pageSize=200`);
    expect(byName.body.rows.length).toBeGreaterThan(0);
    for (const r of byName.body.rows) expect(r.actorName).toBe("jiaoyan");
    expect(byName.body.rows.map((r: any) => r.action)).toContain("exams.create");
  });
});

describe("a finding's history", () => {
  it("names people by display name, the evidence's uploader too", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(solidPng(32, 24, [200, 30, 30], [30, 30, 200]))]), "整改照片.png");
    const uploaded = await app.request(`/api/ledger/findings/${findingId}/evidence`, {
      method: "POST",
      headers: { cookie: sessions.school1.cookie, "x-csrf-token": sessions.school1.csrf },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const detail = await as("leader", "GET", `/api/ledger/findings/${findingId}`);
    expect(detail.body.history.map((h: any) => [h.action, h.actorName])).toEqual([
      ["raise", displayName.anquan],
      ["start", displayName.school1],
    ]);
    expect(detail.body.evidence.map((e: any) => e.uploaderName)).toEqual([displayName.school1]);
  });
});
