/**
 * The exports of dropout control (控辍保学) as .xlsx: the registers — suspected dropouts (疑似辍学名册), persuasion
 * cases with the 包保 chain and the visits (劝返个案台账), the month's zero-report status (零报告情况) — and the rates by
 * county, township and school with numerator and denominator (入学率与巩固率). Each reader gets what the page shows
 * them (a school its own rows), names and resident IDs masked as on the page (no export carries clear personal data);
 * every export is audited.
 */
import { type auth, registry, retention } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import { type Cell, type TitledSheet, titledWorkbook } from "../excel/titledWorkbook";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { contentDisposition, fileResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { regionName } from "../registry/retentionIntake";
import { listCases, listSuspects, visitsOfCases } from "./caseStore";
import * as p from "./present";
import { RATE_METHOD, readRates, type UnitRates } from "./rates";
import { namesOf, tags, todayFor, type Vars, zeroReportRows } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

const exportRoute = createRoute({
  method: "get",
  path: "/exports/{kind}",
  tags,
  summary:
    "导出 Excel:suspects 疑似辍学名册、cases 劝返个案台账(含包保责任人和劝返记录)、zero-reports 某月零报告情况、rates 入学率与巩固率(附分子分母);姓名和身份证号脱敏,记入审计日志",
  request: { params: s.exportKindParam, query: s.exportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "Excel 文件"), ...errorResponses },
});

const REGISTER_NOTES = [
  "姓名和身份证号按页面显示脱敏(如 张*明、152599********0031);完整身份信息只能在适龄儿童名册中逐人说明理由后查看,并记入审计日志。",
  "学校用户只导出本校学生;基础教育股和局领导导出全县。",
];

type Built = { sheets: TitledSheet[]; notes: string[]; subtitle: string; file: string; target: string };

async function suspectsSheets(v: Vars, actor: auth.Actor, county: string): Promise<Built> {
  const scope = scopeOf(actor, "retention");
  const [rows, names] = await Promise.all([
    listSuspects(v.deps.db, scope, { status: "open" }),
    namesOf(v, scope.regionCode),
  ]);
  const list = rows.map((r) => p.presentSuspect(r, names));
  return {
    file: `${county}疑似辍学名册.xlsx`,
    subtitle: `截至 ${todayFor(v)},待处理 ${list.length} 人`,
    target: "suspects",
    sheets: [
      {
        name: "疑似辍学名册",
        title: `${county}疑似辍学学生名册`,
        columns: [
          { header: "序号", width: 6 },
          { header: "姓名", width: 10 },
          { header: "身份证号(脱敏)", width: 22 },
          { header: "出生日期", width: 12 },
          { header: "来源", width: 14 },
          { header: "学校", width: 24 },
          { header: "乡镇", width: 12 },
          { header: "依据(来源记录)", width: 50 },
          { header: "重点(防返贫、低保)", width: 16 },
          { header: "个案编号", width: 12 },
          { header: "列入日期", width: 12 },
        ],
        rows: list.map((r, i) => [
          i + 1,
          r.nameMasked,
          r.residentIdMasked,
          r.birthDate,
          r.sourceLabel,
          r.schoolName,
          r.townName,
          r.detail,
          r.priorityLists.join("、"),
          r.caseNumber ?? "未立案",
          r.createdAt.slice(0, 10),
        ]),
        empty: "没有待处理的疑似辍学学生",
      },
    ],
    notes: [
      "疑似辍学来源:户籍与学籍比对(未在本县任何学校就读且无说明)、连续缺课达到认定天数且未请假、转出后逾期未被接收。",
      ...REGISTER_NOTES,
    ],
  };
}

