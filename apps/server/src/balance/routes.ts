import { balance } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { scopeOf } from "../auth/authorize";
import type { Db } from "../db/client";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { SingleFlightCache } from "../http/singleFlightCache";
import { validationHook } from "../http/validation";
import { writeEpoch } from "../ops/writeSignal";
import { type BalanceRegister, loadBalanceRegister } from "../registry/balanceInputs";
import {
  balanceDefaultYear,
  balanceOverview,
  balanceTrend,
  balanceYears,
  type RegisterLoader,
  schoolBalance,
  whatIf,
} from "./evaluation";
import { balanceReportDocx, balanceReportXlsx } from "./report/routes";
import {
  configBody,
  overviewSchema,
  scenarioSummarySchema,
  schoolBalanceSchema,
  snapshotListSchema,
  snapshotSchema,
  snapshotSummarySchema,
  trendSchema,
  whatIfSchema,
} from "./schemas";
import { findSnapshot, listSnapshots, publishSnapshot } from "./snapshots";
import {
  balanceConfigInfo,
  balanceConfigOf,
  createScenario,
  deleteScenario,
  findScenario,
  listScenarios,
  saveBalanceConfig,
} from "./store";

const TAG = "均衡发展监测";
const stage = z.enum(["primary", "junior"], { error: "学段应为小学(primary)或初中(junior)" });
const year = z.coerce.number({ error: "学年应为整数" }).int("学年应为整数").min(2000).max(2100);
const yearStageQuery = z.object({ year: year.optional(), stage: stage.default("primary") });
const idParam = z.object({ id: z.uuid("编号格式不正确") });

const whole = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(-100_000)
    .max(100_000)
    .optional();
const amount = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .min(-1e12)
    .max(1e12)
    .optional();
const adjustment = z
  .object({
    schoolId: z.uuid("学校编号格式不正确"),
    stage,
    addQualifiedTeachers: whole("增加高学历教师数"),
    addBackboneTeachers: whole("增加骨干教师数"),
    addPeArtsTeachers: whole("增加体艺教师数"),
    addTeachingArea: amount("增加教学及辅助用房面积"),
    addSportsArea: amount("增加体育运动场馆面积"),
    addEquipmentYuan: amount("增加教学仪器设备值"),
    addMultimediaRooms: whole("增加网络多媒体教室数"),
    addBooks: whole("增加图书册数"),
    addComputers: whole("增加计算机台数"),
  })
  .openapi("BalanceAdjustment");
const adjustments = z.array(adjustment).max(500, "一次最多调整 500 项");

const route = <M extends "get" | "post" | "put" | "delete", P extends string>(method: M, path: P, summary: string) => ({
  method,
  path,
  tags: [TAG],
  summary,
});

const yearsRoute = createRoute({
  ...route("get", "/years", "有学籍数据的学年"),
  responses: { 200: jsonResponse(z.object({ years: z.array(z.number()) }), "学年"), ...errorResponses },
});
const overviewRoute = createRoute({
  ...route("get", "/overview", "全县某学年某学段的均衡发展指标、差异系数与达标情况"),
  request: { query: yearStageQuery },
  responses: { 200: jsonResponse(overviewSchema, "测算结果"), ...errorResponses },
});
const trendRoute = createRoute({
  ...route("get", "/trend", "各学年差异系数变化"),
  request: { query: z.object({ stage: stage.default("primary") }) },
  responses: { 200: jsonResponse(trendSchema, "趋势"), ...errorResponses },
});
const schoolRoute = createRoute({
  ...route("get", "/schools/{id}", "学校的指标值、达标情况、缺口与数据来源"),
  request: { params: idParam, query: yearStageQuery },
  responses: { 200: jsonResponse(schoolBalanceSchema, "学校"), ...errorResponses },
});
const whatIfRoute = createRoute({
  ...route("post", "/what-if", "模拟测算:调整后差异系数与达标变化(不改动登记数据)"),
  request: { body: jsonBody(z.object({ schoolYear: year, stage, adjustments })) },
  responses: { 200: jsonResponse(whatIfSchema, "调整前后"), ...errorResponses },
});
const scenariosRoute = createRoute({
  ...route("get", "/scenarios", "已保存的模拟测算方案"),
  responses: { 200: jsonResponse(z.object({ rows: z.array(scenarioSummarySchema) }), "方案"), ...errorResponses },
});
/** A saved scenario with its adjustments. */
const scenario = scenarioSummarySchema
  .omit({ adjustments: true })
  .extend({ adjustments: z.array(adjustment) })
  .openapi("BalanceScenario");
