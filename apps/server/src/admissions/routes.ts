/**
 * Admissions routes, mounted at /api/admissions: draw events (阳光分班, 摇号, 指标到校) through their lifecycle,
 * the register intake preview, list templates and uploads, printable class lists. Handlers read
 * validate → command or store → present.
 */
import { admissions, calendar } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { badRequest, errorResponses, notFound } from "../http/errors";
import {
  contentDisposition,
  fileResponse,
  jsonBody,
  jsonFileResponse,
  jsonResponse,
  multipartBody,
  XLSX_TYPE as XLSX,
} from "../http/openapi";
import { validationHook } from "../http/validation";
import {
  countySchool,
  detectMultiples,
  gradeClassPlacement,
  gradeIntake,
  juniorSchoolBases,
  registerAttributes,
  schoolTeachers,
} from "../registry/admissionsIntake";
import { regionName, schoolNames } from "../registry/store";
import {
  addContribution,
  type CommandContext,
  confirmAllocation,
  createAllocationFromList,
  createAllocationFromRegister,
  createLottery,
  createQuota,
  deleteDraft,
  freezeEvent,
  publishEvent,
  rerunEvent,
  runEvent,
} from "./commands";
import { allocationTemplate, classListsWorkbook, lotteryTemplate, readAllocationList, readLotteryList } from "./excel";
import { presentEvent, type SettledGradeView } from "./present";
import { eventDetailSchema as eventDetail } from "./schemas";
import { findEvent, listEvents } from "./store";
import { zoneRoutes } from "./zoneRoutes";

const tags = ["招生入学"];
const writeErrors = { ...errorResponses, 409: { ...errorResponses[400], description: "状态冲突" } };
const idParam = z.object({ id: z.uuid("活动编号格式不正确") });
const eventTime = z.iso.datetime({ offset: true, message: "活动时间格式不正确(例如 2026-08-28T09:00:00+08:00)" });
const title = z.string().trim().min(2, "活动名称至少 2 个字").max(100, "活动名称最多 100 个字");

const eventRow = z
  .object({
    id: z.string(),
    code: z.string(),
    kind: z.enum(Object.keys(admissions.drawKindLabels) as [admissions.DrawKind]),
    kindLabel: z.string(),
    title: z.string(),
    status: z.enum(Object.keys(admissions.drawStatusLabels) as [admissions.DrawStatus]),
    statusLabel: z.string(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    schoolYear: z.number().nullable(),
    grade: z.number().nullable(),
    eventTime: z.string(),
    inputDigest: z.string(),
    resultDigest: z.string().nullable(),
    entries: z.number(),
    confirmedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    rerunOfId: z.string().nullable(),
  })
  .openapi("DrawEventRow");

const listRoute = createRoute({
  method: "get",
  path: "/events",
  tags,
  summary: "分班、摇号与指标到校活动",
  request: {
    query: z.object({
      kind: z.enum(["class_allocation", "lottery", "quota"]).optional(),
      status: z.enum(["draft", "frozen", "drawn", "published"]).optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ rows: z.array(eventRow) }), "活动列表"), ...errorResponses },
});

const detailRoute = createRoute({
  method: "get",
  path: "/events/{id}",
  tags,
  summary: "活动详情(名单、见证人随机数、结果)",
  request: { params: idParam },
  responses: { 200: jsonResponse(eventDetail, "活动"), ...errorResponses },
});

const intakeRoute = createRoute({
  method: "get",
  path: "/intake",
  tags,
  summary: "学籍中某校某年级的新生名单概况(用于阳光分班)",
  request: {
    query: z.object({
      schoolId: z.uuid("学校编号格式不正确"),
      year: z.coerce.number().int().min(2000).max(2100),
      grade: z.coerce.number().int().min(-3).max(12),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        total: z.number(),
        boys: z.number(),
        girls: z.number(),
        specialNeeds: z.number(),
        leftBehind: z.number(),
        migrant: z.number(),
        families: z.array(z.object({ family: z.string(), members: z.array(z.string()) })),
        teachers: z.array(z.object({ staffId: z.string(), name: z.string(), subject: z.string().nullable() })),
        attributes: z.array(z.string()),
        /** students of the grade already in classes (已分班): a class allocation over them needs 招生办's override */
        studentsInClasses: z.number(),
      }),
      "新生概况",
    ),
    ...errorResponses,
  },
});

