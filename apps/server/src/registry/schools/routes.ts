import { registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/context";
import { errorResponses, notFound } from "../../http/errors";
import { jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { createSchool, recordSchoolEvent, reportConditions, updateSchool } from "./commands";
import { listConditions, schoolDetail } from "./store";

const idParam = z.object({ id: z.uuid("学校编号格式不正确") });
const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD");
const nonNegative = (label: string) => z.number({ error: `${label}应为数字` }).min(0, `${label}不能为负数`);
const count = (label: string) =>
  z
    .number({ error: `${label}应为整数` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`);

const schoolFields = z
  .object({
    code: z.string().regex(/^\d{10}$/, "学校标识码应为10位数字"),
    name: z.string().trim().min(2, "请填写学校名称").max(60, "学校名称过长"),
    kind: z.enum(registry.schoolKind.codes, { error: "办学类型不存在" }),
    locality: z.enum(registry.locality.codes, { error: "城乡分类应为城区、镇区或乡村" }),
    ownership: z.enum(registry.ownership.codes, { error: "办学性质应为公办或民办" }),
    address: z.string().trim().max(200).nullable(),
    principal: z.string().trim().max(40).nullable(),
    phone: z.string().trim().max(20).nullable(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    openedOn: isoDate.nullable(),
  })
  .openapi("SchoolFields");

const eventBody = z
  .discriminatedUnion(
    "kind",
    [
      z.object({
        kind: z.literal("renamed"),
        on: isoDate,
        newName: z.string().trim().min(2).max(60),
        note: z.string().max(200).optional(),
      }),
      z.object({
        kind: z.literal("relocated"),
        on: isoDate,
        newAddress: z.string().trim().min(2).max(200),
        note: z.string().max(200).optional(),
      }),
      z.object({
        kind: z.literal("merged"),
        on: isoDate,
        intoSchoolId: z.uuid("请选择并入学校"),
        note: z.string().max(200).optional(),
      }),
      z.object({ kind: z.literal("closed"), on: isoDate, note: z.string().max(200).optional() }),
    ],
    { error: "变更类型应为更名、搬迁、合并或撤销" },
  )
  .openapi("SchoolEvent");

const conditionBody = z
  .object({
    buildingArea: nonNegative("校舍建筑面积"),
    teachingArea: nonNegative("教学及辅助用房面积"),
    sportsArea: nonNegative("体育运动场馆面积"),
    equipmentValueFen: count("教学仪器设备值(分)"),
    books: count("图书册数"),
    studentComputers: count("学生用计算机台数"),
    multimediaRooms: count("网络多媒体教室数"),
    musicRooms: count("音乐专用教室数"),
    musicRoomArea: nonNegative("音乐专用教室面积"),
    artRooms: count("美术专用教室数"),
    artRoomArea: nonNegative("美术专用教室面积"),
    reason: z.string().trim().min(4, "更正原因至少4个字").max(200).optional(),
  })
  .refine((c) => c.teachingArea <= c.buildingArea, {
    message: "教学及辅助用房面积不能大于校舍建筑面积",
    path: ["teachingArea"],
  })
  .openapi("SchoolConditions");

const anySchool = z.record(z.string(), z.unknown());

const detailRoute = createRoute({
  method: "get",
  path: "/schools/{id}",
  tags: ["学籍与基础数据"],
  summary: "学校详情:沿革、逐年办学条件与规模",
  request: { params: idParam },
  responses: {
    200: jsonResponse(
      z.object({
        school: anySchool,
        events: z.array(anySchool),
        conditions: z.array(anySchool),
        years: z.array(
          z.object({ schoolYear: z.number(), classes: z.number(), students: z.number(), staff: z.number() }),
        ),
      }),
      "学校",
    ),
    ...errorResponses,
  },
});
const createSchoolRoute = createRoute({
  method: "post",
  path: "/schools",
  tags: ["学籍与基础数据"],
  summary: "新增学校(基础教育股)",
  request: { body: jsonBody(schoolFields) },
  responses: { 201: jsonResponse(anySchool, "已新增"), ...errorResponses },
});
const updateRoute = createRoute({
  method: "patch",
  path: "/schools/{id}",
  tags: ["学籍与基础数据"],
  summary: "修改学校联系信息(名称、地址、状态通过沿革变更)",
  request: {
    params: idParam,
    body: jsonBody(
      schoolFields
        .pick({ principal: true, phone: true, latitude: true, longitude: true, locality: true, ownership: true })
        .partial(),
    ),
  },
  responses: { 200: jsonResponse(anySchool, "已修改"), ...errorResponses },
});
const eventRoute = createRoute({
  method: "post",
  path: "/schools/{id}/events",
  tags: ["学籍与基础数据"],
  summary: "登记学校更名、搬迁、合并、撤销(保留历史)",
  request: { params: idParam, body: jsonBody(eventBody) },
  responses: { 201: jsonResponse(anySchool, "已登记"), ...errorResponses },
});
const conditionsRoute = createRoute({
  method: "get",
  path: "/conditions",
  tags: ["学籍与基础数据"],
  summary: "各校办学条件(某学年9月1日)",
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
  responses: {
    200: jsonResponse(z.object({ schoolYear: z.number(), rows: z.array(anySchool) }), "办学条件"),
    ...errorResponses,
  },
});
const reportRoute = createRoute({
  method: "put",
  path: "/schools/{id}/conditions/{year}",
  tags: ["学籍与基础数据"],
  summary: "填报或更正某学年办学条件(更正须填写原因)",
  request: {
    params: idParam.extend({ year: z.coerce.number().int("学年应为整数").min(2000).max(2100) }),
    body: jsonBody(conditionBody),
  },
  responses: { 200: jsonResponse(anySchool, "已保存"), ...errorResponses },
});

export function schoolRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ctx = (c: { var: AppEnv["Variables"] }) => ({ now: c.var.deps.now(), ip: c.var.ip });
  app.openapi(detailRoute, async (c) => {
    const found = await schoolDetail(c.var.deps.db, c.var.actor, c.req.valid("param").id);
    if (!found) throw notFound("学校");
    return c.json(found, 200);
  });
  app.openapi(createSchoolRoute, async (c) =>
    c.json(await createSchool(c.var.deps.db, c.var.actor, c.req.valid("json"), ctx(c)), 201),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(await updateSchool(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), ctx(c)), 200),
  );
  app.openapi(eventRoute, async (c) =>
    c.json(
      await recordSchoolEvent(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), ctx(c)),
      201,
    ),
  );
  app.openapi(conditionsRoute, async (c) => {
    const { db, now } = c.var.deps;
    const year = c.req.valid("query").year ?? (await defaultSchoolYear(db, c.var.actor, now()));
    const rows = await listConditions(db, c.var.actor, year);
    return c.json(
      {
        schoolYear: year,
        rows: rows.map(({ condition, ...school }) => ({ ...condition, ...school, reported: condition !== null })),
      },
      200,
    );
  });
  app.openapi(reportRoute, async (c) => {
    const { id, year } = c.req.valid("param");
    const { reason, ...fields } = c.req.valid("json");
    return c.json(await reportConditions(c.var.deps.db, c.var.actor, id, year, fields, { ...ctx(c), reason }), 200);
  });
  return app;
}
