/**
 * The workforce's routes (教师队伍 · 人事股), mounted at /api/staffing. Handlers read
 * validate → load (scoped) → command or core → present. Aggregates are for the county's readers and a school's
 * administrator (their school); a teacher reads their own record at /me.
 */
import { Readable } from "node:stream";
import { type auth, calendar, registry, staffing } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import {
  commitSheetImport,
  findSheetJob,
  type JobFilter,
  presentSheetJob,
  presentSheetResult,
  readUploadForm,
  sheetJobReport,
  sheetOfJob,
  uploadSheetImport,
} from "../excel/importPipeline";
import { commitBody, commitResultSchema, importResultSchema, jobParams } from "../excel/importSchemas";
import type { AppEnv } from "../http/context";
import { errorResponses, forbidden, notFound } from "../http/errors";
import { contentDisposition, DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { currentSchoolYear } from "../registry/settings";
import { regionName, staffingSchools } from "../registry/staffingIntake";
import {
  addNeed,
  appointResearcher,
  approvePlan,
  type CommandContext,
  decideRotation,
  editPlanLine,
  exemptFromRotation,
  proposePlan,
  proposeRotation,
  recordArrivals,
  recordStudioActivity,
  recordTraining,
  saveSettings,
} from "./commands";
import { staffingWorkbook } from "./export";
import {
  demandOf,
  establishmentOf,
  loadBasis,
  poolsOf,
  proposalOf,
  retiringOf,
  rotationOf,
  structureOf,
  subjectLabel,
  trainingOf,
  type WorkforceBasis,
} from "./figures";
import * as s from "./schemas";
import {
  needsOf,
  planLines,
  planOf,
  planYearOfLine,
  recognitionsOf,
  rotationsOf,
  settingsFor,
  settingsHistory,
  trainingIn,
} from "./store";
import { summaryDocument } from "./summary";
import { authorizeTrainingImport, trainingImporter } from "./trainingImport";

const tags = ["教师队伍"];
const writeErrors = { ...errorResponses, 409: { ...errorResponses[400], description: "状态冲突" } };

type Vars = AppEnv["Variables"];
const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip, today: todayFor(v) });
const label = (map: { labels: Record<string, string> }, code: string | null) =>
  code ? (map.labels[code] ?? code) : "";
const roundingText = (r: staffing.Rounding) => staffing.roundingLabels[r];
const ruleText = (k: number) => (k === 1 ? "“退一补一”" : k === 2 ? "“退二补一”" : `“退${k}补一”`);

// ---------------------------------------------------------------- contracts

const overviewRoute = createRoute({
  method: "get",
  path: "/overview",
  tags,
  summary: "教师队伍概览:编制、学科缺口、年龄结构、退休与招聘、培训、交流和人才梯队,附工作报告表述",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.overviewSchema, "概览"), ...errorResponses },
});
const settingsRoute = createRoute({
  method: "get",
  path: "/settings",
  tags,
  summary: "教师队伍参数(按省份和适用年份记录)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.settingsResponse, "参数"), ...errorResponses },
});
const saveSettingsRoute = createRoute({
  method: "put",
  path: "/settings",
  tags,
  summary: "保存某年起适用的参数(人事股)",
  request: { body: jsonBody(s.settingsSchema) },
  responses: { 200: jsonResponse(s.settingsResponse, "参数"), ...writeErrors },
});
const establishmentRoute = createRoute({
  method: "get",
  path: "/establishment",
  tags,
  summary: "编制核定:各校按生师比及附加编制核定的编制、实有在编、超编缺编",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.establishmentSchema, "编制核定"), ...errorResponses },
});
const establishmentExportRoute = createRoute({
  method: "get",
  path: "/establishment/export.xlsx",
  tags,
  summary: "导出编制核定表(Excel)",
  request: { query: s.schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "编制核定表"), ...errorResponses },
});
const demandRoute = createRoute({
  method: "get",
  path: "/demand",
  tags,
  summary: "学科结构:按课程方案测算的各学科所需教师与现有教师、短缺清单",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.demandSchema, "学科结构"), ...errorResponses },
});
const structureRoute = createRoute({
  method: "get",
  path: "/structure",
  tags,
  summary: "队伍结构:年龄、职称、学历、骨干、性别、城乡,老龄化比例和五年退休预测",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.structureSchema, "队伍结构"), ...errorResponses },
});
const rosterExportRoute = createRoute({
  method: "get",
  path: "/roster/export.xlsx",
  tags,
  summary: "导出教师花名册(Excel,身份证号脱敏)",
  request: { query: s.schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "教师花名册"), ...errorResponses },
});
const recruitmentRoute = createRoute({
  method: "get",
  path: "/recruitment",
  tags,
  summary: "招聘计划:按补充规则测算的建议、编辑后的计划及学校需求",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...errorResponses },
});
const proposePlanRoute = createRoute({
  method: "post",
  path: "/recruitment",
  tags,
  summary: "按当前数据生成(或重新生成)本学年招聘计划草案(人事股)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const editLineRoute = createRoute({
  method: "put",
  path: "/recruitment/lines/{id}",
  tags,
  summary: "修改招聘计划某校某学科的人数和备注(人事股,审批前)",
  request: { params: s.idParam, body: jsonBody(s.planLineBody) },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const arrivalsRoute = createRoute({
  method: "put",
  path: "/recruitment/lines/{id}/arrivals",
  tags,
  summary: "登记招聘计划某行新教师到岗人数(人事股,审批后)",
  request: { params: s.idParam, body: jsonBody(s.arrivalsBody) },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const approveRoute = createRoute({
  method: "post",
  path: "/recruitment/approve",
  tags,
  summary: "审批本学年招聘计划(局领导)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.recruitmentSchema, "招聘计划"), ...writeErrors },
});
const recruitmentExportRoute = createRoute({
  method: "get",
  path: "/recruitment/export.xlsx",
  tags,
  summary: "导出招聘计划表(招聘公告附表,Excel)",
  request: { query: s.yearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "招聘计划表"), ...errorResponses },
});
const needRoute = createRoute({
  method: "post",
  path: "/recruitment/needs",
  tags,
  summary: "学校提出招聘需求(学校管理员为本校)",
  request: { body: jsonBody(s.needBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "需求"), ...writeErrors },
});
const trainingRoute = createRoute({
  method: "get",
  path: "/training",
  tags,
  summary: "继续教育学时:本周期各校和全县完成情况、进度滞后教师名单、国培省培人数",
  request: { query: s.trainingQuery },
  responses: { 200: jsonResponse(s.trainingSchema, "继续教育"), ...errorResponses },
});
const addTrainingRoute = createRoute({
  method: "post",
  path: "/training",
  tags,
  summary: "登记一条培训学时(学校登记本校校本研修;人事股登记各级培训)",
  request: { body: jsonBody(s.trainingBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "培训记录"), ...writeErrors },
});
const trainingExportRoute = createRoute({
  method: "get",
  path: "/training/export.xlsx",
  tags,
  summary: "导出继续教育学时完成情况表(Excel)",
  request: { query: s.schoolYearQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "学时完成情况表"), ...errorResponses },
});
const rotationRoute = createRoute({
  method: "get",
  path: "/rotation",
  tags,
  summary: "交流轮岗:符合交流条件的教师、学校申请和人事股决定、对照比例要求",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.rotationSchema, "交流轮岗"), ...errorResponses },
});
const proposeRotationRoute = createRoute({
  method: "post",
  path: "/rotation",
  tags,
  summary: "学校提出教师交流申请(学校管理员为本校;人事股)",
  request: { body: jsonBody(s.proposeRotationBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "交流申请"), ...writeErrors },
});
const decideRotationRoute = createRoute({
  method: "post",
  path: "/rotation/{id}/decision",
  tags,
  summary: "人事股处理交流申请:同意(去向学校、起止日期)或不同意(原因)",
  request: { params: s.idParam, body: jsonBody(s.decideRotationBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "交流申请"), ...writeErrors },
});
const exemptionRoute = createRoute({
  method: "post",
  path: "/rotation/exemptions",
  tags,
  summary: "登记教师本学年免于交流及原因(学校管理员为本校;人事股)",
  request: { body: jsonBody(s.exemptionBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "免于交流"), ...writeErrors },
});
const poolsRoute = createRoute({
  method: "get",
  path: "/pools",
  tags,
  summary: "人才梯队:骨干教师、学科带头人、名师,后备人才库,名师工作室,兼职教研员,双师型比例",
  request: { query: s.schoolYearQuery },
  responses: { 200: jsonResponse(s.poolsSchema, "人才梯队"), ...errorResponses },
});
const activityRoute = createRoute({
  method: "post",
  path: "/studios/{id}/activities",
  tags,
  summary: "登记名师工作室活动(教研室)",
  request: { params: s.idParam, body: jsonBody(s.activityBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "活动"), ...writeErrors },
});
const researcherRoute = createRoute({
  method: "post",
  path: "/researchers",
  tags,
  summary: "聘任兼职教研员(教研室)",
  request: { body: jsonBody(s.researcherBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "兼职教研员"), ...writeErrors },
});
const meRoute = createRoute({
  method: "get",
  path: "/me",
  tags,
  summary: "本人的教师档案:继续教育学时进度、骨干认定、交流记录(教师)",
  request: { query: s.yearQuery },
  responses: { 200: jsonResponse(s.myRecordSchema, "本人档案"), ...errorResponses },
});
const summaryRoute = createRoute({
  method: "get",
  path: "/summary.docx",
  tags,
  summary: "教师队伍工作情况(Word,一页,每个数字注明依据页面)",
  request: { query: s.yearQuery },
  responses: { 200: fileResponse(DOCX_TYPE, "工作情况"), ...errorResponses },
});

