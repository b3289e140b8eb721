import { registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/context";
import { errorResponses, notFound } from "../../http/errors";
import { jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { listStaff, staffDetail } from "./store";

const staffRow = z
  .object({
    id: z.string(),
    staffNumber: z.string(),
    name: z.string(),
    gender: z.string(),
    birthDate: z.string(),
    residentIdMasked: z.string().nullable(),
    hireDate: z.string().nullable(),
    schoolId: z.string(),
    schoolName: z.string(),
    schoolYear: z.number(),
    postType: z.string(),
    establishment: z.string(),
    subject: z.string().nullable(),
    stageTaught: z.string().nullable(),
    qualification: z.string(),
    title: z.string(),
    backboneLevel: z.string(),
    hasCertificate: z.boolean(),
    status: z.string(),
    retirementDate: z.string(),
  })
  .openapi("StaffRow");

const listRoute = createRoute({
  method: "get",
  path: "/staff",
  tags: ["学籍与基础数据"],
  summary: "教职工名单(身份证号脱敏,含法定退休日期)",
  request: {
    query: z.object({
      year: z.coerce.number().int().min(2000).max(2100).optional(),
      schoolId: z.uuid("学校编号格式不正确").optional(),
      postType: z.enum(registry.postType.codes, { error: "岗位类别不存在" }).optional(),
      subject: z.enum(registry.subject.codes, { error: "学科不存在" }).optional(),
      q: z.string().max(50, "搜索词过长").optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200, "每页最多200条").default(20),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(staffRow), total: z.number() }), "教职工"),
    ...errorResponses,
  },
});

const detailRoute = createRoute({
  method: "get",
  path: "/staff/{id}",
  tags: ["学籍与基础数据"],
  summary: "教职工详情:任职经历与任课",
  request: { params: z.object({ id: z.uuid("教职工编号格式不正确") }) },
  responses: {
    200: jsonResponse(
      z.object({
        staff: staffRow,
        employments: z.array(
          z.object({
            schoolYear: z.number(),
            schoolId: z.string(),
            schoolName: z.string(),
            postType: z.string(),
            subject: z.string().nullable(),
            title: z.string(),
            qualification: z.string(),
            backboneLevel: z.string(),
            status: z.string(),
          }),
        ),
        classes: z.array(
          z.object({ classId: z.string(), className: z.string(), grade: z.number(), subject: z.string() }),
        ),
      }),
      "教职工详情",
    ),
    ...errorResponses,
  },
});

export function staffRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listRoute, async (c) => {
    const { db, now } = c.var.deps;
    const q = c.req.valid("query");
    const year = q.year ?? (await defaultSchoolYear(db, c.var.actor, now()));
    return c.json(await listStaff(db, c.var.actor, { ...q, schoolYear: year }), 200);
  });
  app.openapi(detailRoute, async (c) => {
    const found = await staffDetail(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    if (!found) throw notFound("教职工");
    return c.json(found, 200);
  });
  return app;
}
