/**
 * Excel lists for admissions: the templates, reading an uploaded list (every row checked; the whole file refused
 * with a problem per row and column when anything is wrong), and the printable class lists of an allocation.
 */
import ExcelJS from "exceljs";
import type { ImportProblem } from "../excel/problems";
import { openSheet } from "../excel/sheetReader";
import type { SheetValue } from "../excel/sheetXml";
import { workbookBuffer } from "../excel/workbook";
import { defaultZipLimits, type ZipLimits } from "../excel/zip";
import { AppError, badRequest } from "../http/errors";
import type { ListStudent } from "./commands";

/** Largest list file accepted. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
/** Most rows a list may hold (a county lottery rarely exceeds 20,000). */
export const MAX_LIST_ROWS = 50_000;

/** A problem of a list: the shared import problem without a level (every problem of a list refuses it). */
export type ListProblem = Omit<ImportProblem, "level">;

const ALLOCATION_COLUMNS = ["姓名", "性别", "特殊需要", "多胞胎组号", "多胞胎意愿", "成绩"] as const;
const LOTTERY_COLUMNS = ["姓名", "顺位", "多胞胎组号"] as const;

/**
 * The zip limits of a list: a 50,000-row list is a few MB of sheet XML, so far less inflated content is accepted
 * than for a register import.
 */
export const LIST_ZIP_LIMITS: ZipLimits = { ...defaultZipLimits, maxTotalBytes: 100 * 1024 * 1024 };

const notList = (message: string) => badRequest("LIST_NOT_XLSX", message);
const emptyList = () => badRequest("LIST_EMPTY", "名单没有数据行:第 1 行为表头,从第 2 行起每行一人");

/**
 * The header and non-empty rows of a list's first sheet. The file is opened by the zip guard (entry count, inflated
 * size and compression ratio checked before anything inflates) and the sheet XML is parsed as it inflates.
 */
async function readRows(bytes: Buffer): Promise<{ headers: string[]; rows: { row: number; cells: string[] }[] }> {
  if (bytes.length === 0) throw badRequest("LIST_EMPTY", "上传的文件是空的:请选择填写好的名单");
  if (bytes.length > MAX_LIST_BYTES) throw new AppError(413, "PAYLOAD_TOO_LARGE", "名单文件过大(上限 5 MB)");
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw notList("文件不是 Excel 工作簿(.xlsx):请下载名单模板,填写后另存为 .xlsx 上传");
  }
  try {
    return await readFirstSheet(bytes);
  } catch (err) {
    // a damaged or unusual file and an empty one keep the list's own codes; a zip bomb keeps the guard's
    // IMPORT_FILE_TOO_LARGE
    if (err instanceof AppError && err.code === "IMPORT_NOT_XLSX") throw notList(err.message);
    if (err instanceof AppError && err.code === "IMPORT_EMPTY") throw badRequest("LIST_EMPTY", err.message);
    throw err;
  }
}

async function readFirstSheet(bytes: Buffer): Promise<{ headers: string[]; rows: { row: number; cells: string[] }[] }> {
  const sheet = await openSheet(bytes, {
    limits: LIST_ZIP_LIMITS,
    notWorkbook: "无法读取该 Excel 文件:请另存为 .xlsx 后重新上传",
    noSheet: "名单没有数据行:第 1 行为表头,从第 2 行起每行一人",
  });
  const text = (v: SheetValue | undefined): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "object" && "formula" in v) return "\u0000formula";
    if (typeof v === "object") return v.error;
    return String(v).trim();
  };
  let headers: string[] = [];
  const rows: { row: number; cells: string[] }[] = [];
  for await (const { number, values } of sheet.rows) {
    if (number > MAX_LIST_ROWS + 1) {
      throw badRequest("LIST_TOO_MANY_ROWS", `名单超过 ${MAX_LIST_ROWS} 行:请分批组织`);
    }
    if (number === 1) {
      headers = Array.from({ length: Math.max(0, values.length - 1) }, (_, c) => text(values[c + 1]));
      continue;
    }
    if (number < 2) continue;
    const cells = headers.map((_, c) => text(values[c + 1]));
    if (cells.every((x) => x === "")) continue;
    rows.push({ row: number, cells });
  }
  if (rows.length === 0) throw emptyList();
  return { headers, rows };
}

