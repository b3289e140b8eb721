import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeXml } from "../src/excel/sheetXml";
import { openGuardedZip } from "../src/excel/zip";
import { type ExamsKit, openExamsKit } from "./examsKit";
import { call, login, type Session } from "./harness";
import { TEST_YEAR } from "./template";

/**
 * What a clerk prints: every Word export (the ledger's 通报, the balance report, a school's exam report) comes out of
 * the one builder as A4 with the standard margins, headings kept with what follows, the county's bureau and the
 * date on it, charts as images, and no developer text (file names, code identifiers).
 */

let kit: ExamsKit;
let anquan: Session;

beforeAll(async () => {
  kit = await openExamsKit();
  anquan = await login(kit.app, "anquan");
});
afterAll(() => kit.database.close());

interface Docx {
  xml: string;
  /** the text of each paragraph, table cells' paragraphs included */
  paragraphs: string[];
  /** the paragraphs of Heading and Title style, with their properties */
  headings: string[];
  images: number;
}

async function openDocx(bytes: Buffer): Promise<Docx> {
  const zip = openGuardedZip(bytes);
  const xml = (await zip.read("word/document.xml"))!.toString("utf8");
  const paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
  const text = (p: string) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join("");
  return {
    xml,
    paragraphs: paras.map(text),
    headings: paras.filter((p) => /<w:pStyle w:val="(?:Heading\d|Title)"\/>/.test(p)),
    images: (xml.match(/<pic:pic\b/g) ?? []).length,
  };
}