const allocationBody = z.object({
  schoolId: z.uuid("请选择学校"),
  schoolYear: z.number().int().min(2000).max(2100),
  grade: z.number().int().min(-3).max(12),
  classes: z.number().int("班级数应为整数").min(1, "至少 1 个班").max(100, "最多 100 个班"),
  title,
  eventTime,
  balance: z.array(z.enum(Object.keys(registerAttributes) as [keyof typeof registerAttributes])).default([]),
  familyChoices: z.record(z.string(), z.enum(["together", "apart"])).default({}),
  headTeacherIds: z.array(z.uuid()).default([]),
});

const lotteryBody = z.object({
  title,
  eventTime,
  places: z.number().int("名额应为整数").min(1, "名额至少为 1").max(100_000),
  tiers: z
    .array(z.object({ tier: z.number().int().min(1).max(20), label: z.string().trim().min(1, "请填写顺位名称") }))
    .min(1, "请至少设置一个顺位"),
  applicants: z
    .array(
      z.object({
        name: z.string().trim().min(1, "姓名不能为空"),
        tier: z.number().int(),
        family: z.string().trim().max(20).nullable().default(null),
      }),
    )
    .min(1, "报名名单为空")
    .max(50_000),
});

const quotaBody = z.object({
  title,
  eventTime,
  seniorSchoolId: z.uuid("请选择高中学校").nullable().default(null),
  seniorSchool: z
    .object({
      code: z.string().trim().min(1, "请填写高中代码").max(20),
      name: z.string().trim().min(2, "请填写高中名称").max(60),
    })
    .nullable()
    .default(null),
  schoolYear: z.number().int().min(2000).max(2100),
  plan: z.number().int("招生计划应为整数").min(1).max(100_000),
  sharePercent: z.number().int().min(50, "分配到校比例不得低于 50%").max(100).default(50),
  baseKind: z.enum(["graduates", "enrolled", "registered"]).default("graduates"),
  ruralWeightPercent: z.number().int().min(100).max(300).default(100),
  floorLine: z.number().min(0).default(0),
  tieBreakNames: z.array(z.string().trim().min(1)).max(5).default([]),
  candidates: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(30),
        school: z.string().trim().min(1),
        score: z.number(),
        tieScores: z.array(z.number()).default([]),
      }),
    )
    .max(50_000)
    .default([]),
});

const contributionBody = z.object({
  role: z.string().trim().min(1, "请填写见证人身份").max(30),
  name: z.string().trim().min(1, "请填写见证人姓名").max(30),
  value: z.string().min(1, "请填写随机数").max(64, "随机数最多 64 个字符"),
});
const rerunBody = z.object({
  reason: z.string().trim().min(4, "请写明重新抽签的原因(至少 4 个字)").max(500),
  eventTime,
});

const createdRoute = <T extends z.ZodType>(path: string, summary: string, body: T) =>
  createRoute({
    method: "post",
    path,
    tags,
    summary,
    request: { body: jsonBody(body) },
    responses: { 201: jsonResponse(eventDetail, "已创建(草稿)"), ...writeErrors },
  });
const allocationRoute = createdRoute("/events/allocation", "从学籍新生名单创建阳光分班", allocationBody);
const lotteryRoute = createdRoute("/events/lottery", "创建摇号(报名名单)", lotteryBody);
const quotaRoute = createdRoute("/events/quota", "创建指标到校分配", quotaBody);

