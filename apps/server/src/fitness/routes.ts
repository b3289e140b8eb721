/**
 * The fitness routes (体质健康), mounted at /api/fitness. Handlers read validate → load (scoped) → command or core →
 * present. The import of results lives in importRoutes.ts.
 */
import { calendar, fitness, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { recordAudit } from "../audit/store";
import { authorize, type ReadableScope, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { contentDisposition, DOCX_TYPE, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { validationHook } from "../http/validation";
import { classLabels, regionName, schoolsWithTown, studentLabels, studentsForUpload } from "../registry/fitnessIntake";
import { type CommandContext, createCorrection, rescoreSchool } from "./commands";
import { figuresWorkbook, reportCard } from "./export";
import { fitnessFiguresOf } from "./figures";
import { fitnessImportRoutes } from "./importRoutes";
import { nationalUploadWorkbook } from "./nationalUpload";
import * as p from "./present";
import * as s from "./schemas";
import {
  batchTestDate,
  findResult,
  listCorrections,
  listResults,
  type ResultRow,
  standardAsOf,
  studentHistory,
  testYears,
} from "./store";

const tags = ["体质健康"];
const writeErrors = { ...errorResponses, 409: { ...errorResponses[400], description: "状态冲突" } };

type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });
const todayFor = (v: Vars) => calendar.beijingDate(v.deps.now());

// ---------------------------------------------------------------- contracts

const standardRoute = createRoute({
  method: "get",
  path: "/standard",
  tags,
  summary: "当前有效的评分表(按年级、性别),含存疑单元格和县级更正",
  request: { query: s.standardQuery },
  responses: { 200: jsonResponse(s.standardSchema, "评分表"), ...errorResponses },
});
const correctionsRoute = createRoute({
  method: "get",
  path: "/corrections",
  tags,
  summary: "县级对评分表的更正记录",
  responses: { 200: jsonResponse(z.object({ rows: z.array(s.correctionSchema) }), "更正记录"), ...errorResponses },
});
const createCorrectionRoute = createRoute({
  method: "post",
  path: "/corrections",
  tags,
  summary: "更正评分表的一个单元格(基础教育股;须写明原因和生效日期)",
  request: { body: jsonBody(s.correctionBody) },
  responses: { 201: jsonResponse(s.correctionSchema, "更正记录"), ...writeErrors },
});
const figuresRoute = createRoute({
  method: "get",
  path: "/figures",
  tags,
  summary: "体质健康统计:及格率、优良率、优秀率、单项均分、BMI分布、薄弱项目、趋势",
  request: { query: s.figuresQuery },
  responses: { 200: jsonResponse(s.figuresSchema, "统计"), ...errorResponses },
});
const exportRoute = createRoute({
  method: "get",
  path: "/figures/export",
  tags,
  summary: "下载体质健康统计表(xlsx)",
  request: { query: s.exportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "统计表"), ...errorResponses },
});
const resultsRoute = createRoute({
  method: "get",
  path: "/results",
  tags,
  summary: "学生测试成绩(学籍号已脱敏)",
  request: { query: s.resultsQuery },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(s.resultRowSchema), total: z.number() }), "成绩"),
    ...errorResponses,
  },
});
const resultRoute = createRoute({
  method: "get",
  path: "/results/{id}",
  tags,
  summary: "一名学生的成绩及每项得分的说明",
  request: { params: s.idParam },
  responses: { 200: jsonResponse(s.resultDetailSchema, "成绩详情"), ...errorResponses },
});
const cardRoute = createRoute({
  method: "get",
  path: "/results/{id}/card",
  tags,
  summary: "下载学生体质健康报告单(Word)",
  request: { params: s.idParam },
  responses: { 200: fileResponse(DOCX_TYPE, "报告单"), ...errorResponses },
});
const rescoreRoute = createRoute({
  method: "post",
  path: "/rescore",
  tags,
  summary: "按当前有效评分表重新评分一所学校一个学年的成绩",
  request: { body: jsonBody(s.rescoreBody) },
  responses: { 200: jsonResponse(s.rescoreSchema, "评分批次"), ...writeErrors },
});

