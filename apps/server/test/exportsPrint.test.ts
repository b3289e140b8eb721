/**
 * What a clerk prints and an integrator reads: every xlsx and docx export of every capability, fetched through the
 * HTTP API as the role that downloads it on the test county, is checked cell by cell (numbers stored as numbers,
 * dates as dates, no identifier of the code or file name in any cell or paragraph, a Chinese title or footer with
 * the county's name) and then printed to PDF by LibreOffice (Debian libreoffice-calc and libreoffice-writer, which
 * `npm test` installs when missing) in one run: every page is A4 and each export stays within its page bound.
 * Runs in the PGlite project only (the files do not depend on the database kind, and one conversion is slow).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, asc, eq, ne } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { drawEvent } from "../src/admissions/tables";
import type { Database } from "../src/db/client";
import { exam, examScore } from "../src/exams/tables";
import { openGuardedZip } from "../src/excel/zip";
import { fitnessResult } from "../src/fitness/tables";
import { ledgerInspection } from "../src/ledger/tables";
import { login, openTestDatabase, type Session, type TestApp, testApp } from "./harness";
import { TEST_YEAR } from "./template";

/** camelCase, snake_case and file names: what a reader should never meet in an export. */
const CODE_PATTERNS = [/\b[a-z]+[A-Z][A-Za-z]*\b/, /\b[a-z]+_[a-z_]+\b/, /\b[\w-]+\.(md|ts|tsx|js|json|sql)\b/];
/** Text that is a plain number or an ISO date (which should have been stored as one). */
const NUMBER_TEXT = /^-?\d+(\.\d+)?%?$/;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
/** Columns of codes and numbers that are identifiers, kept as text on purpose (leading zeros, 19 digits). */
const CODE_HEADER = /码|号|组/;
const COUNTY = "北原县";
/** A4 in PDF points. */
const A4 = { width: 595, height: 842 };

interface Export {
  /** the file's name in the conversion (ASCII, unique) */
  key: string;
  user: string;
  url: string;
  /** most printed pages expected */
  pages: number;
  /** headers whose data cells must be numbers (when not empty or a dash) */
  numbers?: string[];
  /** headers whose data cells must be dates (when not empty) */
  dates?: string[];
  /** every sheet's printed footer names the county (a list with no title row) */
  footer?: boolean;
}

interface Fetched extends Export {
  bytes: Buffer;
  kind: "xlsx" | "docx";
}

/** Whether LibreOffice answers on this machine. */
function sofficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** The text of every paragraph of a Word document. */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = openGuardedZip(bytes);
  const xml = (await zip.read("word/document.xml"))?.toString("utf8") ?? "";
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(""),
  );
}

/** Every string a worksheet shows, with where it is; rich text joined. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return null;
}

/** How wide text prints, in Excel character widths (a Chinese character takes two). */
function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1.1;
  return width;
}

/** The header row of a sheet: the frozen rows' last, else the first row. */
function headerRowOf(sheet: ExcelJS.Worksheet): number {
  const view = (sheet.views ?? []).find((v) => v.state === "frozen") as ExcelJS.WorksheetViewFrozen | undefined;
  return view?.ySplit && view.ySplit > 0 ? view.ySplit : 1;
}