const importTemplateRoute = createRoute({
  method: "get",
  path: "/imports/template.xlsx",
  tags,
  summary: "下载培训学时导入模板(人事股)",
  responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
});
const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: {
      type: "string" as const,
      format: "binary",
      description: "培训平台导出并按模板整理的 .xlsx 文件,最大 30 MB",
    },
  },
};
const uploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)"),
});
const importUploadRoute = createRoute({
  method: "post",
  path: "/imports",
  tags,
  summary: "上传培训学时文件并完整校验(不写入;人事股)",
  request: { body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } } },
  responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const importJobRoute = createRoute({
  method: "get",
  path: "/imports/{id}",
  tags,
  summary: "培训学时导入批次及校验结果",
  request: { params: jobParams },
  responses: { 200: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
});
const importReportRoute = createRoute({
  method: "get",
  path: "/imports/{id}/report.xlsx",
  tags,
  summary: "下载培训学时校验报告(错误单元格标红并附批注)",
  request: { params: jobParams },
  responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses },
});
const importCommitRoute = createRoute({
  method: "post",
  path: "/imports/{id}/commit",
  tags,
  summary: "提交培训学时导入(一个事务,全部成功或全部不写)",
  request: { params: jobParams, body: jsonBody(commitBody) },
  responses: { 200: jsonResponse(commitResultSchema, "已导入"), ...writeErrors },
});

// ---------------------------------------------------------------- helpers

/** The reader's scope for aggregates: the county or a school; a teacher reads only their own record (at /me). */
function aggregateScope(actor: auth.Actor | null): ReadableScope {
  const scope = scopeOf(actor, "staffing");
  if (scope.kind === "classes") throw forbidden("read:staffing");
  return scope;
}

async function yearOf(v: Vars, regionCode: string, asked?: number) {
  return asked ?? (await currentSchoolYear(v.deps.db, regionCode, v.deps.now()));
}

/** The scope narrowed to one school when a county reader asks for one. */
function narrowed(scope: ReadableScope, schoolId?: string): ReadableScope {
  return schoolId && scope.kind === "county" ? { kind: "school", regionCode: scope.regionCode, schoolId } : scope;
}

async function basisFor(c: Context<AppEnv>, q: { schoolYear?: number; schoolId?: string }) {
  const scope = narrowed(aggregateScope(c.var.actor), q.schoolId);
  const schoolYear = await yearOf(c.var, scope.regionCode, q.schoolYear);
  return { scope, basis: await loadBasis(c.var.deps.db, scope, schoolYear) };
}

