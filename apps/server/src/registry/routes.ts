import { registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { recordAudit } from "../audit/store";
import { authorize, scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { SingleFlightCache } from "../http/singleFlightCache";
import { validationHook } from "../http/validation";
import { writeEpoch } from "../ops/writeSignal";
import { classRoutes } from "./classes/routes";
import {
  overviewSchema,
  type RegistryOverview,
  type SchoolDirectoryEntry,
  type SchoolSummary,
  type StudentRow,
  schoolDirectoryEntrySchema,
  schoolSummarySchema,
  studentRowSchema,
} from "./schemas";
import { schoolRoutes } from "./schools/routes";
import { currentSchoolYear, registrySettings, updateRegistrySettings } from "./settings";
import { staffRoutes } from "./staff/routes";
import {
  defaultSchoolYear,
  listSchools,
  listStudents,
  registryOverview,
  schoolDirectory,
  schoolYears,
  studentResidentIdCipher,
} from "./store";
import { studentRoutes } from "./students/routes";
import { overdueDays } from "./transfers/schemas";

const yearQuery = z.object({
  year: z.coerce.number().int("学年应为整数,如 2025").min(2000, "学年超出范围").max(2100, "学年超出范围").optional(),
});

const overviewRoute = createRoute({
  method: "get",
  path: "/overview",
  tags: ["学籍与基础数据"],
  summary: "全县(或本校、本班)概况",
  request: { query: yearQuery },
  responses: { 200: jsonResponse(overviewSchema, "概况"), ...errorResponses },
});

const schoolsRoute = createRoute({
  method: "get",
  path: "/schools",
  tags: ["学籍与基础数据"],
  summary: "学校名录(按数据范围)",
  responses: { 200: jsonResponse(z.object({ rows: z.array(schoolSummarySchema) }), "学校"), ...errorResponses },
});

const directoryRoute = createRoute({
  method: "get",
  path: "/school-directory",
  tags: ["学籍与基础数据"],
  summary: "全县在办学校目录(选择转入学校等用)",
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.array(schoolDirectoryEntrySchema),
      }),
      "学校目录",
    ),
    ...errorResponses,
  },
});

const studentsRoute = createRoute({
  method: "get",
  path: "/students",
  tags: ["学籍与基础数据"],
  summary: "学生名单(身份证号脱敏)",
  request: {
    query: yearQuery.extend({
      schoolId: z.uuid("学校编号格式不正确").optional(),
      q: z.string().max(50, "搜索词过长").optional(),
      status: z.enum(["all", ...registry.enrollmentStatus.codes], { error: "学籍状态不存在" }).default("enrolled"),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(studentRowSchema), total: z.number() }), "学生"),
    ...errorResponses,
  },
});

const revealRoute = createRoute({
  method: "post",
  path: "/students/{id}/reveal",
  tags: ["学籍与基础数据"],
  summary: "查看完整身份证号(需权限并填写事由,记入审计)",
  request: {
    params: z.object({ id: z.uuid("学生编号格式不正确") }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ reason: z.string().trim().min(4, "请填写查看事由(至少4个字)").max(200, "事由过长") }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(z.object({ residentId: z.string() }), "身份证号"), ...errorResponses },
});

const settingsSchema = z
  .object({
    transferOverdueDays: z.number().openapi({ description: "转学申请超过多少天未接收视为疑似辍学" }),
    currentSchoolYear: z
      .number()
      .openapi({ description: "全县当前学年(2026 即 2026—2027学年):各名录、概况、统计不指定学年时所示" }),
    currentSchoolYearSet: z.boolean().openapi({ description: "false:尚未设定,按日历所在学年" }),
    promotionDate: z.string().nullable().openapi({ description: "本学年升级日期(此日起基础教育股可办理全县升级)" }),
    updatedAt: z.string().nullable(),
  })
  .openapi("RegistrySettings");