async function casesSheets(v: Vars, actor: auth.Actor, county: string): Promise<Built> {
  const scope = scopeOf(actor, "retention");
  const [rows, names, settings] = await Promise.all([
    listCases(v.deps.db, scope, { register: "all" }),
    namesOf(v, scope.regionCode),
    settingsOf(v.deps.db, scope.regionCode, v.deps.now()),
  ]);
  const when = { today: todayFor(v), leadershipDays: settings.leadershipEscalationDays };
  const list = rows.map((r) => p.presentCase(r, actor, when, names));
  const visits = await visitsOfCases(
    v.deps.db,
    list.map((c) => c.id),
  );
  const numberOf = new Map(list.map((c) => [c.id, c]));
  const chain = (c: (typeof list)[number], role: keyof typeof retention.guardianChainLabels): Cell => {
    const who = c.chain[role];
    return who ? [who.name, who.phone].filter(Boolean).join(" ") : "";
  };
  return {
    file: `${county}劝返个案台账.xlsx`,
    subtitle: `截至 ${when.today},共 ${list.length} 件`,
    target: "cases",
    sheets: [
      {
        name: "劝返个案",
        title: `${county}控辍保学劝返个案台账`,
        columns: [
          { header: "个案编号", width: 11 },
          { header: "姓名", width: 10 },
          { header: "学校", width: 22 },
          { header: "乡镇", width: 12 },
          { header: "来源", width: 12 },
          { header: "状态", width: 14 },
          { header: "重点", width: 6 },
          { header: "立案日期", width: 12 },
          { header: "劝返时限", width: 12 },
          { header: "督办", width: 14 },
          { header: "劝返次数", width: 9 },
          { header: "最近劝返", width: 12 },
          { header: "返校日期", width: 12 },
          { header: "销号(排除)日期", width: 14 },
          { header: "乡镇(街道)责任人", width: 20 },
          { header: "村(社区)责任人", width: 20 },
          { header: "学校责任人", width: 20 },
          { header: "班主任", width: 20 },
        ],
        rows: list.map((c) => [
          c.number,
          c.nameMasked,
          c.schoolName,
          c.townName,
          c.sourceLabel,
          c.stateLabel,
          c.priority ? "是" : "否",
          c.openedOn,
          c.deadline,
          c.escalationLabel,
          c.visits,
          c.lastVisitOn,
          c.returnedOn,
          c.closedOn,
          chain(c, "township"),
          chain(c, "village"),
          chain(c, "school"),
          chain(c, "teacher"),
        ]),
        empty: "尚无劝返个案",
      },
      {
        name: "劝返记录",
        title: `${county}控辍保学劝返记录`,
        columns: [
          { header: "个案编号", width: 11 },
          { header: "姓名", width: 10 },
          { header: "劝返日期", width: 12 },
          { header: "劝返人员", width: 24 },
          { header: "方式", width: 16 },
          { header: "结果", width: 12 },
          { header: "情况说明", width: 50 },
        ],
        rows: visits.map((x) => [
          numberOf.get(x.caseId)?.number ?? "",
          numberOf.get(x.caseId)?.nameMasked ?? "",
          x.visitedOn,
          x.visitors,
          retention.visitMethodLabels[x.method],
          retention.visitOutcomeLabels[x.outcome],
          x.note,
        ]),
        empty: "尚无劝返记录",
      },
    ],
    notes: [
      `个案过劝返时限未返校(核查中、劝返中)即逾期,由基础教育股督办;逾期满 ${settings.leadershipEscalationDays} 天报局领导督办。`,
      `学生返校满 ${settings.returnVerifyDays} 天、经学校核验后方可销号(动态销号)。`,
      ...REGISTER_NOTES,
    ],
  };
}

async function zeroReportSheets(v: Vars, actor: auth.Actor, county: string, month: string): Promise<Built> {
  const scope = scopeOf(actor, "retention");
  const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
  const { rows } = await zeroReportRows(v, scope, month, settings.zeroReportDueDay, todayFor(v));
  const due = retention.zeroReportDueDate(month, settings.zeroReportDueDay);
  return {
    file: `${county}${month}零报告情况.xlsx`,
    subtitle: `${month} 月报,截止 ${due}`,
    target: `zero-reports:${month}`,
    sheets: [
      {
        name: "零报告情况",
        title: `${county}义务教育学校${month}控辍保学月报(零报告)情况`,
        columns: [
          { header: "序号", width: 6 },
          { header: "学校", width: 26 },
          { header: "乡镇", width: 12 },
          { header: "状态", width: 12 },
          { header: "报告日期", width: 12 },
          { header: "失学辍学人数", width: 12 },
          { header: "说明", width: 40 },
        ],
        rows: rows.map((r, i) => [i + 1, r.schoolName, r.townName, r.statusLabel, r.reportedOn, r.outOfSchool, r.note]),
      },
    ],
    notes: [
      `每月报告由各义务教育学校在次月 ${settings.zeroReportDueDay} 日前填报;无失学辍学学生的填报 0(零报告)。`,
      "逾期未报:截止日已过仍未填报;逾期补报:截止日后填报。",
    ],
  };
}

const RATE_COLUMNS: [keyof Omit<UnitRates, "unit" | "name">, string][] = [
  ["primaryNet", "小学净入学率"],
  ["juniorGross", "初中毛入学率"],
  ["compulsory", "义务教育适龄儿童入学率"],
  ["primaryRetention", "小学巩固率"],
  ["juniorRetention", "初中三年巩固率"],
];

