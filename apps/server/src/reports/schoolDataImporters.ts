/**
 * The imports of the bureau's yearly inputs that no other capability holds, on the shared pipeline
 * (excel/importPipeline.ts): after-school service per school and term (课后服务) and the schools' yearly counts
 * (图书). One row per school; 基础教育股 imports for every school, a school's administrator only its own row. All or
 * nothing; importing a school again replaces its row for that year (and term).
 */
import { type auth, reports } from "@edubureau/core";
import { type Tx, takeOffered } from "../db/bulkInsert";
import type { Db } from "../db/client";
import type { ImportSteps, SheetImporter } from "../excel/importPipeline";
import type { Sheet, SheetSpec } from "../excel/importSheet";
import { templateWorkbook } from "../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../excel/problemCollector";
import { forbidden } from "../http/errors";
import { schoolsWithTown } from "../registry/fitnessIntake";
import { reportAfterSchool, reportSchoolCount } from "./tables";

/** 基础教育股 for every school (null), a school's administrator for its own (its id). */
export function schoolDataScope(actor: auth.Actor): string | null {
  const scope = reports.schoolDataImportScope(actor);
  if (scope === undefined) throw forbidden("write:reports");
  return scope;
}

type Add<C extends string> = (c: C, message: string) => void;

/** A whole number from 0 to max, or null (blank when allowed, or refused with a message naming the field). */
function count<C extends string>(text: string, c: C, label: string, max: number, add: Add<C>, required = true) {
  const t = text.replace(/,/g, "").trim();
  if (!t) {
    if (required) add(c, `请填写${label}(整数,没有时填 0)`);
    return null;
  }
  const n = Number(t);
  if (!Number.isInteger(n) || n < 0) {
    add(c, `${label}应为不小于 0 的整数,请删除文字和单位`);
    return null;
  }
  if (n > max) {
    add(c, `${label}超过 ${max},请核对`);
    return null;
  }
  return n;
}

