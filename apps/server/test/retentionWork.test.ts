import { and, eq, like } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/audit/tables";
import type { Database } from "../src/db/client";
import { enrollment, person, student } from "../src/registry/tables";
import { raiseRetentionReminders } from "../src/retention/reminders";
import { call, login, openTestDatabase, type Session, type TestApp, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Dropout control's settings, reminders and exports on the test county: 基础教育股 (jcjy) sets the escalation days;
 * a pupil of school1 absent for 10 school days becomes a case with the 包保 chain and a visit; the scheduled job
 * escalates the overdue case to the section, then to leadership, and reminds the schools late with their
 * zero-report — raising each reminder once however often it runs; the registers and the rates export as xlsx with
 * the county's name, Chinese labels, numbers as numbers and masked names, each export audited. The clock starts on
 * 7 December 2026 (Beijing 10:00).
 */
const USERS = ["jcjy", "leader", "school1", "school2", "teacher1", "dudao"] as const;
type User = (typeof USERS)[number];
const DAY = 86_400_000;

let database: Database;
let app: TestApp;
let clock: ReturnType<typeof testClock>;
const sessions = {} as Record<User, Session>;
const as = (u: User, method: string, path: string, body?: unknown) => call(app, sessions[u], method, path, body);
let school1: string;
let pupilName: string;
let caseId: string;

async function loginAll() {
  for (const u of USERS) sessions[u] = await login(app, u);
}

async function xlsx(u: User, path: string) {
  const res = await app.request(path, { headers: { cookie: sessions[u].cookie } });
  if (res.status !== 200) return { status: res.status, wb: null };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { status: res.status, wb, disposition: res.headers.get("content-disposition") ?? "" };
}

/** The values of a sheet's rows from the 4th (after title, subtitle and header). */
function dataRows(ws: ExcelJS.Worksheet) {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) out.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return out;
}

beforeAll(async () => {
  database = await openTestDatabase();
  ({ app, clock } = testApp(database, testClock(new Date(`${TEST_YEAR}-12-07T02:00:00Z`))));
  await loginAll();
  school1 = (await as("school1", "GET", "/api/auth/me")).body.user.schoolId;
});
afterAll(() => database.close());

describe("settings", () => {
  it("are read by every reader and changed by 基础教育股 only, audited, with Chinese messages", async () => {
    const read = await as("leader", "GET", "/api/retention/settings");
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ returnVerifyDays: 30, caseDeadlineDays: 30, leadershipEscalationDays: 30 });
    const body = { ...read.body, leadershipEscalationDays: 10, keepRoster: true };
    delete body.transferOverdueDays;
    delete body.currentSchoolYear;
    for (const u of ["leader", "school1", "dudao"] as const) {
      expect((await as(u, "PUT", "/api/retention/settings", body)).status, u).toBe(403);
    }
    const bad = await as("jcjy", "PUT", "/api/retention/settings", { ...body, zeroReportDueDay: 31 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.message)).toContain("零报告截止日应为1到28日");
    const ok = await as("jcjy", "PUT", "/api/retention/settings", body);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ leadershipEscalationDays: 10, keepRoster: true });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "retention.settings.update"));
    expect(audit).toHaveLength(1);
  });
});

