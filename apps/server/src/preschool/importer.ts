/**
 * The kindergartens' yearly report import (幼儿园年度填报导入) on the shared pipeline (excel/importPipeline.ts): one row
 * per kindergarten (or school with attached preschool classes) for the school year, with the fields of the yearly
 * report form. The teachers (counts, certificates, 在编/非在编) are the register's and are not entered here; a pay
 * without teachers of that kind in the register is refused. The rules are those of the form (commands.saveReport).
 * 基础教育股 imports for the county; a kindergarten's administrator only its own row. All or nothing.
 */
import { auth, preschool } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { authorize, scopeOf } from "../auth/authorize";
import { type Tx, takeOffered } from "../db/bulkInsert";
import type { Db } from "../db/client";
import type { ImportSteps, SheetImporter } from "../excel/importPipeline";
import type { Sheet, SheetSpec } from "../excel/importSheet";
import { templateWorkbook } from "../excel/importTemplate";
import { markDuplicatesInFile, problemCollector } from "../excel/problemCollector";
import { forbidden } from "../http/errors";
import { loadPreschoolRegister } from "../registry/preschoolIntake";
import { preschoolReport } from "./tables";

export const reportColumns = [
  "code",
  "name",
  "kind",
  "recognisedOn",
  "recognisedDocument",
  "licenceNumber",
  "fee",
  "ruralCentral",
  "principalCertified",
  "establishedPay",
  "nonEstablishedPay",
  "funding",
  "buildingArea",
  "playArea",
] as const;
export type ReportColumn = (typeof reportColumns)[number];

export const reportSheet: SheetSpec<ReportColumn> = {
  kind: "reports",
  sheetName: "幼儿园年度填报",
  rowNoun: "幼儿园",
  splitHint: "请按乡镇分成几个文件上传",
  columns: reportColumns,
  headers: {
    code: "学校代码",
    name: "幼儿园名称",
    kind: "办园性质",
    recognisedOn: "普惠认定日期",
    recognisedDocument: "普惠认定文件文号",
    licenceNumber: "办园许可证号",
    fee: "保教费(元/月)",
    ruralCentral: "乡镇中心园",
    principalCertified: "园长持任职资格证",
    establishedPay: "在编教师月平均工资(元)",
    nonEstablishedPay: "非在编教师月平均工资(元)",
    funding: "生均财政拨款或普惠补助(元/年)",
    buildingArea: "园舍建筑面积(平方米)",
    playArea: "户外活动场地面积(平方米)",
  },
  codeColumns: new Set(["code", "licenceNumber"]),
  dateColumns: new Set(["recognisedOn"]),
  exampleColumn: "name",
};

const KIND_BY_LABEL = new Map<string, preschool.KindergartenKind>(
  preschool.kindergartenKinds.flatMap((k) => {
    const label = preschool.kindergartenKindLabels[k];
    return [
      [label, k],
      [label.replace(/(公办)$/, ""), k],
    ] as [string, preschool.KindergartenKind][];
  }),
);
const YES = new Set(["是", "√", "Y", "y"]);
const NO = new Set(["否", "×", "N", "n"]);

/** A checked row, as the report table stores it (money in fen). */
export interface ReportRow {
  rowNumber: number;
  schoolId: string;
  kind: preschool.KindergartenKind;
  recognisedOn: string | null;
  recognisedDocument: string | null;
  licenceNumber: string | null;
  feeFenPerMonth: number | null;
  ruralCentral: boolean;
  principalCertified: boolean | null;
  establishedPayFen: number | null;
  nonEstablishedPayFen: number | null;
  fundingPerChildFen: number | null;
  buildingArea: number | null;
  playArea: number | null;
}