const nationalRoute = createRoute({
  method: "get",
  path: "/national-upload.xlsx",
  tags,
  summary: "下载国家体测数据上报格式的数据文件(学籍号默认脱敏;完整学籍号须有个人信息权限并填写事由,记入审计)",
  request: { query: s.nationalQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "上报数据文件"), ...errorResponses },
});
// ---------------------------------------------------------------- helpers

const gradeNames = [
  "",
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "七年级",
  "八年级",
  "九年级",
  "高一",
  "高二",
  "高三",
];

function describeCorrection(
  r: Awaited<ReturnType<typeof listCorrections>>[number],
): z.infer<typeof s.correctionSchema> {
  const who = `${gradeNames[r.grade] ?? r.grade} ${r.sex === "male" ? "男" : "女"}`;
  const prev = r.previous as { threshold?: number | null; min?: number | null; max?: number | null };
  const range = (min: number | null | undefined, max: number | null | undefined) => `${min ?? "—"} ~ ${max ?? "—"}`;
  return {
    id: r.id,
    kind: r.kind,
    cell:
      r.kind === "item"
        ? `${fitness.fitnessItemLabels[r.item as fitness.FitnessItem]} ${who} ${r.score}分`
        : `BMI ${who} ${r.bmiLevel}`,
    previous: r.kind === "item" ? String(prev.threshold ?? "空白") : range(prev.min, prev.max),
    next: r.kind === "item" ? String(r.threshold ?? "空白") : range(r.bmiMin, r.bmiMax),
    reason: r.reason,
    effectiveFrom: r.effectiveFrom,
    createdAt: r.createdAt.toISOString(),
  };
}

async function labelsOf(c: Context<AppEnv>, rows: ResultRow[]): Promise<p.Labels> {
  const db = c.var.deps.db;
  const region = rows[0]?.regionCode;
  const [schools, classes, students] = await Promise.all([
    region ? schoolsWithTown(db, region) : Promise.resolve([]),
    classLabels(db, [...new Set(rows.flatMap((r) => (r.classId ? [r.classId] : [])))]),
    studentLabels(db, [...new Set(rows.map((r) => r.studentId))]),
  ]);
  return { schools: new Map(schools.map((x) => [x.id, x.name])), classes, students };
}

async function detailOf(
  c: Context<AppEnv>,
  scope: ReadableScope,
  id: string,
): Promise<z.infer<typeof s.resultDetailSchema>> {
  const db = c.var.deps.db;
  const row = await findResult(db, scope, id);
  if (!row) throw notFound("成绩");
  const [labels, batch, history] = await Promise.all([
    labelsOf(c, [row]),
    batchTestDate(db, row.batchId),
    studentHistory(db, row.regionCode, row.studentId),
  ]);
  const standard = await standardAsOf(db, row.regionCode, batch ?? todayFor(c.var));
  const explained =
    row.status === "tested"
      ? p.presentComponents(row, standard)
      : {
          components: [],
          bonus: [],
          explanation: row.status === "exempt" ? `免测:${row.exemptReason ?? ""}` : `缓测:${row.exemptReason ?? ""}`,
        };
  // graduation score: in a graduating grade, the final year with the other years of the same stage
  let graduation: z.infer<typeof s.resultDetailSchema>["graduation"] = null;
  if (fitness.graduatingGrades.has(row.grade) && row.status === "tested") {
    const stage = fitness.stageGrades(row.grade);
    const others = history.filter((h) => h.id !== row.id && stage.includes(h.grade) && h.testYear < row.testYear);
    const g = fitness.graduationScore(
      row.total,
      others.map((h) => h.total),
    );
    if (g)
      graduation = {
        score: g.score,
        bandLabel: fitness.fitnessBandLabels[g.band],
        finalYearOnly: g.finalYearOnly,
        explanation: g.finalYearOnly
          ? `没有本学段其他学年的成绩,按毕业当年总分 ${row.total} 计`
          : `毕业当年总分 ${row.total} × 50% + 其他 ${others.filter((o) => o.total !== null).length} 个学年平均分 × 50% = ${g.score}`,
      };
  }
  return {
    result: p.presentResult(row, labels),
    heightCm: row.heightCm,
    weightKg: row.weightKg,
    exemptProof: row.exemptProof,
    ...explained,
    history: history.map((h) => ({
      id: h.id,
      testYear: h.testYear,
      grade: h.grade,
      total: h.total,
      bandLabel: h.band ? fitness.fitnessBandLabels[h.band] : null,
      standardVersion: h.standardVersion,
    })),
    graduation,
  };
}