const stepRoute = (path: string, summary: string) =>
  createRoute({
    method: "post",
    path: `/events/{id}/${path}`,
    tags,
    summary,
    request: { params: idParam },
    responses: { 200: jsonResponse(eventDetail, "活动"), ...writeErrors },
  });
const freezeRoute = stepRoute("freeze", "冻结名单并公布摘要");
const contributeRoute = createRoute({
  method: "post",
  path: "/events/{id}/contributions",
  tags,
  summary: "录入一位见证人的随机数",
  request: { params: idParam, body: jsonBody(contributionBody) },
  responses: { 200: jsonResponse(eventDetail, "活动"), ...writeErrors },
});
/**
 * The optional body of the run and of the writing into the register: 招生办's override of a grade already in
 * classes (已分班), with a reason and, as a second confirmation, the number of students in classes typed again.
 */
const settledGradeBody = z.object({
  override: z
    .object({
      reason: z.string().max(500, "原因最多 500 个字"),
      confirmStudents: z.number().int("请输入已在班级中的学生人数").min(0),
    })
    .nullable()
    .default(null),
});
const overridableStepRoute = (path: string, summary: string) =>
  createRoute({
    method: "post",
    path: `/events/{id}/${path}`,
    tags,
    summary,
    request: {
      params: idParam,
      body: { required: false, content: { "application/json": { schema: settledGradeBody } } },
    },
    responses: { 200: jsonResponse(eventDetail, "活动"), ...writeErrors },
  });
const runRoute = overridableStepRoute("run", "抽签(计算种子与结果;不早于公布的抽签时间)");
const confirmRoute = overridableStepRoute("confirm", "确认分班结果,写入学籍班级");
const publishRoute = stepRoute("publish", "公示结果(此后不可更改)");
const rerunRoute = createRoute({
  method: "post",
  path: "/events/{id}/rerun",
  tags,
  summary: "以新活动重新抽签(须说明原因)",
  request: { params: idParam, body: jsonBody(rerunBody) },
  responses: { 201: jsonResponse(eventDetail, "新活动"), ...writeErrors },
});
const quotaBasesRoute = createRoute({
  method: "get",
  path: "/quota-bases",
  tags,
  summary: "各初中的指标分配基数(来自学籍)",
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100),
      baseKind: z.enum(["graduates", "enrolled", "registered"]).default("graduates"),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.array(
          z.object({
            id: z.string(),
            code: z.string(),
            name: z.string(),
            locality: z.string(),
            base: z.number(),
            rural: z.boolean(),
          }),
        ),
      }),
      "初中分配基数",
    ),
    ...errorResponses,
  },
});
const deleteRoute = createRoute({
  method: "delete",
  path: "/events/{id}",
  tags,
  summary: "删除草稿",
  request: { params: idParam },
  responses: { 204: { description: "已删除" }, ...writeErrors },
});

const fileRoute = createRoute({
  method: "get",
  path: "/events/{id}/files/{which}",
  tags,
  summary: "输入或结果文件(规范化 JSON)",
  request: { params: idParam.extend({ which: z.enum(["input", "result"]) }) },
  responses: {
    200: jsonFileResponse("文件(规范化 JSON)"),
    ...errorResponses,
  },
});
const classListsRoute = createRoute({
  method: "get",
  path: "/events/{id}/class-lists.xlsx",
  tags,
  summary: "分班名单(Excel,每班一页)",
  request: { params: idParam },
  responses: { 200: fileResponse(XLSX, "Excel"), ...errorResponses },
});
const templateRoute = createRoute({
  method: "get",
  path: "/templates/{which}",
  tags,
  summary: "名单模板(阳光分班 / 摇号)",
  request: { params: z.object({ which: z.enum(["allocation", "lottery"]) }) },
  responses: { 200: fileResponse(XLSX, "Excel"), ...errorResponses },
});

/** The run's or confirmation's body, empty when none was sent. */
const settledGradeOf = (body: Partial<z.infer<typeof settledGradeBody>>) => ({ override: body.override ?? null });

