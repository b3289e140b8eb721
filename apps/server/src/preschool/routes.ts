import { preschool } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { contentDisposition, DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { saveBirths, savePopulation, savePreschoolConfig, saveReport, saveSurvey } from "./commands";
import {
  defaultYear,
  kindergartenDetail,
  preschoolInputs,
  preschoolOverview,
  preschoolPlan,
  preschoolWhatIf,
  preschoolYears,
} from "./evaluation";
import { preschoolImportRoutes } from "./importRoutes";
import { preschoolFile } from "./report";
import {
  configResponseSchema,
  configSchema,
  inputsSchema,
  kindergartenDetailSchema,
  overviewSchema,
  planSchema,
  whatIfResultSchema,
} from "./schemas";
import { preschoolConfigInfo, preschoolConfigOf } from "./store";

const TAG = "学前教育普及普惠";
const year = z.coerce
  .number({ error: "学年应为整数" })
  .int("学年应为整数")
  .min(2000, "学年应在 2000 到 2100 之间")
  .max(2100, "学年应在 2000 到 2100 之间");
const yearQuery = z.object({ year: year.optional() });
const idParam = z.object({ id: z.uuid("幼儿园编号格式不正确") });

const route = <M extends "get" | "post" | "put", P extends string>(method: M, path: P, summary: string) => ({
  method,
  path,
  tags: [TAG],
  summary,
});
const count = (label: string, max = 100_000) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(max, `${label}过大,请核对`);
const money = (label: string, max: number) =>
  z
    .number({ error: `${label}应为数字(元)` })
    .min(0, `${label}不能为负数`)
    .max(max, `${label}超过 ${max} 元,请核对单位是否为元`)
    .nullable()
    .optional();
const area = (label: string) =>
  z
    .number({ error: `${label}应为数字(平方米)` })
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}过大,请核对`)
    .nullable()
    .optional();
const source = z
  .string({ error: "请填写数据来源" })
  .trim()
  .min(2, "请填写数据来源(如 公安户籍、卫健出生登记)")
  .max(100, "数据来源过长");

const reportBody = z
  .object({
    schoolYear: year,
    kind: z.enum(preschool.kindergartenKinds as [preschool.KindergartenKind, ...preschool.KindergartenKind[]], {
      error: "请选择办园性质:教育部门办、其他部门办、集体办、普惠性民办或非普惠性民办",
    }),
    recognisedOn: z.iso.date("认定日期格式应为 2024-06-30").nullable().optional(),
    recognisedDocument: z.string().trim().max(100, "认定文件文号过长").nullable().optional(),
    licenceNumber: z.string().trim().max(60, "办园许可证号过长").nullable().optional(),
    feeYuanPerMonth: money("保教费", 20_000),
    ruralCentral: z.boolean().default(false),
    principalCertified: z.boolean().nullable().optional(),
    establishedPayYuan: money("在编教师月平均工资", 100_000),
    nonEstablishedPayYuan: money("非在编教师月平均工资", 100_000),
    fundingPerChildYuan: money("生均财政拨款(补助)", 100_000),
    buildingArea: area("园舍建筑面积"),
    playArea: area("户外活动场地面积"),
  })
  .openapi("PreschoolReport");
const populationBody = z
  .object({
    schoolYear: year,
    rows: z
      .array(
        z.object({
          townCode: z.string().regex(/^\d{9}$/, "乡镇代码应为 9 位数字"),
          age3: count("3 周岁人口"),
          age4: count("4 周岁人口"),
          age5: count("5 周岁人口"),
          source,
        }),
      )
      .min(1, "请至少填写一个乡镇")
      .max(500, "一次最多 500 个乡镇"),
  })
  .openapi("PreschoolPopulation");
const birthsBody = z
  .object({
    rows: z
      .array(
        z.object({
          townCode: z.string().regex(/^\d{9}$/, "乡镇代码应为 9 位数字"),
          birthYear: z
            .number()
            .int("出生年份应为整数")
            .min(2000, "出生年份应在 2000 到 2100 之间")
            .max(2100, "出生年份应在 2000 到 2100 之间"),
          births: count("出生人口"),
          source,
        }),
      )
      .min(1, "请至少填写一行")
      .max(5000, "一次最多 5000 行"),
  })
  .openapi("PreschoolBirths");
const surveyBody = z
  .object({
    schoolYear: year,
    satisfaction: z
      .number({ error: "满意度应为 0 到 1 之间的比例" })
      .min(0, "满意度应为 0 到 1 之间的比例(如 90% 填 0.9)")
      .max(1, "满意度应为 0 到 1 之间的比例(如 90% 填 0.9)"),
    source,
  })
  .openapi("PreschoolSurvey");
const adjustment = z.discriminatedUnion("type", [
  z.object({ type: z.literal("recognise"), schoolId: z.uuid("幼儿园编号格式不正确") }),
  z.object({
    type: z.literal("newPublic"),
    townCode: z.string().regex(/^\d{9}$/, "乡镇代码应为 9 位数字"),
    places: z.number().int("学位数应为整数"),
  }),
]);
const whatIfBody = z
  .object({
    schoolYear: year,
    adjustments: z.array(adjustment).min(1, "请至少设置一项调整").max(100, "一次最多 100 项调整"),
  })
  .openapi("PreschoolWhatIf");

const yearsRoute = createRoute({
  ...route("get", "/years", "可查看的学年与当前学年"),
  responses: {
    200: jsonResponse(z.object({ years: z.array(z.number()), current: z.number() }), "学年"),
    ...errorResponses,
  },
});
const overviewRoute = createRoute({
  ...route(
    "get",
    "/overview",
    "全县学前教育普及普惠评估:各项指标、标准、结论、数据与拉低指标的幼儿园(学校只见本园明细)",
  ),
  request: { query: yearQuery },
  responses: { 200: jsonResponse(overviewSchema, "评估结果"), ...errorResponses },
});
const kindergartenRoute = createRoute({
  ...route("get", "/kindergartens/{id}", "一所幼儿园(或小学附设幼儿班)的学年数据、班级与填报"),
  request: { params: idParam, query: yearQuery },
  responses: { 200: jsonResponse(kindergartenDetailSchema, "幼儿园"), ...errorResponses },
});
const saveReportRoute = createRoute({
  ...route("put", "/kindergartens/{id}/report", "保存幼儿园年度填报(本园或基础教育股;记入审计)"),
  request: { params: idParam, body: jsonBody(reportBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string(), updatedAt: z.string() }), "已保存"), ...errorResponses },
});
const inputsRoute = createRoute({
  ...route("get", "/inputs", "乡镇 3–5 周岁人口、出生人口与社会认可度(全县读者)"),
  request: { query: yearQuery },
  responses: { 200: jsonResponse(inputsSchema, "录入数据"), ...errorResponses },
});
const populationRoute = createRoute({
  ...route("put", "/population", "录入乡镇 3–5 周岁人口及来源(基础教育股;记入审计)"),
  request: { body: jsonBody(populationBody) },
  responses: { 200: jsonResponse(z.object({ saved: z.number() }), "已保存"), ...errorResponses },
});
const birthsRoute = createRoute({
  ...route("put", "/births", "录入乡镇各年出生人口及来源(基础教育股;记入审计)"),
  request: { body: jsonBody(birthsBody) },
  responses: { 200: jsonResponse(z.object({ saved: z.number() }), "已保存"), ...errorResponses },
});
const surveyRoute = createRoute({
  ...route("put", "/survey", "录入社会认可度调查结果(基础教育股;记入审计)"),
  request: { body: jsonBody(surveyBody) },
  responses: { 200: jsonResponse(z.object({ ok: z.boolean() }), "已保存"), ...errorResponses },
});
const planRoute = createRoute({
  ...route("get", "/plan", "各乡镇适龄幼儿(当年与未来三年)、标准学位与缺口(全县读者)"),
  request: { query: yearQuery },
  responses: { 200: jsonResponse(planSchema, "学位规划"), ...errorResponses },
});
const whatIfRoute = createRoute({
  ...route("post", "/what-if", "模拟测算:认定普惠或新建公办园后的指标(不改动任何数据)"),
  request: { body: jsonBody(whatIfBody) },
  responses: { 200: jsonResponse(whatIfResultSchema, "调整前后"), ...errorResponses },
});
const configRoute = createRoute({
  ...route("get", "/config", "学前教育评估参数(标准与省定标准)"),
  responses: { 200: jsonResponse(configResponseSchema, "参数"), ...errorResponses },
});
const saveConfigRoute = createRoute({
  ...route("put", "/config", "修改学前教育评估参数(基础教育股;记入审计)"),
  request: { body: jsonBody(configSchema) },
  responses: { 200: jsonResponse(z.object({ config: configSchema }), "已保存"), ...errorResponses },
});
const fileRoute = (format: "xlsx" | "docx", summary: string, contentType: string) =>
  createRoute({
    ...route("get", `/report.${format}`, summary),
    request: { query: yearQuery },
    responses: { 200: fileResponse(contentType, summary), ...errorResponses },
  });
const xlsxRoute = fileRoute("xlsx", "评估表(Excel;全县读者,记入审计)", XLSX_TYPE);
const docxRoute = fileRoute("docx", "自评报告(Word,含图表;全县读者,记入审计)", DOCX_TYPE);

/** The preschool API (学前教育普及普惠). */
export function preschoolRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route("/", preschoolImportRoutes());
  const ctx = (c: { var: AppEnv["Variables"] }) => ({ now: c.var.deps.now(), ip: c.var.ip });
  const yearOf = (c: { var: AppEnv["Variables"] }, y: number | undefined) =>
    defaultYear(c.var.deps.db, c.var.actor, y, c.var.deps.now());

  app.openapi(yearsRoute, async (c) => c.json(await preschoolYears(c.var.deps.db, c.var.actor, c.var.deps.now()), 200));
  app.openapi(overviewRoute, async (c) => {
    const y = await yearOf(c, c.req.valid("query").year);
    return c.json(await preschoolOverview(c.var.deps.db, c.var.actor, y), 200);
  });
  app.openapi(kindergartenRoute, async (c) => {
    const y = await yearOf(c, c.req.valid("query").year);
    return c.json(await kindergartenDetail(c.var.deps.db, c.var.actor, c.req.valid("param").id, y), 200);
  });
  app.openapi(saveReportRoute, async (c) => {
    const row = await saveReport(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), ctx(c));
    return c.json({ id: row.id, updatedAt: row.updatedAt.toISOString() }, 200);
  });
  app.openapi(inputsRoute, async (c) => {
    const y = await yearOf(c, c.req.valid("query").year);
    return c.json(await preschoolInputs(c.var.deps.db, c.var.actor, y), 200);
  });
  app.openapi(populationRoute, async (c) =>
    c.json(await savePopulation(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c)), 200),
  );
  app.openapi(birthsRoute, async (c) =>
    c.json(await saveBirths(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c)), 200),
  );
  app.openapi(surveyRoute, async (c) => {
    await saveSurvey(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c));
    return c.json({ ok: true }, 200);
  });
  app.openapi(planRoute, async (c) => {
    const y = await yearOf(c, c.req.valid("query").year);
    return c.json(await preschoolPlan(c.var.deps.db, c.var.actor, y), 200);
  });
  app.openapi(whatIfRoute, async (c) => {
    const b = c.req.valid("json");
    return c.json(await preschoolWhatIf(c.var.deps.db, c.var.actor, b.schoolYear, b.adjustments), 200);
  });
  app.openapi(configRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "preschool");
    const db = c.var.deps.db;
    const [config, info] = await Promise.all([
      preschoolConfigOf(db, scope.regionCode),
      preschoolConfigInfo(db, scope.regionCode),
    ]);
    return c.json(
      {
        config,
        national: preschool.nationalPreschoolConfig,
        provinceFixed: [...preschool.provinceFixedSettings],
        ...info,
        updatedAt: info.updatedAt?.toISOString() ?? null,
      },
      200,
    );
  });
  app.openapi(saveConfigRoute, async (c) =>
    c.json({ config: await savePreschoolConfig(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c)) }, 200),
  );
  for (const [r, format] of [
    [xlsxRoute, "xlsx"],
    [docxRoute, "docx"],
  ] as const) {
    app.openapi(r, async (c) => {
      const y = await yearOf(c, c.req.valid("query").year);
      const { body, fileName } = await preschoolFile(c.var.deps.db, c.var.actor, y, format, ctx(c));
      return c.body(new Uint8Array(body), 200, {
        "content-type": format === "xlsx" ? XLSX_TYPE : DOCX_TYPE,
        "content-disposition": contentDisposition(fileName, { fallback: `preschool.${format}` }),
      }) as never;
    });
  }
  return app;
}