const scenarioRoute = createRoute({
  ...route("get", "/scenarios/{id}", "模拟测算方案"),
  request: { params: idParam },
  responses: { 200: jsonResponse(scenario, "方案"), ...errorResponses },
});
const createScenarioRoute = createRoute({
  ...route("post", "/scenarios", "保存模拟测算方案"),
  request: {
    body: jsonBody(
      z.object({
        name: z.string().trim().min(2, "方案名称至少2个字").max(60, "方案名称过长"),
        schoolYear: year,
        stage,
        adjustments: adjustments.min(1, "请至少调整一所学校"),
        note: z.string().trim().max(500, "说明过长").default(""),
      }),
    ),
  },
  responses: { 201: jsonResponse(scenario, "已保存"), ...errorResponses },
});
const deleteScenarioRoute = createRoute({
  ...route("delete", "/scenarios/{id}", "删除模拟测算方案"),
  request: { params: idParam },
  responses: { 200: jsonResponse(z.object({ ok: z.boolean() }), "已删除"), ...errorResponses },
});
const configRoute = createRoute({
  ...route("get", "/config", "均衡测算参数(标准值、限值、学历要求、学段折算系数)"),
  responses: {
    200: jsonResponse(
      z
        .object({ config: configBody, national: configBody, customized: z.boolean(), updatedAt: z.string().nullable() })
        .openapi("BalanceConfigAnswer"),
      "参数",
    ),
    ...errorResponses,
  },
});
const saveConfigRoute = createRoute({
  ...route("put", "/config", "修改均衡测算参数(基础教育股、督导室)"),
  request: { body: jsonBody(configBody) },
  responses: { 200: jsonResponse(z.object({ config: configBody }), "已保存"), ...errorResponses },
});

const snapshotsRoute = createRoute({
  ...route("get", "/snapshots", "某学年某学段已发布的监测结果(各版本)"),
  request: { query: yearStageQuery },
  responses: { 200: jsonResponse(snapshotListSchema, "版本"), ...errorResponses },
});
const snapshotRoute = createRoute({
  ...route("get", "/snapshots/{id}", "已发布的监测结果(发布时的数据,不再变化)"),
  request: { params: idParam },
  responses: { 200: jsonResponse(snapshotSchema, "结果"), ...errorResponses },
});
const publishRoute = createRoute({
  ...route("post", "/snapshots", "发布当前监测结果(基础教育股、督导室;更正须说明原因)"),
  request: {
    body: jsonBody(z.object({ schoolYear: year, stage, note: z.string().trim().max(500, "原因过长").default("") })),
  },
  responses: { 201: jsonResponse(snapshotSummarySchema, "已发布"), ...errorResponses },
});
const reportRoute = (format: "xlsx" | "docx", summary: string, contentType: string) =>
  createRoute({
    ...route("get", `/report.${format}`, summary),
    request: { query: yearStageQuery },
    responses: { 200: fileResponse(contentType, summary), ...errorResponses },
  });
const reportXlsxRoute = reportRoute("xlsx", "监测表格(Excel;全县读者,记入审计)", XLSX_TYPE);
const reportDocxRoute = reportRoute("docx", "监测报告(Word,含图表;全县读者,记入审计)", DOCX_TYPE);