/** The problems of one workbook's cells: identifiers of the code, numbers and dates stored as text. */
async function workbookProblems(file: Fetched): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const problems: string[] = [];
  wb.eachSheet((sheet) => {
    if (sheet.state !== "visible") return;
    if (file.footer && !sheet.headerFooter?.oddFooter?.includes(COUNTY)) {
      problems.push(`${file.key} ${sheet.name}: no county in the footer «${sheet.headerFooter?.oddFooter}»`);
    }
    const headerRow = headerRowOf(sheet);
    const headers = new Map<number, string>();
    sheet.getRow(headerRow).eachCell((cell, col) => {
      headers.set(col, cellText(cell.value) ?? "");
    });
    sheet.eachRow((row, r) => {
      row.eachCell((cell, col) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const where = `${file.key} ${sheet.name}!${cell.address}`;
        const text = cellText(cell.value);
        const header = headers.get(col) ?? "";
        if (text !== null) {
          for (const p of CODE_PATTERNS) if (p.test(text)) problems.push(`${where}: identifier in «${text}»`);
          if (r > headerRow && cell.numFmt !== "@" && !CODE_HEADER.test(header)) {
            if (NUMBER_TEXT.test(text.trim())) problems.push(`${where} (${header}): number stored as text «${text}»`);
            if (DATE_TEXT.test(text.trim())) problems.push(`${where} (${header}): date stored as text «${text}»`);
          }
        }
        if (r <= headerRow || text === "" || text === "—" || cell.value === null) return;
        if (file.numbers?.includes(header) && typeof cell.value !== "number") {
          problems.push(`${where} (${header}): not a number «${String(cell.value)}»`);
        }
        if (file.dates?.includes(header) && !(cell.value instanceof Date)) {
          problems.push(`${where} (${header}): not a date «${String(cell.value)}»`);
        }
        if (cell.value instanceof Date && cell.numFmt !== "yyyy-mm-dd") {
          problems.push(`${where} (${header}): date shown as ${cell.numFmt}`);
        }
        // text that does not wrap must fit its column when the next cell is filled or no column follows, or it
        // prints cut off
        const shown = cell.value instanceof Date ? "yyyy-mm-dd" : (text ?? String(cell.value));
        const next = row.getCell(col + 1).value;
        const blocked = col >= sheet.columnCount || (next !== null && next !== "");
        const width = sheet.getColumn(col).width ?? 9;
        if (!cell.alignment?.wrapText && !cell.isMerged && blocked && printedWidth(shown) > width + 0.5) {
          problems.push(`${where} (${header}): «${shown}» cut off in a column ${width} wide`);
        }
      });
    });
  });
  // every typed column named must exist in some sheet (a renamed header must not silently pass)
  for (const h of [...(file.numbers ?? []), ...(file.dates ?? [])]) {
    const found = wb.worksheets.some((s) => (s.getRow(headerRowOf(s)).values as unknown[]).some((v) => v === h));
    if (!found) problems.push(`${file.key}: no column ${h}`);
  }
  return problems;
}

/** The page count and page sizes of a PDF LibreOffice wrote (its page objects are not in object streams). */
function pdfPages(pdf: Buffer): { count: number; sizes: [number, number][] } {
  const pages = [...pdf.toString("latin1").matchAll(/\bobj\b([\s\S]*?)\bendobj\b/g)]
    .map((m) => m[1]!)
    .filter((body) => /\/Type\s*\/Page(?![a-zA-Z])/.test(body));
  const sizes = pages.map((body) => {
    const m = /\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/.exec(body);
    return (m ? [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])] : [0, 0]) as [number, number];
  });
  return { count: pages.length, sizes };
}