function requireColumns(headers: string[], required: readonly string[]) {
  const missing = required.filter((h) => !headers.includes(h));
  if (missing.length > 0) {
    throw badRequest("LIST_WRONG_TEMPLATE", `名单缺少列:${missing.join("、")}。请使用下载的名单模板`, {
      missing,
    });
  }
}

const refuseList = (problems: ListProblem[], rows: number) =>
  badRequest(
    "LIST_INVALID",
    `名单有 ${problems.length} 处错误(共 ${rows} 行),整份名单未导入:请按提示修改后重新上传`,
    problems.slice(0, 500),
  );

/**
 * Reads a class-allocation list: 姓名, 性别 (男/女), 特殊需要 (是/否, empty = 否), 多胞胎组号, 多胞胎意愿 (同班/分班),
 * 成绩 (only with score balancing); any further column is an attribute that may be balanced.
 */
export async function readAllocationList(
  bytes: Buffer,
  options: { balance: string[]; scoreBalancing: boolean },
): Promise<ListStudent[]> {
  const { headers, rows } = await readRows(bytes);
  requireColumns(headers, ["姓名", "性别"]);
  const missingBalance = options.balance.filter((b) => !headers.includes(b));
  if (missingBalance.length > 0) {
    throw badRequest("LIST_WRONG_TEMPLATE", `要均衡的属性在名单中没有对应的列:${missingBalance.join("、")}`);
  }
  const col = (name: string) => headers.indexOf(name);
  const problems: ListProblem[] = [];
  const students: ListStudent[] = [];
  for (const { row, cells } of rows) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "") : "");
    const bad = (column: string, message: string) => problems.push({ row, column, value: get(column), message });
    for (const [i, v] of cells.entries()) {
      if (v === "\u0000formula")
        problems.push({ row, column: headers[i] ?? "", value: "(公式)", message: "请把公式改为数值" });
    }
    const name = get("姓名");
    if (!name) bad("姓名", "姓名不能为空");
    const genderText = get("性别");
    const gender = genderText === "男" ? "M" : genderText === "女" ? "F" : null;
    if (!gender) bad("性别", "性别应填写“男”或“女”");
    const sn = get("特殊需要");
    if (sn && sn !== "是" && sn !== "否") bad("特殊需要", "特殊需要应填写“是”或“否”(不填视为否)");
    const family = get("多胞胎组号") || null;
    const choiceText = get("多胞胎意愿");
    const familyChoice = choiceText === "同班" ? "together" : choiceText === "分班" ? "apart" : null;
    if (family && !familyChoice) bad("多胞胎意愿", "填写了多胞胎组号时,意愿应为“同班”或“分班”");
    if (!family && choiceText) bad("多胞胎组号", "填写了多胞胎意愿,但没有组号:同一家庭的孩子填相同的组号");
    let score: number | null = null;
    if (options.scoreBalancing) {
      score = Number(get("成绩"));
      if (!get("成绩") || !Number.isFinite(score)) bad("成绩", "启用按成绩均衡时,成绩应为数字");
    }
    const attributes: Record<string, string> = {};
    for (const b of options.balance) {
      const v = get(b);
      if (!v) bad(b, `要均衡的属性“${b}”不能为空`);
      attributes[b] = v;
    }
    students.push({
      name,
      gender: gender ?? "M",
      specialNeeds: sn === "是",
      family,
      familyChoice,
      attributes,
      score,
    });
  }
  if (problems.length > 0) throw refuseList(problems, rows.length);
  return students;
}