/** The balance monitoring API (均衡发展监测). The register is read through a 15-second single-flight cache. */
export function balanceRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const cache = new SingleFlightCache<BalanceRegister>(15_000, 50);
  const loaderOf =
    (db: Db, now: Date): RegisterLoader =>
    (regionCode, schoolYear) =>
      cache.get(
        `${regionCode}:${schoolYear}`,
        now.getTime(),
        () => loadBalanceRegister(db, regionCode, schoolYear),
        writeEpoch(db),
      );
  const ctx = (c: { var: AppEnv["Variables"] }) => ({ now: c.var.deps.now(), ip: c.var.ip });
  // the county's current school year (学籍参数), whatever year some school already has rows for; without register
  // data for it the pages answer 404
  const yearOr = async (db: Db, actor: AppEnv["Variables"]["actor"], y: number | undefined, now: Date) =>
    y ?? (await balanceDefaultYear(db, actor, now));

  app.openapi(yearsRoute, async (c) =>
    c.json({ years: await balanceYears(c.var.deps.db, c.var.actor, c.var.deps.now()) }, 200),
  );
  app.openapi(overviewRoute, async (c) => {
    const { db, now } = c.var.deps;
    const q = c.req.valid("query");
    const y = await yearOr(db, c.var.actor, q.year, now());
    return c.json(await balanceOverview(db, c.var.actor, loaderOf(db, now()), y, q.stage), 200);
  });
  app.openapi(trendRoute, async (c) => {
    const { db, now } = c.var.deps;
    return c.json(await balanceTrend(db, c.var.actor, loaderOf(db, now()), c.req.valid("query").stage), 200);
  });
  app.openapi(schoolRoute, async (c) => {
    const { db, now } = c.var.deps;
    const q = c.req.valid("query");
    const y = await yearOr(db, c.var.actor, q.year, now());
    const id = c.req.valid("param").id;
    return c.json(await schoolBalance(db, c.var.actor, loaderOf(db, now()), id, y, q.stage), 200);
  });
  app.openapi(whatIfRoute, async (c) => {
    const { db, now } = c.var.deps;
    const b = c.req.valid("json");
    return c.json(await whatIf(db, c.var.actor, loaderOf(db, now()), b.schoolYear, b.stage, b.adjustments), 200);
  });
  app.openapi(scenariosRoute, async (c) => c.json({ rows: await listScenarios(c.var.deps.db, c.var.actor) }, 200));
  app.openapi(scenarioRoute, async (c) =>
    c.json(await findScenario(c.var.deps.db, c.var.actor, c.req.valid("param").id), 200),
  );
  app.openapi(createScenarioRoute, async (c) => {
    const { db, now } = c.var.deps;
    const b = c.req.valid("json");
    // the same checks as a what-if run, so a saved scenario always opens
    await whatIf(db, c.var.actor, loaderOf(db, now()), b.schoolYear, b.stage, b.adjustments);
    return c.json(await createScenario(db, c.var.actor, b, ctx(c)), 201);
  });
  app.openapi(deleteScenarioRoute, async (c) => {
    await deleteScenario(c.var.deps.db, c.var.actor, c.req.valid("param").id, ctx(c));
    return c.json({ ok: true }, 200);
  });
  app.openapi(configRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "balance");
    const db = c.var.deps.db;
    const [config, info] = await Promise.all([
      balanceConfigOf(db, scope.regionCode),
      balanceConfigInfo(db, scope.regionCode),
    ]);
    return c.json({ config, national: balance.nationalBalanceConfig, ...info }, 200);
  });
  app.openapi(saveConfigRoute, async (c) => {
    const saved = await saveBalanceConfig(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c));
    return c.json({ config: saved }, 200);
  });
  app.openapi(snapshotsRoute, async (c) => {
    const { db, now } = c.var.deps;
    const q = c.req.valid("query");
    const y = await yearOr(db, c.var.actor, q.year, now());
    return c.json(await listSnapshots(db, c.var.actor, loaderOf(db, now()), y, q.stage), 200);
  });
  app.openapi(snapshotRoute, async (c) =>
    c.json(await findSnapshot(c.var.deps.db, c.var.actor, c.req.valid("param").id), 200),
  );
  app.openapi(publishRoute, async (c) => {
    const { db } = c.var.deps;
    // publishing reads the register afresh: what is published is exactly what the register holds now
    const fresh: RegisterLoader = (regionCode, schoolYear) => loadBalanceRegister(db, regionCode, schoolYear);
    return c.json(await publishSnapshot(db, c.var.actor, fresh, c.req.valid("json"), ctx(c)), 201);
  });
  app.openapi(reportXlsxRoute, (c) => balanceReportXlsx(c, loaderOf(c.var.deps.db, c.var.deps.now())) as never);
  app.openapi(reportDocxRoute, (c) => balanceReportDocx(c, loaderOf(c.var.deps.db, c.var.deps.now())) as never);
  return app;
}