const schoolName = (b: WorkforceBasis, id: string | null) => (id ? (b.schoolById.get(id)?.name ?? "") : "");

function presentEstablishment(b: WorkforceBasis) {
  const e = establishmentOf(b);
  return {
    schoolYear: b.schoolYear,
    owed: e.owed,
    filled: e.filled,
    nonEstablished: e.nonEstablished,
    surplus: e.surplus,
    shortage: e.shortage,
    balance: e.balance,
    schools: e.schools.map((x) => ({
      schoolId: x.schoolId,
      schoolName: x.schoolName,
      kind: label(registry.schoolKind, b.schoolById.get(x.schoolId)?.kind ?? null),
      primary: x.byStage.primary ?? null,
      junior: x.byStage.junior ?? null,
      senior: x.byStage.senior ?? null,
      byClass: x.byClass.length > 0,
      special: x.special,
      boarding: x.boarding,
      inclusive: x.inclusive,
      exact: x.exact,
      owed: x.owed,
      filled: x.filled,
      nonEstablished: x.nonEstablished,
      balance: x.balance,
    })),
  };
}

function presentDemand(b: WorkforceBasis) {
  const d = demandOf(b);
  return {
    schoolYear: b.schoolYear,
    county: d.county.map((x) => ({
      ...x,
      label: subjectLabel(x.subject),
      usuallyShort: staffing.usuallyShortSubjects.includes(x.subject as registry.Subject),
    })),
    schools: d.schools.map((x) => ({ ...x, schoolName: schoolName(b, x.schoolId), label: subjectLabel(x.subject) })),
  };
}

function countsOf(map: Record<string, number>, labels?: Record<string, string>) {
  return Object.entries(map)
    .map(([code, count]) => ({ code, label: labels?.[code] ?? (code === "unknown" ? "未填" : code), count }))
    .sort((a, b) => b.count - a.count);
}

function presentStructure(b: WorkforceBasis) {
  const st = structureOf(b);
  const forecast = staffing.forecastTable(retiringOf(b), b.schoolYear, b.settings.forecastYears);
  const subjects = { ...registry.subject.labels, unknown: "未填" } as Record<string, string>;
  return {
    schoolYear: b.schoolYear,
    asOf: b.asOf,
    total: st.total,
    aged50: st.aged50,
    ageingShare: st.ageingShare,
    averageAge: st.averageAge,
    pyramid: st.pyramid,
    byTitle: countsOf(st.byTitle, registry.professionalTitle.labels),
    byQualification: countsOf(st.byQualification, registry.qualification.labels),
    byBackbone: countsOf(st.byBackbone, registry.backboneLevel.labels),
    byGender: countsOf(st.byGender, registry.gender.labels),
    byLocality: countsOf(st.byLocality, registry.locality.labels),
    byStage: countsOf(st.byStage, { ...registry.stage.labels, unknown: "未填" }),
    bySubject: countsOf(st.bySubject, subjects),
    forecast: {
      years: forecast.years,
      county: forecast.county,
      rows: forecast.rows.map((r) => ({ ...r, schoolName: schoolName(b, r.schoolId), label: subjectLabel(r.subject) })),
    },
  };
}