type Vars = AppEnv["Variables"];
const ctxOf = (v: Vars): CommandContext => ({ now: v.deps.now(), ip: v.ip });

async function presented(v: Vars, id: string) {
  const scope = scopeOf(v.actor, "admissions");
  const e = await findEvent(v.deps.db, scope, id);
  if (!e) throw notFound("活动");
  const names = await schoolNames(v.deps.db, e.schoolId ? [e.schoolId] : []);
  const rerunOf = e.rerunOfId ? await findEvent(v.deps.db, scope, e.rerunOfId) : null;
  // an allocation from the register still to be written: are the grade's students already in classes?
  let settledGrade: SettledGradeView | null = null;
  if (e.kind === "class_allocation" && e.source === "register" && !e.confirmedAt && e.schoolId) {
    if (e.schoolYear !== null && e.grade !== null) {
      const placement = await gradeClassPlacement(v.deps.db, e.schoolId, e.schoolYear, e.grade);
      if (placement.size > 0) {
        const canOverride = v.actor?.role === "section" && v.actor.section === "admissions";
        settledGrade = { studentsInClasses: placement.size, canOverride };
      }
    }
  }
  return presentEvent(e, e.schoolId ? (names.get(e.schoolId) ?? null) : null, rerunOf?.code ?? null, settledGrade);
}

function download(c: Context<AppEnv>, body: string | Buffer, type: string, fileName: string) {
  return c.body(typeof body === "string" ? body : new Uint8Array(body), 200, {
    "content-type": type,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "no-store",
  });
}

async function formOf(c: Context<AppEnv>) {
  if (!/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
    throw badRequest("LIST_NO_FILE", "请以 multipart/form-data 上传 Excel 名单(字段名 file)");
  }
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) throw badRequest("LIST_NO_FILE", "请选择要上传的 Excel 名单(字段名 file)");
  const field = (name: string) => (typeof form[name] === "string" ? (form[name] as string) : "");
  return { bytes: Buffer.from(await file.arrayBuffer()), field };
}

/** Parses the settings fields sent with an upload by a zod schema, as a JSON string in the field "settings". */
function settingsOf<T extends z.ZodType>(schema: T, raw: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw || "{}");
  } catch {
    throw badRequest("VALIDATION_FAILED", "设置内容不是有效的 JSON", [{ field: "settings", message: "格式不正确" }]);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "settings", message: i.message }));
    throw badRequest("VALIDATION_FAILED", details[0]?.message ?? "输入有误", details);
  }
  return parsed.data;
}

const allocationUploadSettings = z.object({
  schoolId: z.uuid().nullable().default(null),
  title,
  eventTime,
  classes: z.number().int().min(1, "至少 1 个班").max(100),
  balance: z.array(z.string().trim().min(1)).max(5).default([]),
  scoreBalancing: z.boolean().default(false),
  headTeachers: z.array(z.string().trim().min(1)).max(100).default([]),
});
const lotteryUploadSettings = lotteryBody.omit({ applicants: true });

const uploadRoute = (path: string, summary: string, file: string, settings: string) =>
  createRoute({
    method: "post",
    path,
    tags,
    summary,
    request: { body: multipartBody(file, { settings: { description: settings } }) },
    responses: { 201: jsonResponse(eventDetail, "已创建(草稿)"), ...writeErrors },
  });
const allocationUploadRoute = uploadRoute(
  "/uploads/allocation",
  "从 Excel 名单创建阳光分班",
  "按阳光分班名单模板填写的 .xlsx 文件",
  "JSON:schoolId、title、eventTime、classes、balance、scoreBalancing、headTeachers",
);
const lotteryUploadRoute = uploadRoute(
  "/uploads/lottery",
  "从 Excel 报名名单创建摇号",
  "按摇号报名名单模板填写的 .xlsx 文件",
  "JSON:与创建摇号相同的设置(不含 applicants)",
);