const settingsRoute = createRoute({
  method: "get",
  path: "/settings",
  tags: ["学籍与基础数据"],
  summary: "全县学籍参数(转学逾期天数、当前学年、升级日期)",
  responses: { 200: jsonResponse(settingsSchema, "学籍参数"), ...errorResponses },
});
const updateSettingsRoute = createRoute({
  method: "put",
  path: "/settings",
  tags: ["学籍与基础数据"],
  summary: "修改全县学籍参数:转学逾期天数、当前学年、升级日期(基础教育股,记入审计)",
  request: {
    body: jsonBody(
      z
        .object({
          transferOverdueDays: overdueDays.optional(),
          currentSchoolYear: z
            .number({ error: "当前学年应为整数,如 2026" })
            .int("当前学年应为整数,如 2026")
            .min(2000, "当前学年超出范围")
            .max(2100, "当前学年超出范围")
            .optional(),
          promotionDate: z.iso.date({ error: "升级日期格式应为 YYYY-MM-DD" }).nullable().optional(),
        })
        .openapi("RegistrySettingsChange"),
    ),
  },
  responses: { 200: jsonResponse(settingsSchema, "已保存"), ...errorResponses },
});

export function registryRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  type Overview = Awaited<ReturnType<typeof registryOverview>> & { years: number[] };
  const overviewCache = new SingleFlightCache<Overview>(15_000);

  app.openapi(overviewRoute, async (c) => {
    const { db, now } = c.var.deps;
    const actor = c.var.actor;
    const requested = c.req.valid("query").year;
    // Without a year: the county's current school year (学籍参数), the same for everyone whatever a school's data.
    const scope = scopeOf(actor, "registry");
    const year = requested ?? (await currentSchoolYear(db, scope.regionCode, now()));
    // The home page of every user in one scope is the same: computed once per scope and year, 15 s at most old.
    const key = `${JSON.stringify(scope)}:${year}`;
    const overview = await overviewCache.get(
      key,
      now().getTime(),
      async () => {
        const years = await schoolYears(db, actor);
        return { ...(await registryOverview(db, actor, year)), years };
      },
      writeEpoch(db),
    );
    return c.json(overview as RegistryOverview, 200);
  });

  app.openapi(schoolsRoute, async (c) => {
    const rows = await listSchools(c.var.deps.db, c.var.actor);
    return c.json({ rows: rows as SchoolSummary[] }, 200);
  });

  app.openapi(directoryRoute, async (c) =>
    c.json({ rows: (await schoolDirectory(c.var.deps.db, c.var.actor)) as SchoolDirectoryEntry[] }, 200),
  );

  app.openapi(studentsRoute, async (c) => {
    const { db, now } = c.var.deps;
    const q = c.req.valid("query");
    const year = q.year ?? (await defaultSchoolYear(db, c.var.actor, now()));
    const status = q.status === "all" ? undefined : q.status;
    const result = await listStudents(db, c.var.actor, { ...q, status, schoolYear: year });
    return c.json(result as { rows: StudentRow[]; total: number }, 200);
  });

  app.openapi(revealRoute, async (c) => {
    const { db, now, cipher } = c.var.deps;
    const actor = authorize(c.var.actor, "reveal", "registry");
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const found = await studentResidentIdCipher(db, actor, id);
    const residentId = found?.cipher ? cipher.decrypt(found.cipher) : null;
    if (!residentId) throw notFound("学生");
    await recordAudit(db, {
      actor,
      action: "registry.reveal_resident_id",
      targetType: "student",
      targetId: id,
      reason,
      ip: c.var.ip,
      at: now(),
    });
    return c.json({ residentId }, 200);
  });

  app.openapi(settingsRoute, async (c) =>
    c.json(await registrySettings(c.var.deps.db, c.var.actor, c.var.deps.now()), 200),
  );
  app.openapi(updateSettingsRoute, async (c) => {
    const saved = await updateRegistrySettings(c.var.deps.db, c.var.actor, c.req.valid("json"), {
      now: c.var.deps.now(),
      ip: c.var.ip,
    });
    return c.json(saved, 200);
  });

  app.route("/", staffRoutes());
  app.route("/", classRoutes());
  app.route("/", studentRoutes());
  app.route("/", schoolRoutes());
  return app;
}