/** The school a row names by its code, within what the actor may import; problems added otherwise. */
async function schoolFinder(db: Db | Tx, actor: auth.Actor) {
  const own = schoolDataScope(actor);
  const schools = (await schoolsWithTown(db as Db, actor.regionCode)).filter((s) => s.kind !== "kindergarten");
  const byCode = new Map(schools.map((s) => [s.code, s]));
  return <C extends string>(code: string, column: C, add: Add<C>) => {
    if (!code) return void add(column, "请填写学校代码(与学籍系统中的学校代码一致)");
    const s = byCode.get(code);
    if (!s) return void add(column, "学校代码在本县开办的中小学校中找不到:请核对学校代码");
    if (own !== null && s.id !== own) return void add(column, `${s.name}不是本校:学校只能导入本校的数据,请删除这一行`);
    return s;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 课后服务

const afterSchoolColumns = ["code", "name", "term", "participants", "teachers", "content", "fee"] as const;
type AfterSchoolColumn = (typeof afterSchoolColumns)[number];
export const afterSchoolSheet: SheetSpec<AfterSchoolColumn> = {
  kind: "after-school",
  sheetName: "课后服务",
  rowNoun: "学校",
  splitHint: "请按乡镇分成几个文件上传",
  columns: afterSchoolColumns,
  headers: {
    code: "学校代码",
    name: "学校名称",
    term: "学期",
    participants: "参加学生数",
    teachers: "参与教师数",
    content: "服务内容",
    fee: "收费方式",
  },
  codeColumns: new Set(["code"]),
  dateColumns: new Set(),
  exampleColumn: "name",
};
const TERMS = new Map<string, reports.AfterSchoolTerm>([
  ["秋季学期", "autumn"],
  ["秋季", "autumn"],
  ["春季学期", "spring"],
  ["春季", "spring"],
]);
type AfterSchoolRow = {
  rowNumber: number;
  schoolId: string;
  term: reports.AfterSchoolTerm;
  participants: number;
  teachers: number;
  content: string | null;
  charged: boolean;
};

const afterSchoolSteps: ImportSteps<AfterSchoolColumn, AfterSchoolRow> = {
  tables: [reportAfterSchool],
  async validate(db, actor, sheet: Sheet<AfterSchoolColumn>) {
    const find = await schoolFinder(db, actor);
    const p = problemCollector(sheet, afterSchoolSheet);
    const rows: AfterSchoolRow[] = [];
    for (const row of sheet.rows) {
      p.addRow(row, []);
      const v = (c: AfterSchoolColumn) => (row.input[c] ?? "").trim();
      const add = (c: AfterSchoolColumn, message: string) => p.add(row.rowNumber, c, message);
      const s = find(v("code"), "code", add);
      const term = TERMS.get(v("term"));
      if (!term) add("term", "学期应为“秋季学期”或“春季学期”(从下拉列表中选择)");
      const participants = count(v("participants"), "participants", "参加学生数", 20_000, add);
      const teachers = count(v("teachers"), "teachers", "参与教师数", 2_000, add);
      const fee = v("fee");
      if (fee !== "收费" && fee !== "免费") add("fee", "收费方式应为“收费”或“免费”(从下拉列表中选择)");
      if (v("content").length > 200) add("content", "服务内容过长(最多 200 字),请概括");
      if (participants !== null && participants > 0 && teachers === 0)
        add("teachers", "有学生参加课后服务时参与教师数不能为 0,请核对");
      if (!s || !term || participants === null || teachers === null) continue;
      rows.push({
        rowNumber: row.rowNumber,
        schoolId: s.id,
        term,
        participants,
        teachers,
        content: v("content") || null,
        charged: fee === "收费",
      });
    }
    markDuplicatesInFile(
      rows,
      (r) => r.rowNumber,
      (r) => `${r.schoolId}|${r.term}`,
      "code",
      { label: "学校", fix: "同一学校同一学期只保留一行" },
      (row, col, message) => p.add(row, col, message),
    );
    return p.finish(rows, (r) => r.rowNumber);
  },
  async write(tx, actor, rows, ctx) {
    if (rows.length === 0) return { schools: 0 };
    const t = reportAfterSchool;
    await tx
      .insert(t)
      .values(
        rows.map(({ rowNumber: _, ...r }) => ({
          ...r,
          regionCode: actor.regionCode,
          year: ctx.schoolYear,
          updatedBy: actor.userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .onConflictDoUpdate({
        target: [t.schoolId, t.year, t.term],
        set: takeOffered(t, ["participants", "teachers", "content", "charged", "updatedBy", "updatedAt"]),
      });
    return { schools: rows.length, participants: rows.reduce((n, r) => n + r.participants, 0) };
  },
};

/** After-school service (capability "reports": audit actions reports.import_upload, reports.import). */
export const afterSchoolImporter: SheetImporter = {
  capability: "reports",
  spec: afterSchoolSheet,
  label: "课后服务",
  yearly: true,
  allOrNothing: true,
  steps: afterSchoolSteps as unknown as ImportSteps<string, unknown>,
  template: async (_db, _actor, year, county) =>
    templateWorkbook(afterSchoolSheet, {
      county,
      guide: {
        code: { required: "必填", how: "学籍系统中的学校代码(10 位)", width: 14 },
        name: { required: "选填", how: "仅供核对", width: 20 },
        term: { required: "必填", how: "秋季学期 或 春季学期", width: 12 },
        participants: { required: "必填", how: "本学期参加课后服务的学生人数,未开展填 0", width: 12 },
        teachers: { required: "必填", how: "参与课后服务的教师人数", width: 12 },
        content: { required: "选填", how: "如 作业辅导、书法、篮球", width: 28 },
        fee: { required: "必填", how: "收费 或 免费", width: 10 },
      },
      lists: [
        { title: "学期", values: ["秋季学期", "春季学期"], columns: ["term"] },
        { title: "收费方式", values: ["收费", "免费"], columns: ["fee"] },
      ],
      example: {
        code: "1525990001",
        name: "示例小学",
        term: "秋季学期",
        participants: "620",
        teachers: "38",
        content: "作业辅导、书法、篮球",
        fee: "免费",
      },
      notes: [
        `每行填写一所中小学校在 ${year} 学年一个学期的课后服务(秋季学期为 ${year} 年秋季,春季学期为 ${year + 1} 年春季)。`,
        "年度报告的“N所学校参加课后服务,共M人”取秋季学期:参加学生至少 1 人的学校计入学校数;任一开办的中小学校未填报秋季学期时显示“数据不全”。",
        "全部行通过校验才会导入;再次导入同一学校同一学期会替换原数据。学校只能导入本校的行。",
      ],
    }),
};

// ---------------------------------------------------------------------------------------------------------------
// 学校年度统计数(图书)

const countColumns = ["code", "name", "booksAdded", "booksTotal"] as const;
type CountColumn = (typeof countColumns)[number];
export const schoolCountSheet: SheetSpec<CountColumn> = {
  kind: "school-counts",
  sheetName: "学校年度统计",
  rowNoun: "学校",
  splitHint: "请按乡镇分成几个文件上传",
  columns: countColumns,
  headers: { code: "学校代码", name: "学校名称", booksAdded: "当年新增图书(册)", booksTotal: "年末图书总数(册)" },
  codeColumns: new Set(["code"]),
  dateColumns: new Set(),
  exampleColumn: "name",
};
type CountRow = { rowNumber: number; schoolId: string; booksAdded: number; booksTotal: number | null };

const countSteps: ImportSteps<CountColumn, CountRow> = {
  tables: [reportSchoolCount],
  async validate(db, actor, sheet: Sheet<CountColumn>) {
    const find = await schoolFinder(db, actor);
    const p = problemCollector(sheet, schoolCountSheet);
    const rows: CountRow[] = [];
    for (const row of sheet.rows) {
      p.addRow(row, []);
      const v = (c: CountColumn) => (row.input[c] ?? "").trim();
      const add = (c: CountColumn, message: string) => p.add(row.rowNumber, c, message);
      const s = find(v("code"), "code", add);
      const booksAdded = count(v("booksAdded"), "booksAdded", "当年新增图书", 1_000_000, add);
      const booksTotal = count(v("booksTotal"), "booksTotal", "年末图书总数", 10_000_000, add, false);
      if (booksAdded !== null && booksTotal !== null && booksAdded > booksTotal)
        add("booksAdded", "当年新增图书不能多于年末图书总数,请核对");
      if (!s || booksAdded === null) continue;
      rows.push({ rowNumber: row.rowNumber, schoolId: s.id, booksAdded, booksTotal });
    }
    markDuplicatesInFile(
      rows,
      (r) => r.rowNumber,
      (r) => r.schoolId,
      "code",
      { label: "学校", fix: "同一学校只保留一行" },
      (row, col, message) => p.add(row, col, message),
    );
    return p.finish(rows, (r) => r.rowNumber);
  },
  async write(tx, actor, rows, ctx) {
    if (rows.length === 0) return { schools: 0 };
    const t = reportSchoolCount;
    await tx
      .insert(t)
      .values(
        rows.map(({ rowNumber: _, ...r }) => ({
          ...r,
          regionCode: actor.regionCode,
          year: ctx.schoolYear,
          updatedBy: actor.userId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })),
      )
      .onConflictDoUpdate({
        target: [t.schoolId, t.year],
        set: takeOffered(t, ["booksAdded", "booksTotal", "updatedBy", "updatedAt"]),
      });
    return { schools: rows.length, booksAdded: rows.reduce((n, r) => n + r.booksAdded, 0) };
  },
};

/** The schools' yearly counts (capability "reports"). The year is the calendar year counted. */
export const schoolCountImporter: SheetImporter = {
  capability: "reports",
  spec: schoolCountSheet,
  label: "学校年度统计",
  yearly: true,
  allOrNothing: true,
  steps: countSteps as unknown as ImportSteps<string, unknown>,
  template: async (_db, _actor, year, county) =>
    templateWorkbook(schoolCountSheet, {
      county,
      guide: {
        code: { required: "必填", how: "学籍系统中的学校代码(10 位)", width: 14 },
        name: { required: "选填", how: "仅供核对", width: 20 },
        booksAdded: {
          required: "必填",
          how: `${year} 年 1 月 1 日至 12 月 31 日新增(采购、捐赠)的图书册数`,
          width: 16,
        },
        booksTotal: { required: "选填", how: `${year} 年末馆藏图书总册数`, width: 16 },
      },
      lists: [],
      example: { code: "1525990001", name: "示例小学", booksAdded: "1200", booksTotal: "36000" },
      notes: [
        `每行填写一所中小学校 ${year} 年(自然年)的统计数;报废、剔旧图书不抵减新增册数。`,
        "年度报告的“补充图书N册”为各校新增图书之和;任一开办的中小学校未填报时显示“数据不全”。",
        "全部行通过校验才会导入;再次导入同一学校会替换其当年数据。学校只能导入本校的行。",
      ],
    }),
};