/** The county's section for any kindergarten (null), or a kindergarten's administrator for its own (its id). */
function importerScope(actor: auth.Actor): string | null {
  const scope = auth.dataScope(actor, "preschool");
  if (actor.role === "section" && scope.kind === "county") return null;
  if (actor.role === "school_admin" && scope.kind === "school" && actor.schoolId) return actor.schoolId;
  throw forbidden("write:preschool");
}

/** Refuses anyone who may not import the yearly reports (may write preschool data: the section, a kindergarten). */
export function authorizeReportImport(actor: auth.Actor | null): auth.Actor {
  const a = authorize(actor, "write", "preschool");
  importerScope(a);
  scopeOf(a, "preschool");
  return a;
}

const fen = (yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100));

function normalisedDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const steps: ImportSteps<ReportColumn, ReportRow> = {
  tables: [preschoolReport],
  async validate(db: Db | Tx, actor, sheet: Sheet<ReportColumn>, ctx) {
    const own = importerScope(actor);
    const register = await loadPreschoolRegister(db as Db, actor.regionCode, ctx.schoolYear);
    const byCode = new Map(register.units.map((u) => [u.code, u]));
    const p = problemCollector(sheet, reportSheet);
    const candidates: ReportRow[] = [];
    const year = `${ctx.schoolYear}学年`;
    for (const row of sheet.rows) {
      p.addRow(row, []);
      const v = (c: ReportColumn) => (row.input[c] ?? "").trim();
      const add = (c: ReportColumn, message: string) => p.add(row.rowNumber, c, message);
      // the kindergarten
      const code = v("code");
      if (!code) {
        add("code", "请填写学校代码(与学籍系统中的学校代码一致)");
        continue;
      }
      const unit = byCode.get(code);
      if (!unit) {
        add("code", `学校代码在本县${year}的幼儿园和附设幼儿班的学校中找不到:请核对学校代码`);
        continue;
      }
      if (own !== null && unit.schoolId !== own) {
        add("code", `${unit.name}不是本园:幼儿园只能导入本园的年度填报,请删除这一行`);
        continue;
      }
      if (v("name") && v("name") !== unit.name)
        add("name", `幼儿园名称与学籍系统不一致(学籍系统为“${unit.name}”):请核对是否填错行`);
      // kind
      const kind = KIND_BY_LABEL.get(v("kind"));
      if (!kind) {
        add("kind", "办园性质应为 教育部门办、其他部门办、集体办、普惠性民办 或 非普惠性民办(从下拉列表中选择)");
        continue;
      }
      const isPublic = preschool.isPublicKind(kind);
      if (unit.ownership === "private" && isPublic)
        add(
          "kind",
          `${unit.name}在学籍系统中登记为民办,不能填报为${preschool.kindergartenKindLabels[kind]}:请选择普惠性民办或非普惠性民办,或先在学校信息中更正办学性质`,
        );
      if (unit.ownership === "public" && !isPublic)
        add("kind", `${unit.name}在学籍系统中登记为公办,办园性质应为教育部门办、其他部门办或集体办`);
      // recognition
      let recognisedOn: string | null = null;
      if (v("recognisedOn")) {
        recognisedOn = normalisedDate(v("recognisedOn"));
        if (!recognisedOn) add("recognisedOn", "普惠认定日期格式应为 2024-06-30");
      }
      if (kind === "inclusive_private") {
        if (!v("recognisedOn")) add("recognisedOn", "普惠性民办园须填写普惠认定日期(如 2024-06-30)");
        if (!v("recognisedDocument"))
          add("recognisedDocument", "普惠性民办园须填写普惠认定文件文号(如 某教发〔2024〕12号)");
      }
      if (v("recognisedDocument").length > 100) add("recognisedDocument", "普惠认定文件文号过长(最多 100 字)");
      if (v("licenceNumber").length > 60) add("licenceNumber", "办园许可证号过长(最多 60 字)");
      // flags
      const flag = (c: ReportColumn, label: string): boolean | null => {
        const t = v(c);
        if (!t) return null;
        if (YES.has(t)) return true;
        if (NO.has(t)) return false;
        add(c, `${label}应填“是”或“否”(从下拉列表中选择)`);
        return null;
      };
      const ruralCentral = flag("ruralCentral", "乡镇中心园") ?? false;
      const principalCertified = flag("principalCertified", "园长持任职资格证");
      if (ruralCentral && !isPublic) add("ruralCentral", "乡镇中心园须为公办园:民办园请填“否”");
      // figures
      const amount = (c: ReportColumn, label: string, unitName: string, max: number): number | null => {
        const t = v(c).replace(/,/g, "");
        if (!t) return null;
        const n = Number(t);
        if (!Number.isFinite(n)) {
          add(c, `${label}应为数字(单位:${unitName}),请删除文字和单位`);
          return null;
        }
        if (n < 0) {
          add(c, `${label}不能为负数,请改正`);
          return null;
        }
        if (n > max) {
          add(c, `${label}超过 ${max}${unitName},请核对单位是否为${unitName}`);
          return null;
        }
        return n;
      };
      const fee = amount("fee", "保教费", "元", 20_000);
      const establishedPay = amount("establishedPay", "在编教师月平均工资", "元", 100_000);
      const nonEstablishedPay = amount("nonEstablishedPay", "非在编教师月平均工资", "元", 100_000);
      const funding = amount("funding", "生均财政拨款或普惠补助", "元", 100_000);
      const buildingArea = amount("buildingArea", "园舍建筑面积", "平方米", 1_000_000);
      const playArea = amount("playArea", "户外活动场地面积", "平方米", 1_000_000);
      // pay without staff: the teachers are the register's
      if (establishedPay !== null && establishedPay > 0 && unit.establishedTeachers === 0)
        add(
          "establishedPay",
          `学籍系统中${unit.name}没有在编专任教师,不能填写在编教师工资:请留空,或先在教职工信息中登记在编教师`,
        );
      if (nonEstablishedPay !== null && nonEstablishedPay > 0 && unit.nonEstablishedTeachers === 0)
        add(
          "nonEstablishedPay",
          `学籍系统中${unit.name}没有非在编专任教师,不能填写非在编教师工资:请留空,或先在教职工信息中登记教师`,
        );
      candidates.push({
        rowNumber: row.rowNumber,
        schoolId: unit.schoolId,
        kind,
        recognisedOn: kind === "inclusive_private" ? recognisedOn : null,
        recognisedDocument: kind === "inclusive_private" ? v("recognisedDocument") || null : null,
        licenceNumber: v("licenceNumber") || null,
        feeFenPerMonth: fen(fee),
        ruralCentral,
        principalCertified,
        establishedPayFen: fen(establishedPay),
        nonEstablishedPayFen: fen(nonEstablishedPay),
        fundingPerChildFen: fen(funding),
        buildingArea,
        playArea,
      });
    }
    markDuplicatesInFile(
      candidates,
      (r) => r.rowNumber,
      (r) => r.schoolId,
      "code",
      { label: "幼儿园", fix: "同一幼儿园只保留一行" },
      (row, col, message) => p.add(row, col, message),
    );
    return p.finish(candidates, (r) => r.rowNumber);
  },
  async write(tx, actor, rows, ctx) {
    if (rows.length === 0) return { kindergartens: 0, created: 0, updated: 0 };
    const existing = await tx
      .select({ schoolId: preschoolReport.schoolId })
      .from(preschoolReport)
      .where(and(eq(preschoolReport.regionCode, actor.regionCode), eq(preschoolReport.schoolYear, ctx.schoolYear)));
    const had = new Set(existing.map((r) => r.schoolId));
    const values = rows.map(({ rowNumber: _, ...r }) => ({
      ...r,
      regionCode: actor.regionCode,
      schoolYear: ctx.schoolYear,
      updatedBy: actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
    const t = preschoolReport;
    await tx
      .insert(t)
      .values(values)
      .onConflictDoUpdate({
        target: [t.schoolId, t.schoolYear],
        set: takeOffered(t, [
          "kind",
          "recognisedOn",
          "recognisedDocument",
          "licenceNumber",
          "feeFenPerMonth",
          "ruralCentral",
          "principalCertified",
          "establishedPayFen",
          "nonEstablishedPayFen",
          "fundingPerChildFen",
          "buildingArea",
          "playArea",
          "updatedBy",
          "updatedAt",
        ]),
      });
    const created = rows.filter((r) => !had.has(r.schoolId)).length;
    return { kindergartens: rows.length, created, updated: rows.length - created };
  },
};

/** The yearly reports importer (capability "preschool": audit actions preschool.import_upload, preschool.import). */
export const reportsImporter: SheetImporter = {
  capability: "preschool",
  spec: reportSheet,
  label: "幼儿园年度填报",
  yearly: true,
  allOrNothing: true,
  steps: steps as unknown as ImportSteps<string, unknown>,
  template: async (_db, _actor, year, county) =>
    templateWorkbook(reportSheet, {
      county,
      guide: {
        code: { required: "必填", how: "学籍系统中的学校代码(10 位)", width: 14 },
        name: { required: "选填", how: "与学籍系统一致,仅供核对", width: 20 },
        kind: { required: "必填", how: "从下拉列表中选择", width: 16 },
        recognisedOn: { required: "普惠性民办必填", how: "如 2024-06-30", width: 14 },
        recognisedDocument: { required: "普惠性民办必填", how: "如 某教发〔2024〕12号", width: 20 },
        licenceNumber: { required: "选填(民办园应填)", how: "办园许可证上的编号", width: 18 },
        fee: { required: "选填", how: "元/月,如 800", width: 12 },
        ruralCentral: { required: "选填", how: "是 或 否(空白为否);只有公办园可为中心园", width: 10 },
        principalCertified: { required: "选填", how: "是 或 否", width: 12 },
        establishedPay: { required: "有在编教师时填", how: "元/月,如 5200", width: 14 },
        nonEstablishedPay: { required: "有非在编教师时填", how: "元/月,如 3800", width: 14 },
        funding: { required: "选填", how: "公办园填生均财政拨款,普惠性民办园填生均补助;元/年", width: 16 },
        buildingArea: { required: "选填", how: "平方米,如 2400", width: 14 },
        playArea: { required: "选填", how: "平方米,如 1800", width: 14 },
      },
      lists: [
        {
          title: "办园性质",
          values: preschool.kindergartenKinds.map((k) => preschool.kindergartenKindLabels[k]),
          columns: ["kind"],
        },
        { title: "是否", values: ["是", "否"], columns: ["ruralCentral", "principalCertified"] },
      ],
      example: {
        code: "1525990001",
        name: "示例幼儿园",
        kind: "普惠性民办",
        recognisedOn: "2024-06-30",
        recognisedDocument: "示教发〔2024〕12号",
        licenceNumber: "教民1525990000001",
        fee: "800",
        ruralCentral: "否",
        principalCertified: "是",
        establishedPay: "",
        nonEstablishedPay: "3800",
        funding: "600",
        buildingArea: "2400",
        playArea: "1800",
      },
      notes: [
        `每行填写一所幼儿园(或附设幼儿班的学校)在 ${year} 学年(9 月 1 日)的年度填报,与幼儿园页面的年度填报表相同。`,
        "在园幼儿、班级和教师人数(持证、在编、非在编)取自学籍和教职工信息,不在本表填写;某类教师为 0 时不要填写该类教师工资。",
        "金额填元(保教费按月、生均拨款按年),面积填平方米;不要带单位。",
        "全部行通过校验才会导入;再次导入同一幼儿园会替换其本学年的年度填报。幼儿园只能导入本园的一行。",
      ],
    }),
};