/** Numerator, denominator and rate of each figure of a unit, numbers as numbers, 暂无数据 without a denominator. */
function rateCells(u: UnitRates & { nineYear?: retention.Ratio }): Cell[] {
  const cells: Cell[] = [];
  const ratio = (r: retention.Ratio | null | undefined) => {
    if (!r) cells.push(null, null, "暂无数据");
    else cells.push(r.numerator, r.denominator, r.rate ?? "暂无数据");
  };
  for (const [key] of RATE_COLUMNS) {
    const value = u[key];
    ratio(value && "retention" in value ? value.retention : (value as retention.Ratio | null));
  }
  if (u.nineYear !== undefined) ratio(u.nineYear);
  return cells;
}

function rateHeaders(withNine: boolean) {
  const cols = withNine ? [...RATE_COLUMNS.map((c) => c[1]), "九年义务教育巩固率"] : RATE_COLUMNS.map((c) => c[1]);
  return cols.flatMap((label) => [
    { header: `${label}·分子`, width: 10 },
    { header: `${label}·分母`, width: 10 },
    { header: `${label}(%)`, width: 12, percent: true },
  ]);
}

async function ratesSheets(v: Vars, actor: auth.Actor, county: string, schoolYear: number): Promise<Built> {
  const rates = await readRates(v.deps.db, actor, schoolYear);
  const years = rates?.years ?? [];
  const current = years.find((y) => y.schoolYear === schoolYear);
  const label = registry.schoolYearLabel(schoolYear);
  return {
    file: `${county}入学率与巩固率(${label}).xlsx`,
    subtitle: rates ? `${label} · 测算于 ${rates.computedAt.slice(0, 10)}` : `${label} · 尚未测算`,
    target: `rates:${schoolYear}`,
    sheets: [
      {
        name: "全县",
        title: `${county}义务教育入学率与巩固率(近五年)`,
        columns: [{ header: "学年", width: 14 }, ...rateHeaders(true)],
        rows: years.map((y) => [registry.schoolYearLabel(y.schoolYear), ...rateCells(y.county)]),
        empty: "尚未测算,请由基础教育股在“入学率与巩固率”页重新测算",
      },
      {
        name: "乡镇",
        title: `${county}各乡镇入学率与巩固率(${label})`,
        columns: [{ header: "乡镇", width: 14 }, ...rateHeaders(false)],
        rows: (current?.towns ?? []).map((t) => [t.name, ...rateCells(t)]),
      },
      {
        name: "学校",
        title: `${county}各校巩固率(${label})`,
        columns: [{ header: "学校", width: 26 }, ...rateHeaders(false)],
        rows: (current?.schools ?? []).map((t) => [t.name, ...rateCells(t)]),
      },
    ],
    notes: [...RATE_METHOD, "学校一级只计巩固率(入学率以户籍为分母,按乡镇和全县计算)。"],
  };
}

export function exportRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(exportRoute, async (c) => {
    const v = c.var;
    const actor = authorize(v.actor, "read", "retention");
    const scope = scopeOf(actor, "retention");
    const { kind } = c.req.valid("param");
    const q = c.req.valid("query");
    const county = (await regionName(v.deps.db, scope.regionCode)) ?? scope.regionCode;
    const settings = await settingsOf(v.deps.db, scope.regionCode, v.deps.now());
    const built =
      kind === "suspects"
        ? await suspectsSheets(v, actor, county)
        : kind === "cases"
          ? await casesSheets(v, actor, county)
          : kind === "zero-reports"
            ? await zeroReportSheets(
                v,
                actor,
                county,
                q.month ?? retention.previousMonth(retention.monthOf(todayFor(v))),
              )
            : await ratesSheets(v, actor, county, q.schoolYear ?? settings.currentSchoolYear);
    const bytes = await titledWorkbook(built.sheets, built.notes, {
      countyName: county,
      today: todayFor(v),
      subtitle: built.subtitle,
    });
    await recordAudit(v.deps.db, {
      actor,
      action: `retention.export.${kind === "zero-reports" ? "zero_reports" : kind}`,
      targetType: "retention_export",
      targetId: built.target,
      details: { rows: built.sheets.reduce((n, sh) => n + sh.rows.length, 0) },
      ip: v.ip,
      at: v.deps.now(),
    });
    return c.body(new Uint8Array(bytes), 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": contentDisposition(built.file),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
  });

  return app;
}