async function presentRecruitment(c: Context<AppEnv>, scope: ReadableScope, b: WorkforceBasis) {
  const db = c.var.deps.db;
  const proposal = proposalOf(b);
  const plan = await planOf(db, scope.regionCode, b.schoolYear);
  const lines = plan ? await planLines(db, scope, plan.id) : [];
  const needs = await needsOf(db, scope, b.schoolYear);
  const names = new Map(
    (await staffingSchools(db, { kind: "county", regionCode: scope.regionCode })).map((x) => [x.id, x.name]),
  );
  return {
    schoolYear: b.schoolYear,
    rule: { retirementsPerRecruit: b.settings.retirementsPerRecruit, recruitRounding: b.settings.recruitRounding },
    proposal: {
      retirements: proposal.retirements,
      replacementExact: proposal.replacementExact,
      replacement: proposal.replacement,
      forShortage: proposal.forShortage,
      proposed: proposal.proposed,
    },
    plan: plan
      ? {
          id: plan.id,
          status: plan.status as "draft" | "approved",
          retirements: plan.retirements,
          proposedTotal: plan.proposedTotal,
          quantity: lines.reduce((n, l) => n + l.quantity, 0),
          arrived: lines.reduce((n, l) => n + l.arrived, 0),
          approvedAt: plan.approvedAt?.toISOString() ?? null,
          lines: lines.map((l) => ({
            id: l.id,
            schoolId: l.schoolId,
            schoolName: names.get(l.schoolId) ?? "",
            subject: l.subject,
            label: subjectLabel(l.subject),
            retirements: l.retirements,
            gap: Number(l.gap),
            replacement: l.replacement,
            forShortage: l.forShortage,
            proposed: l.proposed,
            quantity: l.quantity,
            arrived: l.arrived,
            note: l.note,
          })),
        }
      : null,
    needs: needs.map((n) => ({
      id: n.id,
      schoolName: names.get(n.schoolId) ?? "",
      label: subjectLabel(n.subject),
      count: n.count,
      reason: n.reason,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

function presentProgress(b: WorkforceBasis, t: Awaited<ReturnType<typeof trainingOf>>["teachers"][number]) {
  return {
    staffId: t.staff.staffId,
    staffNumber: t.staff.staffNumber,
    name: t.staff.name,
    schoolName: schoolName(b, t.staff.schoolId),
    subject: subjectLabel(t.staff.subject),
    total: t.progress.total,
    schoolBased: t.progress.schoolBased,
    counted: t.progress.counted,
    required: t.progress.required,
    expected: t.progress.expected,
    percent: t.progress.percent,
    complete: t.progress.complete,
    behind: t.progress.behind,
  };
}

async function countyName(c: Context<AppEnv>, regionCode: string) {
  return (await regionName(c.var.deps.db, regionCode)) ?? regionCode;
}

function attachment(c: Context<AppEnv>, bytes: Uint8Array, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

/** Every export is audited: who took which table of which year. */
async function auditExport(c: Context<AppEnv>, actor: auth.Actor, what: string, schoolYear: number) {
  await recordAudit(c.var.deps.db, {
    actor,
    action: `staffing.export.${what}`,
    targetType: "staffing_export",
    targetId: `${what}:${schoolYear}`,
    ip: c.var.ip,
    at: c.var.deps.now(),
  });
}

/** The sentences of a work report, each with the page of records behind it. */
function reportSentences(o: Omit<z.infer<typeof s.overviewSchema>, "sentences">, topShort: string[]) {
  const yearLabel = registry.schoolYearLabel(o.schoolYear);
  const e = o.establishment;
  const out: { text: string; link: string }[] = [];
  out.push({
    text: `${yearLabel}全县核定中小学教职工编制${e.owed}名,实有在编${e.filled}名;${
      e.shortage > 0 ? `${e.schoolsShort}所学校缺编共${e.shortage}名` : "没有学校缺编"
    }${e.surplus > 0 ? `,${e.schoolsOver}所学校超编共${e.surplus}名` : ""}。`,
    link: "/staffing/establishment",
  });
  if (topShort.length > 0) {
    out.push({ text: `按国家课程方案测算,${topShort.join("、")}等学科教师短缺。`, link: "/staffing/demand" });
  }
  const planned = o.plan ? o.plan.quantity : o.proposal.proposed;
  out.push({
    text: `本学年预计${o.proposal.retirements}名在编专任教师退休,按照编制${ruleText(o.rule.retirementsPerRecruit)}机制并补充学科缺口,${
      o.plan?.status === "approved" ? "经审批" : "拟"
    }招聘${planned}名新教师。`,
    link: "/staffing/recruitment",
  });
  if (o.structure.total > 0) {
    out.push({
      text: `全县在岗专任教师${o.structure.total}名,平均年龄${o.structure.averageAge}岁,50岁及以上${o.structure.aged50}名,占${o.structure.ageingShare}%;今后${o.forecast.years.length}年将有${o.forecast.byYear.reduce((a, b) => a + b, 0)}名教职工达到法定退休年龄。`,
      link: "/staffing/structure",
    });
  }
  out.push({
    text: `${o.training.cycleStart.slice(0, 4)}—${o.training.cycleEnd.slice(0, 4)}年继续教育周期内,${o.training.complete}名教师已完成规定学时,完成率${o.training.rate ?? 0}%;${o.training.nationalParticipants}名教师参加国培,${o.training.provincialParticipants}名参加省培。`,
    link: "/staffing/training",
  });
  out.push({
    text: `${yearLabel}交流轮岗教师${o.rotation.rotating}名,占城区和优质学校符合交流条件教师的${o.rotation.share ?? 0}%,其中骨干教师${o.rotation.backboneRotating}名。`,
    link: "/staffing/rotation",
  });
  out.push({
    text: `将${o.pools.reserve}名优秀年轻教师纳入后备人才库,聘任兼职教研员${o.pools.researchers}名,建成县级“名师工作室”${o.pools.studios}个;认定期内骨干教师${o.pools.backbone}名、学科带头人${o.pools.leader}名、名师${o.pools.master}名。`,
    link: "/staffing/pools",
  });
  return out;
}

async function overviewOf(c: Context<AppEnv>, scope: ReadableScope, b: WorkforceBasis) {
  const db = c.var.deps.db;
  const today = todayFor(c.var);
  const est = establishmentOf(b);
  const demand = demandOf(b);
  const st = structureOf(b);
  const forecast = staffing.forecastTable(retiringOf(b), b.schoolYear, b.settings.forecastYears);
  const proposal = proposalOf(b);
  const [plan, training, rotation, pools] = await Promise.all([
    planOf(db, scope.regionCode, b.schoolYear),
    trainingOf(db, scope, b, today),
    rotationOf(db, scope, b),
    poolsOf(db, scope, b, today),
  ]);
  const lines = plan ? await planLines(db, scope, plan.id) : [];
  const shortages = demand.county
    .filter((x) => x.shortage >= 0.5)
    .slice(0, 8)
    .map((x) => ({
      subject: x.subject,
      label: subjectLabel(x.subject),
      shortage: x.shortage,
      schoolsShort: x.schoolsShort,
    }));
  const base = {
    schoolYear: b.schoolYear,
    today,
    countyName: await countyName(c, scope.regionCode),
    rule: {
      retirementsPerRecruit: b.settings.retirementsPerRecruit,
      recruitRounding: b.settings.recruitRounding,
      postRounding: b.settings.postRounding,
      province: b.settings.province,
      fromYear: b.settings.fromYear,
    },
    establishment: {
      owed: est.owed,
      filled: est.filled,
      nonEstablished: est.nonEstablished,
      surplus: est.surplus,
      shortage: est.shortage,
      balance: est.balance,
      schoolsShort: est.schoolsShort,
      schoolsOver: est.schoolsOver,
      schools: est.schools.length,
    },
    shortages,
    structure: { total: st.total, aged50: st.aged50, ageingShare: st.ageingShare, averageAge: st.averageAge },
    forecast: { years: forecast.years, byYear: forecast.county.byYear, overdue: forecast.county.overdue },
    plan: plan
      ? {
          status: plan.status,
          retirements: plan.retirements,
          proposed: plan.proposedTotal,
          quantity: lines.reduce((n, l) => n + l.quantity, 0),
        }
      : null,
    proposal: {
      retirements: proposal.retirements,
      replacement: proposal.replacement,
      forShortage: proposal.forShortage,
      proposed: proposal.proposed,
    },
    training: {
      cycleStart: training.cycle.start,
      cycleEnd: training.cycle.end,
      total: training.total,
      complete: training.complete,
      behind: training.behind,
      rate: training.rate,
      nationalParticipants: training.nationalParticipants,
      provincialParticipants: training.provincialParticipants,
    },
    rotation: {
      eligible: rotation.figures.eligibleAtTargetSchools,
      target: rotation.figures.target,
      rotating: rotation.figures.rotating,
      backboneRotating: rotation.figures.backboneRotating,
      backboneTarget: rotation.figures.backboneTarget,
      share: rotation.figures.share,
      met: rotation.figures.met,
      backboneMet: rotation.figures.backboneMet,
    },
    pools: {
      ...pools.tiers,
      reserve: pools.reserve.filter((r) => r.status === "active").length,
      studios: pools.studios.studios.length,
      researchers: pools.activeResearchers,
      doubleQualifiedShare: pools.doubleQualifiedShare,
    },
  };
  return {
    ...base,
    sentences: reportSentences(
      base,
      shortages.slice(0, 4).map((x) => x.label),
    ),
    est,
  };
}

// ---------------------------------------------------------------- handlers

export function staffingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(overviewRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const { est: _est, ...overview } = await overviewOf(c, scope, basis);
    return c.json(overview, 200);
  });

  const settingsView = async (c: Context<AppEnv>, regionCode: string, schoolYear: number) => {
    const { settings, stored } = await settingsFor(c.var.deps.db, regionCode, schoolYear);
    const history = await settingsHistory(c.var.deps.db, regionCode);
    return {
      settings: settings as z.infer<typeof s.settingsSchema>,
      stored: stored !== null,
      history: history.map((h) => ({ ...h, updatedAt: h.updatedAt.toISOString() })),
    };
  };

  app.openapi(settingsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "staffing");
    const year = await yearOf(c.var, scope.regionCode, c.req.valid("query").schoolYear);
    return c.json(await settingsView(c, scope.regionCode, year), 200);
  });

  app.openapi(saveSettingsRoute, async (c) => {
    const body = c.req.valid("json");
    await saveSettings(c.var.deps.db, c.var.actor, body as staffing.StaffingSettings, ctxOf(c.var));
    return c.json(await settingsView(c, c.var.actor?.regionCode ?? "", body.fromYear), 200);
  });

  app.openapi(establishmentRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentEstablishment(basis), 200);
  });

  app.openapi(establishmentExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const e = presentEstablishment(basis);
    const county = await countyName(c, scope.regionCode);
    const st = basis.settings;
    const bytes = await staffingWorkbook(
      [
        {
          name: "编制核定表",
          title: `${county}中小学教职工编制核定表(${registry.schoolYearLabel(basis.schoolYear)})`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 26 },
            { header: "办学类型", width: 14 },
            { header: "小学编制", width: 10 },
            { header: "初中编制", width: 10 },
            { header: "高中编制", width: 10 },
            { header: "按班核定", width: 9 },
            { header: "特教编制", width: 10 },
            { header: "寄宿附加", width: 10 },
            { header: "随班就读附加", width: 12 },
            { header: "合计(未取整)", width: 12 },
            { header: "核定编制", width: 10 },
            { header: "实有在编", width: 10 },
            { header: "编外人员", width: 10 },
            { header: "超(+)缺(−)编", width: 12 },
          ],
          rows: e.schools.map((x, i) => [
            i + 1,
            x.schoolName,
            x.kind,
            x.primary,
            x.junior,
            x.senior,
            x.byClass ? "是" : "否",
            x.special,
            x.boarding,
            x.inclusive,
            x.exact,
            x.owed,
            x.filled,
            x.nonEstablished,
            x.balance,
          ]),
          totals: [
            "合计",
            "",
            "",
            null,
            null,
            null,
            "",
            null,
            null,
            null,
            null,
            e.owed,
            e.filled,
            e.nonEstablished,
            e.balance,
          ],
        },
      ],
      [
        `依据中央编办发〔2014〕72号:教职工与学生比 高中 1:${st.studentsPerPost.senior},初中 1:${st.studentsPerPost.junior},小学 1:${st.studentsPerPost.primary};${st.province || "本省"}${st.fromYear}年起适用的附加规则见下。`,
        `学生数为 9 月 1 日在籍学生;学生不足 ${st.smallSchoolStudents} 人的学校和教学点按班师比(小学每班 ${st.postsPerClass.primary}、初中 ${st.postsPerClass.junior}、高中 ${st.postsPerClass.senior})与生师比取大值。`,
        `特殊教育学校按 1:${st.specialStudentsPerPost};寄宿生每 ${st.boardingStudentsPerPost} 人增加 1 个编制;随班就读残疾学生每 ${st.inclusiveStudentsPerPost} 人增加 1 个编制(为 0 时不附加)。`,
        `各学段编制保留一位小数;学校合计按“${roundingText(st.postRounding)}”取整为核定编制;全县为各校核定编制之和。`,
        "实有在编 = 本学年在编(在岗或离岗)的全部教职工;合同制和代课人员不占编制,列为编外人员。",
        "超(+)缺(−)编 = 实有在编 − 核定编制;全县缺编数为各校缺编之和,一校超编不抵另一校缺编。",
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `统计时点 ${basis.asOf}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "establishment", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `编制核定表-${basis.schoolYear}.xlsx`);
  });

  app.openapi(demandRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentDemand(basis), 200);
  });

  app.openapi(structureRoute, async (c) => {
    const { basis } = await basisFor(c, c.req.valid("query"));
    return c.json(presentStructure(basis), 200);
  });

  app.openapi(rosterExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const county = await countyName(c, scope.regionCode);
    const rows = basis.staff.map((x, i) => [
      i + 1,
      schoolName(basis, x.schoolId),
      x.staffNumber,
      x.name,
      label(registry.gender, x.gender),
      x.birthDate,
      x.residentIdMasked ?? "",
      label(registry.postType, x.postType),
      label(registry.establishment, x.establishment),
      x.subject ? subjectLabel(x.subject) : "",
      (basis.profiles.get(x.staffId)?.alsoTeaches ?? []).map((a) => subjectLabel(a)).join("、"),
      label(registry.qualification, x.qualification),
      label(registry.professionalTitle, x.title),
      label(registry.backboneLevel, x.backboneLevel),
      x.hasCertificate ? "有" : "无",
      staffing.retirementDateOf(x),
      label(registry.employmentStatus, x.status),
    ]);
    const bytes = await staffingWorkbook(
      [
        {
          name: "教师花名册",
          title: `${county}教职工花名册(${registry.schoolYearLabel(basis.schoolYear)})`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 24 },
            { header: "工号", width: 12 },
            { header: "姓名", width: 10 },
            { header: "性别", width: 6 },
            { header: "出生日期", width: 12 },
            { header: "身份证号(脱敏)", width: 22 },
            { header: "岗位类别", width: 10 },
            { header: "编制类型", width: 10 },
            { header: "任教学科", width: 10 },
            { header: "兼任学科", width: 14 },
            { header: "最高学历", width: 10 },
            { header: "职称", width: 8 },
            { header: "骨干级别", width: 8 },
            { header: "教师资格", width: 8 },
            { header: "法定退休日期", width: 12 },
            { header: "任职状态", width: 8 },
          ],
          rows,
        },
      ],
      [
        "身份证号按登记册脱敏显示;完整号码只能在学籍与基础数据中经授权查看并留痕。",
        "法定退休日期按 2025 年起实施的渐进式延迟法定退休年龄计算;工勤岗位按工人标准,其他岗位按干部标准。",
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `共 ${rows.length} 人` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "roster", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `教师花名册-${basis.schoolYear}.xlsx`);
  });

  app.openapi(recruitmentRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  app.openapi(proposePlanRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    await proposePlan(c.var.deps.db, c.var.actor, basis, ctxOf(c.var));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  const recruitmentOfLine = async (c: Context<AppEnv>, lineId: string) => {
    const scope = aggregateScope(c.var.actor);
    const year = await planYearOfLine(c.var.deps.db, scope.regionCode, lineId);
    if (year === null) throw notFound("招聘计划行");
    return presentRecruitment(c, scope, await loadBasis(c.var.deps.db, scope, year));
  };

  app.openapi(editLineRoute, async (c) => {
    const { id } = c.req.valid("param");
    await editPlanLine(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json(await recruitmentOfLine(c, id), 200);
  });

  app.openapi(arrivalsRoute, async (c) => {
    const { id } = c.req.valid("param");
    await recordArrivals(c.var.deps.db, c.var.actor, id, c.req.valid("json").arrived, ctxOf(c.var));
    return c.json(await recruitmentOfLine(c, id), 200);
  });

  app.openapi(approveRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    await approvePlan(c.var.deps.db, c.var.actor, basis.schoolYear, ctxOf(c.var));
    return c.json(await presentRecruitment(c, scope, basis), 200);
  });

  app.openapi(recruitmentExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const r = await presentRecruitment(c, scope, basis);
    if (!r.plan) throw notFound("本学年招聘计划(请人事股先生成计划)");
    const county = await countyName(c, scope.regionCode);
    const k = basis.settings.retirementsPerRecruit;
    const lines = r.plan.lines.filter((l) => l.quantity > 0);
    const bytes = await staffingWorkbook(
      [
        {
          name: "招聘计划表",
          title: `${county}${basis.schoolYear + 1}年公开招聘教师岗位计划表`,
          columns: [
            { header: "序号", width: 6 },
            { header: "招聘单位", width: 26 },
            { header: "岗位名称", width: 16 },
            { header: "招聘人数", width: 10 },
            { header: "其中:补充退休", width: 12 },
            { header: "其中:补充学科缺口", width: 14 },
            { header: "退休人数", width: 10 },
            { header: "学科缺口(人)", width: 12 },
            { header: "备注", width: 30 },
          ],
          rows: lines.map((l, i) => [
            i + 1,
            l.schoolName,
            `${l.label}教师`,
            l.quantity,
            l.replacement,
            l.forShortage,
            l.retirements,
            l.gap,
            l.note,
          ]),
          totals: ["合计", "", "", lines.reduce((n, l) => n + l.quantity, 0), null, null, null, null, ""],
        },
      ],
      [
        `补充规则:${ruleText(k)},即每 ${k} 名在编专任教师退休补充 1 名;全县合计按“${roundingText(basis.settings.recruitRounding)}”取整后,按各校各学科的精确份额以最大余数法分配。`,
        "退休人数:法定退休日期在本学年(9 月 1 日至次年 8 月 31 日)或已到龄仍在岗的在编专任教师。",
        "学科缺口:按国家课程方案测算的所需教师减现有教师(兼任学科按半个计);学校缺编名额优先补充缺口最大的学科,每缺一名教师(四舍五入)补充一名,合计不超过该校缺编数。",
        `计划状态:${r.plan.status === "approved" ? "已经局领导审批" : "草案,待局领导审批"};人事股可逐行调整招聘人数,调整前的建议人数保留在系统中。`,
      ],
      { countyName: county, today: todayFor(c.var), subtitle: `统计时点 ${basis.asOf}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "recruitment", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `招聘计划表-${basis.schoolYear + 1}.xlsx`);
  });

  app.openapi(needRoute, async (c) => {
    const id = await addNeed(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(trainingRoute, async (c) => {
    const q = c.req.valid("query");
    const { scope, basis } = await basisFor(c, q);
    const t = await trainingOf(c.var.deps.db, scope, basis, todayFor(c.var));
    const wanted = t.teachers.filter((x) =>
      q.filter === "behind" ? x.progress.behind : q.filter === "complete" ? x.progress.complete : true,
    );
    return c.json(
      {
        cycle: t.cycle,
        total: t.total,
        complete: t.complete,
        behind: t.behind,
        rate: t.rate,
        nationalParticipants: t.nationalParticipants,
        provincialParticipants: t.provincialParticipants,
        hoursByYear: t.hoursByYear,
        schools: t.schools.map((x) => ({ ...x, schoolName: schoolName(basis, x.schoolId) })),
        teachers: wanted.slice(0, 500).map((x) => presentProgress(basis, x)),
        teachersTotal: wanted.length,
      },
      200,
    );
  });

  app.openapi(addTrainingRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    const year = await yearOf(c.var, actor.regionCode);
    const { settings } = await settingsFor(c.var.deps.db, actor.regionCode, year);
    const id = await recordTraining(c.var.deps.db, actor, year, settings, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(trainingExportRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const today = todayFor(c.var);
    const t = await trainingOf(c.var.deps.db, scope, basis, today);
    const county = await countyName(c, scope.regionCode);
    const cyc = `${t.cycle.start.slice(0, 4)}—${t.cycle.end.slice(0, 4)}年`;
    const bytes = await staffingWorkbook(
      [
        {
          name: "学校完成情况",
          title: `${county}教师继续教育学时完成情况(${cyc}周期)`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 26 },
            { header: "专任教师", width: 10 },
            { header: "已完成", width: 10 },
            { header: "进度滞后", width: 10 },
            { header: "完成率(%)", width: 10 },
          ],
          rows: t.schools.map((x, i) => [
            i + 1,
            schoolName(basis, x.schoolId),
            x.teachers,
            x.complete,
            x.behind,
            x.rate,
          ]),
          totals: ["合计", "", t.total, t.complete, t.behind, t.rate],
        },
        {
          name: "教师学时",
          title: `${county}教师继续教育学时明细(${cyc}周期)`,
          columns: [
            { header: "序号", width: 6 },
            { header: "学校", width: 24 },
            { header: "工号", width: 12 },
            { header: "姓名", width: 10 },
            { header: "任教学科", width: 10 },
            { header: "累计学时", width: 10 },
            { header: "其中校本研修", width: 12 },
            { header: "计入学时", width: 10 },
            { header: "应完成学时", width: 10 },
            { header: "截至目前应达到", width: 14 },
            { header: "状态", width: 10 },
          ],
          rows: t.teachers.map((x, i) => {
            const p = presentProgress(basis, x);
            return [
              i + 1,
              p.schoolName,
              p.staffNumber,
              p.name,
              p.subject,
              p.total,
              p.schoolBased,
              p.counted,
              p.required,
              p.expected,
              p.complete ? "已完成" : p.behind ? "进度滞后" : "正常",
            ];
          }),
        },
      ],
      [
        `每个五年周期(本周期 ${t.cycle.start} 至 ${t.cycle.end})每名教师不少于 ${basis.settings.cycleHours} 学时;记录按结束日期计入周期。`,
        `校本研修学时最多计入应完成学时的 ${Math.round(basis.settings.schoolBasedMaxShare * 100)}%,超出部分只显示不计入。`,
        "周期内入职的教师按入职当年起的周期年数折算应完成学时(每年五分之一)。",
        "进度滞后:计入学时少于按已结束周期年份折算的应达到学时;周期最后一年应达到全部学时。",
        "完成率 = 已完成的在岗专任教师 ÷ 在岗专任教师。",
      ],
      { countyName: county, today, subtitle: `截至 ${today}` },
    );
    await auditExport(c, c.var.actor as auth.Actor, "training", basis.schoolYear);
    return attachment(c, bytes, XLSX_TYPE, `继续教育学时完成情况-${today}.xlsx`);
  });

  app.openapi(rotationRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const r = await rotationOf(c.var.deps.db, scope, basis);
    const all = await staffingSchools(c.var.deps.db, { kind: "county", regionCode: scope.regionCode });
    const names = new Map(all.map((x) => [x.id, x.name]));
    const staffNames = new Map(basis.staff.map((x) => [x.staffId, x.name]));
    return c.json(
      {
        schoolYear: basis.schoolYear,
        figures: r.figures,
        due: r.due.slice(0, 1000).map((d) => ({
          staffId: d.staff.staffId,
          name: d.staff.name,
          staffNumber: d.staff.staffNumber,
          schoolId: d.staff.schoolId,
          schoolName: schoolName(basis, d.staff.schoolId),
          label: subjectLabel(d.staff.subject),
          since: d.since,
          years: d.years,
          backbone: d.backbone,
          targetSchool: d.targetSchool,
          exemptReason: d.exemptReason,
        })),
        rotations: r.rotations.map((x) => ({
          id: x.id,
          staffId: x.staffId,
          name: staffNames.get(x.staffId) ?? "",
          fromSchool: names.get(x.schoolId) ?? "",
          toSchool: x.toSchoolId ? (names.get(x.toSchoolId) ?? "") : null,
          status: x.status as "proposed" | "approved" | "rejected",
          startDate: x.startDate,
          endDate: x.endDate,
          note: x.note,
          decisionNote: x.decisionNote,
        })),
        schools: all.map((x) => ({ id: x.id, name: x.name })),
      },
      200,
    );
  });

  app.openapi(proposeRotationRoute, async (c) => {
    const id = await proposeRotation(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(decideRotationRoute, async (c) => {
    const { id } = c.req.valid("param");
    await decideRotation(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });

  app.openapi(exemptionRoute, async (c) => {
    const id = await exemptFromRotation(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(poolsRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const today = todayFor(c.var);
    const p = await poolsOf(c.var.deps.db, scope, basis, today);
    // names of people at other schools (a studio's host) come from the county's roster of the year
    const county = await loadBasis(c.var.deps.db, { kind: "county", regionCode: scope.regionCode }, basis.schoolYear);
    const who = new Map(county.staff.map((x) => [x.staffId, x]));
    const nameOf = (id: string) => who.get(id)?.name ?? "";
    const schoolOf = (id: string) => schoolName(county, who.get(id)?.schoolId ?? null);
    return c.json(
      {
        tiers: p.tiers,
        expiringWithinYear: p.expiringWithinYear,
        recognitions: p.recognitions.slice(0, 1000).map((r) => ({
          id: r.id,
          name: nameOf(r.staffId),
          schoolName: schoolName(county, r.schoolId),
          tier: r.tier,
          tierLabel: staffing.backboneTiers[r.tier],
          levelLabel: staffing.recognitionLevels[r.level],
          recognisedOn: r.recognisedOn,
          expiresOn: r.expiresOn,
          active: staffing.recognitionActive(r, today),
        })),
        reserve: p.reserve.map((r) => ({
          id: r.id,
          name: nameOf(r.staffId),
          schoolName: schoolName(county, r.schoolId),
          joinedOn: r.joinedOn,
          criteria: r.criteria,
          assessment: r.assessment,
          assessedOn: r.assessedOn,
        })),
        studios: p.studios.studios.map((st) => ({
          id: st.id,
          name: st.name,
          host: `${nameOf(st.hostStaffId)}(${schoolOf(st.hostStaffId)})`,
          label: subjectLabel(st.subject),
          foundedOn: st.foundedOn,
          members: p.studios.members.filter((m) => m.studioId === st.id).length,
          activities: p.studios.activities
            .filter((a) => a.studioId === st.id)
            .map((a) => ({ on: a.on, title: a.title, participants: a.participants })),
        })),
        researchers: p.researchers.map((r) => ({
          id: r.id,
          name: `${nameOf(r.staffId)}(${schoolOf(r.staffId)})`,
          label: subjectLabel(r.subject),
          appointedOn: r.appointedOn,
          termEndsOn: r.termEndsOn,
        })),
        activeResearchers: p.activeResearchers,
        vocationalTeachers: p.vocationalTeachers,
        doubleQualified: p.doubleQualified,
        doubleQualifiedShare: p.doubleQualifiedShare,
      },
      200,
    );
  });

  app.openapi(activityRoute, async (c) => {
    const { id } = c.req.valid("param");
    const rowId = await recordStudioActivity(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id: rowId }, 201);
  });

  app.openapi(researcherRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    const year = await yearOf(c.var, actor.regionCode);
    const id = await appointResearcher(c.var.deps.db, actor, year, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(meRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    if (!actor.staffId || !actor.schoolId) throw notFound("本人的教师档案(账号未关联教职工)");
    const scope: ReadableScope = {
      kind: "classes",
      regionCode: actor.regionCode,
      schoolId: actor.schoolId,
      staffId: actor.staffId,
    };
    const year = await yearOf(c.var, actor.regionCode, c.req.valid("query").schoolYear);
    const basis = await loadBasis(c.var.deps.db, scope, year);
    const me = basis.staff[0];
    if (!me) throw notFound("本人的教师档案");
    const today = todayFor(c.var);
    const t = await trainingOf(c.var.deps.db, scope, basis, today);
    const mine = t.teachers[0] ?? {
      staff: me,
      progress: staffing.trainingProgress([], t.cycle, me.hireDate, today, basis.settings),
    };
    const [records, recognitions, rotations] = await Promise.all([
      trainingIn(c.var.deps.db, scope, t.cycle.start, t.cycle.end),
      recognitionsOf(c.var.deps.db, scope),
      rotationsOf(c.var.deps.db, scope),
    ]);
    const all = await staffingSchools(c.var.deps.db, { kind: "county", regionCode: actor.regionCode });
    const names = new Map(all.map((x) => [x.id, x.name]));
    return c.json(
      {
        name: me.name,
        staffNumber: me.staffNumber,
        schoolName: schoolName(basis, me.schoolId),
        label: subjectLabel(me.subject),
        titleLabel: label(registry.professionalTitle, me.title),
        retirementDate: staffing.retirementDateOf(me),
        cycle: t.cycle,
        progress: presentProgress(basis, mine),
        records: records
          .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))
          .map((r) => ({
            course: r.course,
            levelLabel: staffing.trainingLevels[r.level],
            startDate: r.startDate,
            endDate: r.endDate,
            hours: Number(r.hours),
          })),
        recognitions: recognitions.map((r) => ({
          tierLabel: staffing.backboneTiers[r.tier],
          levelLabel: staffing.recognitionLevels[r.level],
          recognisedOn: r.recognisedOn,
          expiresOn: r.expiresOn,
        })),
        rotations: rotations.map((r) => ({
          schoolYear: r.schoolYear,
          toSchool: r.toSchoolId ? (names.get(r.toSchoolId) ?? null) : null,
          status: r.status,
        })),
      },
      200,
    );
  });

  app.openapi(summaryRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const o = await overviewOf(c, scope, basis);
    const origin = new URL(c.req.url).origin;
    const bytes = await summaryDocument({
      countyName: o.countyName,
      today: o.today,
      schoolYearLabel: registry.schoolYearLabel(basis.schoolYear),
      sentences: o.sentences,
      origin,
      establishment: o.est.schools
        .filter((x) => x.shortage > 0)
        .sort((a, b) => b.shortage - a.shortage)
        .slice(0, 12)
        .map((x) => ({ schoolName: x.schoolName, owed: x.owed, filled: x.filled, balance: x.balance })),
    });
    await auditExport(c, c.var.actor as auth.Actor, "summary", basis.schoolYear);
    return attachment(c, bytes, DOCX_TYPE, `教师队伍工作情况-${basis.schoolYear}.docx`);
  });

  /** The training imports an actor may see: their own uploads, within their scope. */
  const ownJobs = (actor: auth.Actor): JobFilter => ({
    capability: "staffing",
    scope: scopeOf(actor, "staffing"),
    createdBy: actor.userId,
  });

  app.openapi(importTemplateRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const bytes = await trainingImporter.template(c.var.deps.db, actor, await yearOf(c.var, actor.regionCode));
    return attachment(c, bytes, XLSX_TYPE, "培训学时导入模板.xlsx");
  });

  app.openapi(importUploadRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const form = await readUploadForm(c, uploadForm, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const job = await uploadSheetImport(
      { db: c.var.deps.db, cipher: c.var.deps.cipher },
      trainingImporter,
      actor,
      scopeOf(actor, "staffing"),
      {
        bytes: Buffer.from(await form.file.arrayBuffer()),
        fileName: form.file.name,
        schoolYear: await yearOf(c.var, actor.regionCode),
      },
      { now: c.var.deps.now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  });

  app.openapi(importJobRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    return c.json(presentSheetResult(await findSheetJob(c.var.deps.db, ownJobs(actor), c.req.valid("param").id)), 200);
  });

  app.openapi(importReportRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const job = await findSheetJob(c.var.deps.db, ownJobs(actor), c.req.valid("param").id);
    const report = await sheetJobReport(c.var.deps.db, trainingImporter, ownJobs(actor), job);
    return c.body(Readable.toWeb(report.stream) as ReadableStream, 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": contentDisposition(report.fileName),
      "cache-control": "private, no-store",
    });
  });

  app.openapi(importCommitRoute, async (c) => {
    const actor = authorizeTrainingImport(c.var.actor);
    const { db, cipher, now } = c.var.deps;
    const { id } = c.req.valid("param");
    const job = await findSheetJob(db, ownJobs(actor), id);
    const result = await commitSheetImport(
      { db, cipher },
      actor,
      job,
      trainingImporter,
      sheetOfJob(db, ownJobs(actor), job, trainingImporter.spec),
      { onlyValidRows: c.req.valid("json").onlyValidRows, now: now(), ip: c.var.ip },
    );
    const updated = await findSheetJob(db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