describe("reminders of overdue cases and late zero-reports", () => {
  it("opens a case from 10 days of unexcused absence, with the 包保 chain and a visit", async () => {
    const [pupil] = await database.db
      .select({ studentId: student.id, name: person.name })
      .from(enrollment)
      .innerJoin(student, eq(student.id, enrollment.studentId))
      .innerJoin(person, eq(person.id, student.personId))
      .where(
        and(eq(enrollment.schoolId, school1), eq(enrollment.schoolYear, TEST_YEAR), eq(enrollment.status, "enrolled")),
      )
      .limit(1);
    pupilName = pupil!.name;
    const absence = await as("school1", "POST", "/api/retention/absences", {
      studentId: pupil!.studentId,
      fromDate: "2026-11-09",
      toDate: "2026-11-20",
      schoolDays: 10,
      approvedLeave: false,
    });
    expect(absence.status, JSON.stringify(absence.body)).toBe(201);
    expect((await as("jcjy", "POST", "/api/retention/comparisons/attendance/run")).status).toBe(200);
    const suspect = (await as("jcjy", "GET", "/api/retention/suspects")).body.rows[0];
    const chain = {
      township: { name: "东镇 刘镇长", phone: "13900000001" },
      village: { name: "东村 王书记", phone: "" },
      school: { name: "李校长", phone: "" },
      teacher: { name: "陈老师", phone: "" },
    };
    const opened = await as("jcjy", "POST", `/api/retention/suspects/${suspect.id}/case`, { chain });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    caseId = opened.body.id;
    expect(
      (
        await as("school1", "POST", `/api/retention/cases/${caseId}/visits`, {
          visitedOn: "2026-12-07",
          visitors: "陈老师",
          method: "home_visit",
          outcome: "undecided",
          note: "家长外出务工",
        })
      ).status,
    ).toBe(201);
  });

  it("raises each due reminder once, however often the job runs, and escalates to leadership after the set days", async () => {
    // 7 December: the case is within its deadline; November's zero-reports were due on 5 December
    const first = await raiseRetentionReminders(database.db, clock.now());
    expect(first).toBeGreaterThan(0);
    expect(await raiseRetentionReminders(database.db, clock.now())).toBe(0);
    let list = await as("jcjy", "GET", "/api/retention/reminders");
    expect(list.status).toBe(200);
    expect(list.body.rows.every((r: any) => r.kind === "zero_report_late")).toBe(true);
    expect(list.body.rows.some((r: any) => r.schoolId === school1 && r.month === "2026-11")).toBe(true);
    // the deadline is 30 days after opening (6 January): a day later the section is reminded
    clock.advance(31 * DAY);
    await loginAll();
    expect(await raiseRetentionReminders(database.db, clock.now())).toBeGreaterThan(0);
    list = await as("jcjy", "GET", "/api/retention/reminders");
    const overdue = list.body.rows.filter((r: any) => r.kind === "case_overdue");
    expect(overdue.map((r: any) => r.level)).toEqual(["section"]);
    expect(overdue[0]).toMatchObject({ caseId, schoolId: school1, levelLabel: "逾期·股室督办" });
    expect(overdue[0].message).toContain("由基础教育股督办");
    expect(overdue[0].message).not.toContain(pupilName);
    // 10 days past the deadline (the county's setting): leadership
    clock.advance(10 * DAY);
    await loginAll();
    await raiseRetentionReminders(database.db, clock.now());
    await raiseRetentionReminders(database.db, clock.now());
    list = await as("leader", "GET", "/api/retention/reminders");
    const levels = list.body.rows.filter((r: any) => r.kind === "case_overdue").map((r: any) => r.level);
    expect(levels.sort()).toEqual(["leadership", "section"]);
    const detail = await as("jcjy", "GET", `/api/retention/cases/${caseId}`);
    expect(detail.body.case.escalationLabel).toBe("逾期·局领导督办");
    const raised = await database.db.select().from(auditLog).where(eq(auditLog.action, "retention.reminders.raise"));
    expect(raised.length).toBe(3);
  });

  it("shows a school only its own reminders; a teacher none", async () => {
    const mine = await as("school1", "GET", "/api/retention/reminders");
    expect(mine.body.rows.length).toBeGreaterThan(0);
    expect(mine.body.rows.every((r: any) => r.schoolId === school1)).toBe(true);
    const other = await as("school2", "GET", "/api/retention/reminders");
    expect(other.body.rows.some((r: any) => r.kind === "case_overdue")).toBe(false);
    expect((await as("teacher1", "GET", "/api/retention/reminders")).status).toBe(403);
  });
});