function attachment(c: Context<AppEnv>, bytes: Uint8Array, type: string, fileName: string) {
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

// ---------------------------------------------------------------- handlers

export function fitnessRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(standardRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "fitness");
    scopeOf(actor, "fitness");
    const { grade, sex } = c.req.valid("query");
    const std = await standardAsOf(c.var.deps.db, actor.regionCode, todayFor(c.var));
    const weights = fitness.weightsOf(std, grade, sex);
    const items = fitness.fitnessItems
      .filter((item) => std.items[item]?.[String(grade)]?.[sex])
      .map((item) => ({
        item,
        label: fitness.fitnessItemLabels[item],
        unit: fitness.fitnessItemUnits[item],
        lowerIsBetter: fitness.lowerIsBetter.has(item),
        levels: (std.items[item]?.[String(grade)]?.[sex] ?? []).map((l) => ({
          score: l.score,
          threshold: l.threshold,
          disputed: l.disputed === true,
          alternatives: l.alternatives ?? [],
          corrected: l.note === "县级更正",
        })),
      }));
    const bonus = fitness.fitnessItems.flatMap((item) => {
      const b = std.bonus[item];
      if (!b || !b.grades.includes(grade) || !b.sexes.includes(sex)) return [];
      return [
        {
          item,
          label: fitness.fitnessItemLabels[item],
          maxPoints: b.max_points,
          steps: b.table.map((t) => ({ points: t.points, beyond: t.extra ?? t.extra_seconds ?? 0 })),
        },
      ];
    });
    return c.json(
      {
        version: std.version,
        name: std.name,
        grade,
        sex,
        weights: Object.entries(weights).map(([component, weight]) => ({
          component: component as fitness.FitnessComponent,
          label: fitness.fitnessItemLabels[component as fitness.FitnessComponent],
          weight: weight ?? 0,
        })),
        items,
        bmi: std.bmi[String(grade)]?.[sex] ?? [],
        bonus,
        confidence: fitness.standard2014Notes.confidence as Record<string, string>,
        sourceNote: fitness.standard2014Notes.sourceNote,
        mayCorrect: fitness.mayManageStandard(actor),
      },
      200,
    );
  });

  app.openapi(correctionsRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "fitness");
    scopeOf(actor, "fitness");
    const rows = await listCorrections(c.var.deps.db, actor.regionCode);
    return c.json({ rows: rows.map(describeCorrection).reverse() }, 200);
  });

  app.openapi(createCorrectionRoute, async (c) => {
    const body = c.req.valid("json");
    const props =
      body.kind === "item"
        ? {
            kind: "item" as const,
            item: body.item as fitness.FitnessItem,
            grade: body.grade,
            sex: body.sex,
            score: body.score ?? 0,
            threshold: body.threshold ?? null,
            effectiveFrom: body.effectiveFrom,
            reason: body.reason,
          }
        : {
            kind: "bmi" as const,
            grade: body.grade,
            sex: body.sex,
            level: body.level as fitness.BmiLevel,
            min: body.min ?? null,
            max: body.max ?? null,
            effectiveFrom: body.effectiveFrom,
            reason: body.reason,
          };
    const id = await createCorrection(c.var.deps.db, c.var.actor, props, ctxOf(c.var));
    const rows = await listCorrections(c.var.deps.db, c.var.actor?.regionCode ?? "");
    const row = rows.find((r) => r.id === id);
    if (!row) throw notFound("更正记录");
    return c.json(describeCorrection(row), 201);
  });

  app.openapi(figuresRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "fitness");
    return c.json(await fitnessFiguresOf(c.var.deps.db, scope, c.req.valid("query")), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "fitness");
    const scope = scopeOf(actor, "fitness");
    const q = c.req.valid("query");
    const f = await fitnessFiguresOf(c.var.deps.db, scope, q);
    const subject =
      q.schoolId || scope.kind !== "county"
        ? (f.bySchool.find((b) => b.schoolId === (q.schoolId ?? (scope.kind === "county" ? "" : scope.schoolId)))
            ?.schoolName ?? f.countyName)
        : f.countyName;
    const bytes = await figuresWorkbook(f, subject);
    await recordAudit(c.var.deps.db, {
      actor,
      action: "fitness.figures.export",
      details: { testYear: f.testYear, schoolId: q.schoolId ?? null, scope: scope.kind },
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return attachment(c, bytes, XLSX_TYPE, `${subject}${f.testYear ?? ""}学年体质健康统计.xlsx`);
  });

  app.openapi(resultsRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "fitness");
    const q = c.req.valid("query");
    const testYear = q.testYear ?? (await testYears(c.var.deps.db, scope))[0] ?? registry.schoolYearOf(todayFor(c.var));
    const { rows, total } = await listResults(c.var.deps.db, scope, { ...q, testYear });
    const labels = await labelsOf(c, rows);
    return c.json({ rows: rows.map((r) => p.presentResult(r, labels)), total }, 200);
  });

  app.openapi(resultRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "fitness");
    return c.json(await detailOf(c, scope, c.req.valid("param").id), 200);
  });

  app.openapi(cardRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "fitness");
    const scope = scopeOf(actor, "fitness");
    const { id } = c.req.valid("param");
    const detail = await detailOf(c, scope, id);
    const countyName = (await regionName(c.var.deps.db, actor.regionCode)) ?? actor.regionCode;
    const bytes = await reportCard(detail, countyName, todayFor(c.var));
    await recordAudit(c.var.deps.db, {
      actor,
      action: "fitness.card.export",
      targetType: "fitness_result",
      targetId: id,
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return attachment(c, bytes, DOCX_TYPE, `${detail.result.name}-${detail.result.testYear}学年体质健康报告单.docx`);
  });

  app.openapi(nationalRoute, async (c) => {
    const q = c.req.valid("query");
    const actor = authorize(c.var.actor, q.reason ? "reveal" : "read", "fitness");
    const scope = scopeOf(actor, "fitness");
    const db = c.var.deps.db;
    const { rows } = await listResults(db, scope, {
      testYear: q.testYear,
      schoolId: q.schoolId,
      page: 1,
      pageSize: 500_000,
    });
    const [people, classes] = await Promise.all([
      studentsForUpload(db, [...new Set(rows.map((r) => r.studentId))]),
      classLabels(db, [...new Set(rows.flatMap((r) => (r.classId ? [r.classId] : [])))]),
    ]);
    const countyName = (await regionName(db, actor.regionCode)) ?? actor.regionCode;
    if (!q.reason) for (const p of people.values()) p.studentNumber = registry.maskStudentNumber(p.studentNumber);
    const bytes = await nationalUploadWorkbook(rows, people, classes, `${countyName}教育局`);
    await recordAudit(db, {
      actor,
      action: "fitness.national.export",
      reason: q.reason,
      details: { testYear: q.testYear, schoolId: q.schoolId ?? null, rows: rows.length },
      ip: c.var.ip,
      at: c.var.deps.now(),
    });
    return attachment(c, bytes, XLSX_TYPE, `体测数据上报-${q.testYear}学年.xlsx`);
  });

  app.openapi(rescoreRoute, async (c) => {
    const { schoolId, testYear } = c.req.valid("json");
    const run = await rescoreSchool(c.var.deps.db, c.var.actor, schoolId, testYear, todayFor(c.var), ctxOf(c.var));
    return c.json(run, 200);
  });

  app.route("/", fitnessImportRoutes());

  return app;
}
