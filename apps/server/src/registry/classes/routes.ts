import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { type AppEnv, reportDb } from "../../http/context";
import { errorResponses } from "../../http/errors";
import { jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { classSizeSummary, listClasses } from "./store";

const year = z.coerce.number().int("学年应为整数").min(2000).max(2100).optional();
const sizeSummary = z.object({
  classes: z.number(),
  byCategory: z.object({ normal: z.number(), oversized: z.number(), large: z.number(), super_large: z.number() }),
  largeShare: z.number().nullable(),
});

const classRow = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    schoolName: z.string(),
    schoolKind: z.string(),
    schoolYear: z.number(),
    grade: z.number(),
    number: z.number(),
    name: z.string(),
    headTeacherId: z.string().nullable(),
    headTeacherName: z.string().nullable(),
    size: z.number(),
    stage: z.string(),
    sizeCategory: z.enum(["normal", "oversized", "large", "super_large"]),
    standardSize: z.number().nullable(),
  })
  .openapi("ClassRow");

const listRoute = createRoute({
  method: "get",
  path: "/classes",
  tags: ["学籍与基础数据"],
  summary: "班级名单与班额类别",
  request: {
    query: z.object({
      year,
      schoolId: z.uuid("学校编号格式不正确").optional(),
      grade: z.coerce.number().int().min(-3).max(12).optional(),
    }),
  },
  responses: { 200: jsonResponse(z.object({ rows: z.array(classRow) }), "班级"), ...errorResponses },
});

const summaryRoute = createRoute({
  method: "get",
  path: "/class-sizes",
  tags: ["学籍与基础数据"],
  summary: "全县班额统计(大班额、超大班额数量与占比)",
  request: { query: z.object({ year }) },
  responses: {
    200: jsonResponse(
      z.object({
        schoolYear: z.number(),
        county: sizeSummary,
        byStage: z.array(sizeSummary.extend({ stage: z.string() })),
        bySchool: z.array(
          sizeSummary.extend({ schoolId: z.string(), schoolName: z.string(), stage: z.string(), largest: z.number() }),
        ),
      }),
      "班额统计",
    ),
    ...errorResponses,
  },
});

export function classRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const yearOrLatest = async (c: { var: AppEnv["Variables"] }, y: number | undefined) =>
    y ?? (await defaultSchoolYear(c.var.deps.db, c.var.actor, c.var.deps.now()));
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const rows = await listClasses(c.var.deps.db, c.var.actor, { ...q, schoolYear: await yearOrLatest(c, q.year) });
    return c.json({ rows }, 200);
  });
  app.openapi(summaryRoute, async (c) => {
    const y = await yearOrLatest(c, c.req.valid("query").year);
    return c.json(await classSizeSummary(reportDb(c.var.deps), c.var.actor, y), 200);
  });
  return app;
}