/** What every Word export has: A4, the margins, every heading kept with the next paragraph, no developer text. */
function expectPrintable(doc: Docx) {
  expect(doc.xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  expect(doc.xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
  expect(doc.headings.length).toBeGreaterThan(2);
  for (const h of doc.headings) {
    expect(h).toContain("<w:keepNext/>");
    expect(h).toContain("<w:keepLines/>");
  }
  // every table has fixed column widths and rows that do not break across pages
  expect(doc.xml).not.toMatch(/<w:tblW w:type="pct"/);
  for (const table of doc.xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain("<w:cantSplit/>");
  }
  const all = doc.paragraphs.join("\n");
  expect(all).not.toMatch(/\.(?:md|ts|json|docx|xlsx)\b/);
  expect(all).not.toMatch(/\b(?:EduBureau|undefined|null|NaN|[a-z]+[A-Z][A-Za-z]+|[a-z]+_[a-z_]+)\b/);
  expect(all).not.toMatch(/\d\.\d{6,}/);
}

describe("the 通报 of an inspection", () => {
  const as = (method: string, path: string, body?: unknown) => call(kit.app, anquan, method, path, body);

  async function inspection(inspectors: string[], schools: string[]) {
    const types = (await as("GET", "/api/ledger/types")).body.rows;
    const hazard = types.find((t: { kind: string }) => t.kind === "hazard");
    const created = await as("POST", "/api/ledger/inspections", {
      typeId: hazard.id,
      title: `${TEST_YEAR}年秋季校园安全隐患排查`,
      inspectedOn: `${TEST_YEAR}-11-18`,
      inspectors,
      schoolIds: schools,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const detail = await as("GET", `/api/ledger/inspections/${created.body.id}`);
    return { id: created.body.id as string, typeName: hazard.name as string, detail: detail.body };
  }

  async function notice(id: string) {
    const res = await kit.app.request(`/api/ledger/inspections/${id}/notice.docx`, {
      headers: { cookie: anquan.cookie },
    });
    expect(res.status).toBe(200);
    return openDocx(Buffer.from(await res.arrayBuffer()));
  }

  it("without a checklist says what was inspected, names the group and the type once, and is signed by the county's bureau", async () => {
    const { id, typeName, detail } = await inspection(["督导室·刘强", "安全股 周建", "陈刚"], [kit.school1Id]);
    const raised = await as("POST", `/api/ledger/inspections/${id}/findings`, {
      targetIds: [detail.targets[0].id],
      category: "消防安全",
      description: "教学楼三楼灭火器过期2具",
      severity: "major",
      responsiblePerson: "张校长",
      deadline: `${TEST_YEAR}-12-30`,
      measures: "更换灭火器",
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const doc = await notice(id);
    expectPrintable(doc);
    const all = doc.paragraphs.join("\n");
    expect(all).not.toContain("项次");
    expect(all).toContain("本次检查共检查1个单位,发现问题1项");
    expect(all).toContain("检查组(成员:督导室 刘强、安全股 周建、陈刚)");
    expect(all).not.toContain("·");
    expect(all).toContain(`开展了${typeName}。`);
    expect(all).not.toMatch(/排查([^)]*排查)/);
    const [bureau, date] = doc.paragraphs.filter((p) => p.trim()).slice(-2);
    expect(bureau).toBe("北原县教育局");
    expect(date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    // the deadline in the list of findings has a column wide enough for it
    expect(doc.paragraphs).toContain(`${TEST_YEAR}-12-30`);
  });

  it("with a checklist filled counts its items", async () => {
    const { id, detail } = await inspection(["陈刚"], [kit.school1Id]);
    const target = detail.targets[0];
    const items: { code: string }[] = detail.checklist ?? detail.inspection.checklist ?? [];
    expect(items.length).toBeGreaterThan(0);
    const results = items.map((item, i) =>
      i === 0 ? { code: item.code, result: "fail", note: "灭火器过期" } : { code: item.code, result: "pass" },
    );
    const filled = await as("PUT", `/api/ledger/inspections/${id}/targets/${target.id}/checklist`, { results });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    const doc = await notice(id);
    expectPrintable(doc);
    const all = doc.paragraphs.join("\n");
    expect(all).toContain(`本次检查共查看检查项目${items.length}项次,不符合1项次,未发现需要整改的问题`);
    expect(doc.paragraphs.filter((p) => p.trim()).at(-2)).toBe("北原县教育局");
  });
});

describe("the balance report", () => {
  it("is printable, names the county's bureau and the date, and has its three charts", async () => {
    const res = await kit.app.request(`/api/balance/report.docx?year=${TEST_YEAR}&stage=primary`, {
      headers: { cookie: (await login(kit.app, "leader")).cookie },
    });
    expect(res.status).toBe(200);
    const doc = await openDocx(Buffer.from(await res.arrayBuffer()));
    expectPrintable(doc);
    expect(doc.images).toBe(3);
    expect(doc.paragraphs.find((p) => p.startsWith("数据时点"))).toMatch(/^数据时点:\d{4}年9月1日/);
    expect(doc.paragraphs[1]).toMatch(/^北原县教育局　\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});

describe("a school's exam report", () => {
  it("is printable, names the county's bureau and the date, and has its two charts", async () => {
    const examId = (await kit.newExam({ name: "期末质量检测" })).id;
    const rows = await kit.roster("jiaoyan", examId);
    const lines = [
      "学籍号,语文,数学,数学-1,数学-2",
      ...rows.map((r, i) => `${r.studentNumber},${60 + (i % 40)},${50 + (i % 45)},30,${20 + (i % 45)}`),
    ];
    const up = await kit.upload("jiaoyan", examId, lines.join("\n"), "全县.csv");
    expect(up.body.summary.errors).toBe(0);
    expect((await kit.as("jiaoyan", "POST", `/api/exams/${examId}/imports/${up.body.job.id}/commit`)).status).toBe(200);
    expect((await kit.as("jiaoyan", "POST", `/api/exams/${examId}/publish`)).status).toBe(200);
    const report = await kit.download("school1", `/api/exams/${examId}/schools/${kit.school1Id}/report.docx`);
    expect(report.status).toBe(200);
    const doc = await openDocx(report.bytes);
    expectPrintable(doc);
    expect(doc.images).toBe(2);
    expect(doc.paragraphs[1]).toMatch(/^北原县教育局　\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(doc.paragraphs.join("\n")).toContain("良好 70%");
  });
});