/** Reads a lottery list: 姓名, 顺位 (a tier number that is set up), 多胞胎组号 (optional). */
export async function readLotteryList(
  bytes: Buffer,
  tiers: number[],
): Promise<{ name: string; tier: number; family: string | null }[]> {
  const { headers, rows } = await readRows(bytes);
  requireColumns(headers, ["姓名", "顺位"]);
  const col = (name: string) => headers.indexOf(name);
  const problems: ListProblem[] = [];
  const out: { name: string; tier: number; family: string | null }[] = [];
  for (const { row, cells } of rows) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "") : "");
    const name = get("姓名");
    if (!name) problems.push({ row, column: "姓名", value: "", message: "姓名不能为空" });
    const tier = Number(get("顺位"));
    if (!tiers.includes(tier)) {
      problems.push({ row, column: "顺位", value: get("顺位"), message: `顺位应为 ${tiers.join("、")} 之一` });
    }
    out.push({ name, tier, family: get("多胞胎组号") || null });
  }
  if (problems.length > 0) throw refuseList(problems, rows.length);
  return out;
}

async function templateOf(
  columns: readonly string[],
  examples: (string | number)[][],
  notes: string[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...columns]);
  ws.getRow(1).font = { bold: true };
  for (const e of examples) ws.addRow(e);
  ws.columns.forEach((c) => {
    c.width = 14;
  });
  const help = wb.addWorksheet("填写说明");
  for (const n of notes) help.addRow([n]);
  help.getColumn(1).width = 100;
  return workbookBuffer(wb);
}

/** The class-allocation list template (with two example rows to overwrite). */
export function allocationTemplate(): Promise<Buffer> {
  return templateOf(
    ALLOCATION_COLUMNS,
    [
      ["张三", "男", "否", "", "", ""],
      ["李四", "女", "否", "F1", "同班", ""],
      ["李五", "男", "否", "F1", "同班", ""],
    ],
    [
      "第 1 行为表头,从第 2 行起每行一名学生;示例行请替换为实际名单。",
      "性别填写“男”或“女”;特殊需要填写“是”或“否”(不填视为否)。",
      "双胞胎或多胞胎:同一家庭的孩子填写相同的组号(如 F1),意愿填写“同班”或“分班”。",
      "成绩列仅在启用按成绩均衡时使用;按政策默认不启用,请留空。",
      "还可以增加其他列(如“住校”),在分班设置中选择要均衡的列。",
      "公示文件只包含匿名编号和用于分班的属性,不包含姓名。",
    ],
  );
}

/** The lottery list template. */
export function lotteryTemplate(): Promise<Buffer> {
  return templateOf(
    LOTTERY_COLUMNS,
    [
      ["王一", 1, ""],
      ["赵二", 2, "F1"],
      ["赵三", 2, "F1"],
    ],
    [
      "第 1 行为表头,从第 2 行起每行一名报名者。",
      "顺位填写数字:1 最先录取(如学区内户籍),2 其次,依此类推,须与摇号设置中的顺位一致。",
      "双胞胎或多胞胎同时报名:填写相同的组号,将作为一个号参加摇号,同时录取或同时不录取。",
    ],
  );
}

/** Printable class lists: one sheet per class with the head teacher, then every student by code. */
export async function classListsWorkbook(props: {
  title: string;
  code: string;
  /** printed at the foot of every page, e.g. "北原县 2026-12-07" */
  footer?: string;
  classes: { number: number; headTeacher: string | null; students: { code: string; name: string; gender: string }[] }[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const c of props.classes) {
    const ws = wb.addWorksheet(`${c.number}班`, { views: [{ state: "frozen", ySplit: 3 }] });
    ws.addRow([`${props.title} — 第 ${c.number} 班(活动编号 ${props.code})`]);
    ws.addRow([`班主任:${c.headTeacher ?? "未抽签"}    人数:${c.students.length}`]);
    ws.addRow(["序号", "编号", "姓名", "性别"]);
    ws.getRow(3).font = { bold: true };
    c.students.forEach((s, i) => {
      ws.addRow([i + 1, s.code, s.name, s.gender === "F" ? "女" : "男"]);
    });
    ws.getColumn(1).width = 8;
    ws.getColumn(2).width = 12;
    ws.getColumn(3).width = 14;
    ws.getColumn(4).width = 8;
  }
  return workbookBuffer(wb, { footer: props.footer });
}