describe.skipIf(inject("dbKind") !== "pglite")("every export, printed", () => {
  let database: Database;
  let app: TestApp;
  const sessions = new Map<string, Session>();
  const files: Fetched[] = [];
  let dir: string;

  async function fetchAs(user: string, url: string): Promise<Response> {
    let session = sessions.get(user);
    if (!session) {
      session = await login(app, user);
      sessions.set(user, session);
    }
    return app.request(url, { headers: { cookie: session.cookie } });
  }

  beforeAll(async () => {
    if (!sofficeAvailable()) {
      throw new Error("LibreOffice (soffice) is missing: npm test installs libreoffice-calc and libreoffice-writer");
    }
    database = await openTestDatabase();
    app = testApp(database).app;
    const { db } = database;
    const [published] = await db
      .select({ id: exam.id })
      .from(exam)
      .where(eq(exam.status, "published"))
      .orderBy(asc(exam.grade))
      .limit(1);
    const [examSchool] = published
      ? await db
          .select({ schoolId: examScore.schoolId })
          .from(examScore)
          .where(eq(examScore.examId, published.id))
          .limit(1)
      : [];
    const [allocation] = await db
      .select({ id: drawEvent.id })
      .from(drawEvent)
      .where(and(eq(drawEvent.kind, "class_allocation"), ne(drawEvent.status, "draft"), ne(drawEvent.status, "frozen")))
      .limit(1);
    const [inspection] = await db.select({ id: ledgerInspection.id }).from(ledgerInspection).limit(1);
    const [fitnessScored] = await db.select({ id: fitnessResult.id }).from(fitnessResult).limit(1);
    if (!published || !examSchool || !allocation || !inspection || !fitnessScored) {
      throw new Error("the test county needs a published exam, a drawn allocation, an inspection and fitness results");
    }
    const fitnessResultId = fitnessScored.id;
    const y = TEST_YEAR;
    const exports: Export[] = [
      {
        key: "students-school",
        user: "school1",
        url: `/api/registry/exports/students.xlsx?year=${y}`,
        pages: 6,
        dates: ["出生日期"],
        footer: true,
      },
      {
        key: "staff-county",
        user: "renshi",
        url: `/api/registry/exports/staff.xlsx?year=${y}`,
        pages: 3,
        dates: ["出生日期", "入职日期", "法定退休日期"],
        footer: true,
      },
      ...(["students", "staff", "schools", "conditions"] as const).map((kind) => ({
        key: `template-${kind}`,
        user: kind === "staff" ? "renshi" : "jcjy",
        url: `/api/registry/templates/${kind}.xlsx?year=${y}`,
        pages: 3,
      })),
      {
        key: "balance-xlsx",
        user: "dudao",
        url: `/api/balance/report.xlsx?year=${y}&stage=primary`,
        pages: 10,
        numbers: ["在校生", "加权平均值", "标准差", "差异系数", "缺口", "达标项数"],
        footer: true,
      },
      { key: "balance-docx", user: "dudao", url: `/api/balance/report.docx?year=${y}&stage=junior`, pages: 8 },
      {
        key: "exam-tables",
        user: "jiaoyan",
        url: `/api/exams/${published.id}/tables.xlsx`,
        pages: 6,
        numbers: ["在籍", "实考", "缺考", "及格率%"],
        footer: true,
      },
      { key: "exam-roster", user: "jiaoyan", url: `/api/exams/${published.id}/roster.xlsx`, pages: 4, footer: true },
      { key: "exam-template", user: "jiaoyan", url: `/api/exams/${published.id}/template.xlsx`, pages: 4 },
      {
        key: "exam-school-docx",
        user: "jiaoyan",
        url: `/api/exams/${published.id}/schools/${examSchool.schoolId}/report.docx`,
        pages: 8,
      },
      {
        key: "ledger-xlsx",
        user: "anquan",
        url: "/api/ledger/findings/export.xlsx",
        pages: 9,
        numbers: ["序号"],
        dates: ["整改时限", "销号日期"],
      },
      { key: "ledger-notice", user: "anquan", url: `/api/ledger/inspections/${inspection.id}/notice.docx`, pages: 4 },
      {
        key: "admissions-classes",
        user: "zhaosheng",
        url: `/api/admissions/events/${allocation.id}/class-lists.xlsx`,
        pages: 3,
        numbers: ["序号"],
        footer: true,
      },
      {
        key: "admissions-template-allocation",
        user: "zhaosheng",
        url: "/api/admissions/templates/allocation",
        pages: 3,
      },
      { key: "admissions-template-lottery", user: "zhaosheng", url: "/api/admissions/templates/lottery", pages: 3 },
      // staffing (人事股); the summary is one page by design
      ...(
        [
          ["establishment", 4],
          ["roster", 8],
          ["recruitment", 4],
          ["training", 10],
        ] as const
      ).map(([kind, pages]) => ({
        key: `staffing-${kind}`,
        user: "renshi",
        url: `/api/staffing/${kind}/export.xlsx?schoolYear=${y}`,
        pages,
      })),
      { key: "staffing-summary", user: "renshi", url: `/api/staffing/summary.docx?schoolYear=${y}`, pages: 1 },
      { key: "staffing-template", user: "renshi", url: "/api/staffing/imports/template.xlsx", pages: 3 },
      // retention (控辍保学, 基础教育股)
      ...(
        [
          ["suspects", 4],
          ["cases", 6],
          ["zero-reports", 4],
          ["rates", 8],
        ] as const
      ).map(([kind, pages]) => ({
        key: `retention-${kind}`,
        user: "jcjy",
        url: `/api/retention/exports/${kind}?schoolYear=${y}`,
        pages,
      })),
      ...(["roster", "poverty"] as const).map((kind) => ({
        key: `retention-template-${kind}`,
        user: "jcjy",
        url: `/api/retention/templates/${kind}?schoolYear=${y}`,
        pages: 3,
      })),
      // preschool (学前教育普及普惠)
      { key: "preschool-xlsx", user: "jcjy", url: `/api/preschool/report.xlsx?year=${y}`, pages: 10 },
      { key: "preschool-docx", user: "jcjy", url: `/api/preschool/report.docx?year=${y}`, pages: 8 },
      { key: "preschool-template", user: "jcjy", url: `/api/preschool/imports/template.xlsx?year=${y}`, pages: 3 },
      // fitness (体质健康); the report card for parents is one page by design
      { key: "fitness-figures", user: "jcjy", url: `/api/fitness/figures/export?testYear=${y}`, pages: 12 },
      { key: "fitness-national", user: "jcjy", url: `/api/fitness/national-upload.xlsx?testYear=${y}`, pages: 30 },
      { key: "fitness-card", user: "jcjy", url: `/api/fitness/results/${fitnessResultId}/card`, pages: 1 },
      { key: "fitness-template", user: "jcjy", url: `/api/fitness/imports/template.xlsx?year=${y}`, pages: 3 },
      // the year's work report (办公室) and the data it imports
      { key: "reports-docx", user: "bangong", url: `/api/reports/work-report.docx?year=${y}`, pages: 10 },
      { key: "reports-figures", user: "bangong", url: `/api/reports/figures.xlsx?year=${y}`, pages: 4 },
      ...(["after-school", "school-counts"] as const).map((kind) => ({
        key: `reports-template-${kind}`,
        user: "jcjy",
        url: `/api/reports/data/templates/${kind}.xlsx?year=${y}`,
        pages: 3,
      })),
      ...(["gaokao", "zhongkao"] as const).map((kind) => ({
        key: `reports-template-${kind}`,
        user: "zhaosheng",
        url: `/api/reports/data/templates/${kind}.xlsx?year=${y}`,
        pages: 3,
      })),
    ];
    for (const e of exports) {
      const res = await fetchAs(e.user, e.url);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${e.key}: ${res.status} ${bytes.toString("utf8").slice(0, 300)}`);
      const type = res.headers.get("content-type") ?? "";
      files.push({ ...e, bytes, kind: type.includes("wordprocessing") ? "docx" : "xlsx" });
    }
    dir = mkdtempSync(join(tmpdir(), "exports-print-"));
  }, 240_000);

  afterAll(async () => {
    if (dir && !process.env.KEEP_EXPORTS) rmSync(dir, { recursive: true, force: true });
    if (dir && process.env.KEEP_EXPORTS) console.info(dir);
    await database?.close();
  });

  it("stores numbers as numbers and dates as dates, and shows no identifier of the code", async () => {
    const problems: string[] = [];
    for (const file of files) {
      if (file.kind === "xlsx") problems.push(...(await workbookProblems(file)));
      else {
        for (const p of await docxParagraphs(file.bytes)) {
          for (const pattern of CODE_PATTERNS) {
            if (pattern.test(p)) problems.push(`${file.key}: identifier in «${p.slice(0, 120)}»`);
          }
        }
      }
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });

  it("names the county in every export", async () => {
    const missing: string[] = [];
    // the admissions list templates are blank forms, the same for every county
    for (const file of files.filter((f) => !f.key.startsWith("admissions-template"))) {
      const zip = openGuardedZip(file.bytes);
      const parts =
        file.kind === "docx"
          ? ["word/document.xml", "word/footer1.xml", "word/header1.xml"]
          : ["xl/sharedStrings.xml", ...Array.from({ length: 40 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`)];
      let text = "";
      for (const part of parts) text += (await zip.read(part).catch(() => null))?.toString("utf8") ?? "";
      if (!text.includes(COUNTY)) missing.push(file.key);
    }
    expect(missing).toEqual([]);
  });

  it("prints every export on A4 within its page bound, all converted in one LibreOffice run", () => {
    const input = join(dir, "in");
    const output = join(dir, "pdf");
    mkdirSync(input);
    mkdirSync(output);
    const paths = files.map((f) => {
      const path = join(input, `${f.key}.${f.kind}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        output,
        ...paths,
      ],
      { stdio: "ignore", timeout: 420_000 },
    );
    const report: string[] = [];
    const problems: string[] = [];
    for (const f of files) {
      const { count, sizes } = pdfPages(readFileSync(join(output, `${f.key}.pdf`)));
      report.push(`${f.key}: ${count}`);
      if (count === 0 || count > f.pages) problems.push(`${f.key}: ${count} pages (at most ${f.pages})`);
      const off = sizes.filter(
        ([w, h]) =>
          !(
            (Math.abs(w - A4.width) <= 1 && Math.abs(h - A4.height) <= 1) ||
            (Math.abs(w - A4.height) <= 1 && Math.abs(h - A4.width) <= 1)
          ),
      );
      if (off.length > 0) problems.push(`${f.key}: ${off.length} pages not A4 (${off[0]!.join("×")} pt)`);
    }
    console.info(`pages per export: ${report.join(", ")}`);
    expect(problems).toEqual([]);
  }, 480_000);
});