export function admissionsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // list uploads take up to 5 MB: BODY_LIMITS.admissionsList, enforced by the app on the request body
  app.route("/", zoneRoutes());

  app.openapi(listRoute, async (c) => {
    const rows = await listEvents(c.var.deps.db, c.var.actor, c.req.valid("query"));
    return c.json(
      {
        rows: rows.map((r) => ({
          ...r,
          kind: r.kind as admissions.DrawKind,
          kindLabel: admissions.drawKindLabels[r.kind as admissions.DrawKind] ?? r.kind,
          status: r.status as admissions.DrawStatus,
          statusLabel: admissions.drawStatusLabels[r.status as admissions.DrawStatus] ?? r.status,
          eventTime: r.eventTime.toISOString(),
          confirmedAt: r.confirmedAt?.toISOString() ?? null,
          publishedAt: r.publishedAt?.toISOString() ?? null,
        })),
      },
      200,
    );
  });

  app.openapi(detailRoute, async (c) => c.json(await presented(c.var, c.req.valid("param").id), 200));

  app.openapi(intakeRoute, async (c) => {
    const q = c.req.valid("query");
    const scope = scopeOf(c.var.actor, "admissions");
    if (scope.kind === "school" && scope.schoolId !== q.schoolId) throw notFound("学校");
    if (!(await countySchool(c.var.deps.db, scope.regionCode, q.schoolId))) throw notFound("学校");
    const intake = await gradeIntake(c.var.deps.db, q.schoolId, q.year, q.grade);
    const families = detectMultiples(intake);
    const byFamily = new Map<string, string[]>();
    for (const s of intake) {
      const f = families.get(s.studentId);
      if (f) byFamily.set(f, [...(byFamily.get(f) ?? []), s.name]);
    }
    return c.json(
      {
        total: intake.length,
        boys: intake.filter((s) => s.gender === "M").length,
        girls: intake.filter((s) => s.gender === "F").length,
        specialNeeds: intake.filter((s) => s.specialNeeds).length,
        leftBehind: intake.filter((s) => s.leftBehind).length,
        migrant: intake.filter((s) => s.migrant).length,
        families: [...byFamily].map(([family, members]) => ({ family, members })),
        teachers: await schoolTeachers(c.var.deps.db, q.schoolId, q.year),
        attributes: Object.keys(registerAttributes),
        studentsInClasses: (await gradeClassPlacement(c.var.deps.db, q.schoolId, q.year, q.grade)).size,
      },
      200,
    );
  });

  app.openapi(allocationRoute, async (c) => {
    const body = c.req.valid("json");
    const e = await createAllocationFromRegister(
      c.var.deps.db,
      c.var.actor,
      { ...body, eventTime: new Date(body.eventTime) },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });

  app.openapi(lotteryRoute, async (c) => {
    const body = c.req.valid("json");
    const e = await createLottery(
      c.var.deps.db,
      c.var.actor,
      { ...body, eventTime: new Date(body.eventTime), source: "manual" },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });

  app.openapi(quotaRoute, async (c) => {
    const body = c.req.valid("json");
    const e = await createQuota(
      c.var.deps.db,
      c.var.actor,
      { ...body, eventTime: new Date(body.eventTime) },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });

  app.openapi(allocationUploadRoute, async (c) => {
    authorize(c.var.actor, "write", "admissions");
    const { bytes, field } = await formOf(c);
    const s = settingsOf(allocationUploadSettings, field("settings"));
    const students = await readAllocationList(bytes, s);
    const e = await createAllocationFromList(
      c.var.deps.db,
      c.var.actor,
      { ...s, eventTime: new Date(s.eventTime), students },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });

  app.openapi(lotteryUploadRoute, async (c) => {
    authorize(c.var.actor, "write", "admissions");
    const { bytes, field } = await formOf(c);
    const s = settingsOf(lotteryUploadSettings, field("settings"));
    const applicants = await readLotteryList(
      bytes,
      s.tiers.map((t) => t.tier),
    );
    const e = await createLottery(
      c.var.deps.db,
      c.var.actor,
      { ...s, eventTime: new Date(s.eventTime), applicants, source: "excel" },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });

  app.openapi(templateRoute, async (c) => {
    authorize(c.var.actor, "write", "admissions");
    const which = c.req.valid("param").which;
    const bytes = which === "allocation" ? await allocationTemplate() : await lotteryTemplate();
    return download(
      c,
      bytes,
      XLSX,
      which === "allocation" ? "阳光分班名单模板.xlsx" : "摇号报名名单模板.xlsx",
    ) as never;
  });

  app.openapi(quotaBasesRoute, async (c) => {
    const q = c.req.valid("query");
    const scope = scopeOf(c.var.actor, "admissions");
    if (scope.kind !== "county") throw notFound("指标到校");
    return c.json({ rows: await juniorSchoolBases(c.var.deps.db, scope.regionCode, q.year, q.baseKind) }, 200);
  });

  app.openapi(freezeRoute, async (c) => {
    const { id } = c.req.valid("param");
    await freezeEvent(c.var.deps.db, c.var.actor, id, ctxOf(c.var));
    return c.json(await presented(c.var, id), 200);
  });
  app.openapi(contributeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    await addContribution(c.var.deps.db, c.var.actor, id, body, ctxOf(c.var));
    return c.json(await presented(c.var, id), 200);
  });
  app.openapi(runRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { override } = settledGradeOf(c.req.valid("json"));
    await runEvent(c.var.deps.db, c.var.actor, id, ctxOf(c.var), { override });
    return c.json(await presented(c.var, id), 200);
  });
  app.openapi(confirmRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { override } = settledGradeOf(c.req.valid("json"));
    await confirmAllocation(c.var.deps.db, c.var.actor, id, ctxOf(c.var), { override });
    return c.json(await presented(c.var, id), 200);
  });
  app.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid("param");
    await publishEvent(c.var.deps.db, c.var.actor, id, ctxOf(c.var));
    return c.json(await presented(c.var, id), 200);
  });
  app.openapi(rerunRoute, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const e = await rerunEvent(
      c.var.deps.db,
      c.var.actor,
      id,
      { reason: body.reason, eventTime: new Date(body.eventTime) },
      ctxOf(c.var),
    );
    return c.json(await presented(c.var, e.id), 201);
  });
  app.openapi(deleteRoute, async (c) => {
    await deleteDraft(c.var.deps.db, c.var.actor, c.req.valid("param").id, ctxOf(c.var));
    return c.body(null, 204);
  });

  app.openapi(fileRoute, async (c) => {
    const { id, which } = c.req.valid("param");
    const e = await findEvent(c.var.deps.db, scopeOf(c.var.actor, "admissions"), id);
    if (!e) throw notFound("活动");
    const text = which === "input" ? e.inputText : e.resultText;
    if (!text) throw notFound("结果文件(尚未抽签)");
    return download(c, text, "application/json; charset=utf-8", `${e.code}-${which}.json`) as never;
  });

  app.openapi(classListsRoute, async (c) => {
    const detail = await presented(c.var, c.req.valid("param").id);
    if (!detail.classes) throw notFound("分班结果");
    const county = (await regionName(c.var.deps.db, c.var.actor?.regionCode ?? "")) ?? "";
    const bytes = await classListsWorkbook({
      title: detail.title,
      code: detail.code,
      footer: `${county} ${calendar.beijingDate(c.var.deps.now())}`,
      classes: detail.classes.map((k) => ({
        number: k.number,
        headTeacher: k.headTeacherName,
        students: k.students.map((s) => ({ ...s, gender: s.gender === "女" ? "F" : "M" })),
      })),
    });
    return download(c, bytes, XLSX, `${detail.code}-分班名单.xlsx`) as never;
  });

  return app;
}
