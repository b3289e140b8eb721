import { registry } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/context";
import { errorResponses, notFound } from "../../http/errors";
import { jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { createStaff, markStaffLeft, updateStaff } from "./commands";
import { listStaff, staffDetail } from "./store";

const staffRow = z
  .object({
    id: z.string(),
    staffNumber: z.string(),
    name: z.string(),
    gender: z.string(),
    birthDate: z.string(),
    residentIdMasked: z.string().nullable(),
    ethnicity: z.string(),
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
    fullTime: z.boolean(),
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

const idParam = z.object({ id: z.uuid("教职工编号格式不正确") });
const isoDate = z.iso.date("日期格式应为 YYYY-MM-DD,如 2015-08-28");
const schoolYear = z
  .number({ error: "请选择学年" })
  .int("学年应为整数")
  .min(2000, "学年超出范围")
  .max(2100, "学年超出范围");
const name = z.string().trim().min(2, "请填写姓名(至少2个字)").max(40, "姓名过长");
const ethnicity = z.string().trim().min(2, "请填写民族,如 汉族").max(10, "民族名称过长");

/** The employment fields of a school year, shared by the create and edit bodies. */
const employmentFields = {
  schoolId: z.uuid("请选择学校"),
  postType: z.enum(registry.postType.codes, { error: "请选择岗位类别" }),
  establishment: z.enum(registry.establishment.codes, { error: "请选择编制类型:在编、合同制或代课" }),
  subject: z.enum(registry.subject.codes, { error: "任教学科不存在" }).nullable(),
  stageTaught: z.enum(registry.stage.codes, { error: "任教学段不存在" }).nullable(),
  qualification: z.enum(registry.qualification.codes, { error: "请选择最高学历" }),
  title: z.enum(registry.professionalTitle.codes, { error: "请选择职称,未评选「未评」" }),
  backboneLevel: z.enum(registry.backboneLevel.codes, { error: "骨干教师级别不存在" }),
  hasCertificate: z.boolean({ error: "教师资格证应为有或无" }),
  fullTime: z.boolean({ error: "专职应为是或否" }),
  status: z.enum(registry.settableEmploymentStatuses, {
    error: "任职状态应为在岗、离岗或退休;调离请用「标记调离」",
  }),
};

const createBody = z
  .object({
    name,
    ethnicity,
    residentId: z.string().trim().min(1, "请填写身份证号"),
    staffNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z-]{4,20}$/, "教职工编号应为4–20位数字或字母,或留空由系统编号")
      .nullable(),
    schoolYear,
    hireDate: isoDate.nullable(),
    ...employmentFields,
  })
  .openapi("NewStaff");

const updateBody = z
  .object({ name, ethnicity, hireDate: isoDate.nullable(), ...employmentFields })
  .partial()
  .extend({ schoolYear })
  .openapi("StaffChanges");

const leaveBody = z
  .object({
    schoolYear,
    on: isoDate,
    reason: z.string().trim().min(2, "请填写调离原因,如 调往某某学校、辞职、退休").max(200, "原因过长"),
  })
  .openapi("StaffLeft");

const createRouteDef = createRoute({
  method: "post",
  path: "/staff",
  tags: ["学籍与基础数据"],
  summary: "登记教职工(人事股或本校;出生日期、性别取自身份证号)",
  request: { body: jsonBody(createBody) },
  responses: {
    201: jsonResponse(z.object({ id: z.string(), staffNumber: z.string() }), "已登记"),
    ...errorResponses,
  },
});
const updateRouteDef = createRoute({
  method: "patch",
  path: "/staff/{id}",
  tags: ["学籍与基础数据"],
  summary: "修改教职工信息及某学年任职信息(身份信息除外)",
  request: { params: idParam, body: jsonBody(updateBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "已修改"), ...errorResponses },
});
const leaveRouteDef = createRoute({
  method: "post",
  path: "/staff/{id}/leave",
  tags: ["学籍与基础数据"],
  summary: "标记教职工调离(不删除,保留任职经历)",
  request: { params: idParam, body: jsonBody(leaveBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "已标记调离"), ...errorResponses },
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
  app.openapi(createRouteDef, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const created = await createStaff(db, c.var.actor, c.req.valid("json"), { cipher, now: now(), ip: c.var.ip });
    return c.json(created, 201);
  });
  app.openapi(updateRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    const { schoolYear: year, ...changes } = c.req.valid("json");
    await updateStaff(c.var.deps.db, c.var.actor, id, year, changes, { now: c.var.deps.now(), ip: c.var.ip });
    return c.json({ id }, 200);
  });
  app.openapi(leaveRouteDef, async (c) => {
    const { id } = c.req.valid("param");
    await markStaffLeft(c.var.deps.db, c.var.actor, id, c.req.valid("json"), { now: c.var.deps.now(), ip: c.var.ip });
    return c.json({ id }, 200);
  });
  return app;
}