describe("exports", () => {
  it("exports the case register with the 包保 chain and the visits, masked, audited", async () => {
    const { status, wb, disposition } = await xlsx("jcjy", "/api/retention/exports/cases");
    expect(status).toBe(200);
    expect(decodeURIComponent(disposition ?? "")).toContain("劝返个案台账.xlsx");
    const cases = wb!.getWorksheet("劝返个案")!;
    expect(String(cases.getCell("A1").value)).toMatch(/^.+县控辍保学劝返个案台账$/);
    expect(cases.getRow(3).getCell(1).value).toBe("个案编号");
    const [row] = dataRows(cases);
    expect(row![1]).not.toBe(pupilName);
    expect(String(row![1])).toContain("*");
    expect(row![5]).toBe("核查中");
    expect(row![9]).toBe("逾期·局领导督办");
    expect(row![10]).toBe(1); // visits, a number
    expect(row![14]).toBe("东镇 刘镇长 13900000001");
    const visits = dataRows(wb!.getWorksheet("劝返记录")!);
    expect(visits[0]!.slice(3, 6)).toEqual(["陈老师", "入户劝返", "仍在做工作"]);
    expect(wb!.getWorksheet("说明")).toBeTruthy();
    const audit = await database.db.select().from(auditLog).where(like(auditLog.action, "retention.export.%"));
    expect(audit.map((a) => a.action)).toEqual(["retention.export.cases"]);
    const school2 = await xlsx("school2", "/api/retention/exports/cases");
    expect(dataRows(school2.wb!.getWorksheet("劝返个案")!)).toEqual([["尚无劝返个案"]]);
    expect((await xlsx("teacher1", "/api/retention/exports/cases")).status).toBe(403);
  });

  it("exports the suspects and the zero-report status of a month", async () => {
    const suspects = await xlsx("school1", "/api/retention/exports/suspects");
    const rows = dataRows(suspects.wb!.getWorksheet("疑似辍学名册")!);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe(1);
    expect(rows[0]![4]).toBe("连续缺课");
    expect(JSON.stringify(rows)).not.toContain(pupilName);
    const zero = await xlsx("leader", "/api/retention/exports/zero-reports?month=2026-11");
    const z = dataRows(zero.wb!.getWorksheet("零报告情况")!);
    expect(z.length).toBeGreaterThan(1);
    expect(z.every((r) => r[3] === "逾期未报")).toBe(true);
    expect((await as("jcjy", "GET", "/api/retention/exports/zero-reports?month=2026-13")).status).toBe(400);
  });

  it("exports the rates with numerators and denominators as numbers", async () => {
    const before = await xlsx("jcjy", "/api/retention/exports/rates");
    expect(dataRows(before.wb!.getWorksheet("全县")!)[0]![0]).toContain("尚未测算");
    const computed = await as("jcjy", "POST", `/api/retention/rates/compute?schoolYear=${TEST_YEAR}`);
    expect(computed.status).toBe(200);
    const { wb } = await xlsx("leader", `/api/retention/exports/rates?schoolYear=${TEST_YEAR}`);
    const county = dataRows(wb!.getWorksheet("全县")!);
    expect(county).toHaveLength(5);
    const year = computed.body.years.find((y: any) => y.schoolYear === TEST_YEAR).county;
    const last = county[4]!;
    expect(last[0]).toBe("2026—2027学年");
    // 小学巩固率 is the 4th figure: columns 1 + 3·3 … 1 + 3·3 + 2
    const r = year.primaryRetention?.retention;
    if (r && r.denominator > 0) {
      expect(last.slice(10, 13)).toEqual([r.numerator, r.denominator, r.rate]);
      expect(wb!.getWorksheet("全县")!.getRow(8).getCell(13).numFmt).toBe("0.00");
    }
    expect(String(wb!.getWorksheet("说明")!.getCell("A2").value)).toContain("小学巩固率");
  });
});
