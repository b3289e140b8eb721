import { calendar } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/context";
import { errorResponses, notFound } from "../../http/errors";
import { jsonBody, jsonResponse } from "../../http/openapi";
import { validationHook } from "../../http/validation";
import { registrySettings } from "../settings";
import { presentTransfer, transferRowSchema } from "../transfers/schemas";
import { pendingTransferOfStudent } from "../transfers/store";
import { createStudent, updateStudent } from "./commands";
import { studentDetail } from "./store";

const idParam = z.object({ id: z.uuid("学生编号格式不正确") });
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, "电话号码格式不正确,手机为11位数字,座机如 0479-1234567")
  .nullable();

const flags = {
  householdType: z.enum(["urban", "rural"], { error: "户口性质应为城镇或农村" }),
  leftBehind: z.boolean({ error: "留守儿童应为是或否" }),
  migrant: z.boolean({ error: "随迁子女应为是或否" }),
  disability: z.string().trim().max(20).nullable(),
  disabilityPlacement: z.enum(["随班就读", "特教学校", "送教上门"], { error: "安置方式不存在" }).nullable(),
  orphan: z.boolean(),
  povertyRegistered: z.boolean(),
  dibao: z.boolean(),
  address: z.string().trim().max(200, "地址过长").nullable(),
  guardianName: z.string().trim().max(40, "监护人姓名过长").nullable(),
  guardianPhone: phone,
};
const name = z.string().trim().min(1, "请填写姓名").max(40, "姓名过长");
const ethnicity = z.string().trim().min(2, "请填写民族,如 汉族").max(10, "民族名称过长");

const createBody = z
  .object({
    name,
    ethnicity,
    residentId: z.string().trim().min(1, "请填写身份证号"),
    schoolId: z.uuid("请选择学校"),
    schoolYear: z.number().int().min(2000).max(2100),
    grade: z.number().int().min(-3, "年级超出范围").max(12, "年级超出范围"),
    classId: z.uuid("班级编号格式不正确").nullable(),
    ...flags,
  })
  .openapi("NewStudent");

const updateBody = z
  .object({ name, ethnicity, ...flags })
  .partial()
  .openapi("StudentChanges");

const detailSchema = z
  .object({
    student: z.object({
      id: z.string(),
      name: z.string(),
      gender: z.string(),
      birthDate: z.string(),
      ethnicity: z.string(),
      residentIdMasked: z.string().nullable(),
      studentNumber: z.string(),
      householdType: z.string(),
      householdInCounty: z.boolean(),
      leftBehind: z.boolean(),
      migrant: z.boolean(),
      disability: z.string().nullable(),
      disabilityPlacement: z.string().nullable(),
      orphan: z.boolean(),
      povertyRegistered: z.boolean(),
      dibao: z.boolean(),
      address: z.string().nullable(),
      guardianName: z.string().nullable(),
      guardianPhone: z.string().nullable(),
    }),
    enrollments: z.array(
      z.object({
        schoolYear: z.number(),
        schoolId: z.string(),
        schoolName: z.string(),
        grade: z.number(),
        classId: z.string().nullable(),
        className: z.string().nullable(),
        status: z.string(),
        enteredOn: z.string().nullable(),
        leftOn: z.string().nullable(),
        fromSchoolId: z.string().nullable(),
        toSchoolId: z.string().nullable(),
      }),
    ),
    /** the transfer waiting for the receiving school (转学中), with its days waited; null when none */
    pendingTransfer: transferRowSchema.nullable(),
  })
  .openapi("StudentDetail");

const detailRoute = createRoute({
  method: "get",
  path: "/students/{id}",
  tags: ["学籍与基础数据"],
  summary: "学生详情与学籍变动经历(个人信息脱敏)",
  request: { params: idParam },
  responses: { 200: jsonResponse(detailSchema, "学生"), ...errorResponses },
});
const createStudentRoute = createRoute({
  method: "post",
  path: "/students",
  tags: ["学籍与基础数据"],
  summary: "登记学生(出生日期、性别取自身份证号)",
  request: { body: jsonBody(createBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "已登记"), ...errorResponses },
});
const updateRoute = createRoute({
  method: "patch",
  path: "/students/{id}",
  tags: ["学籍与基础数据"],
  summary: "修改学生信息(身份信息除外)",
  request: { params: idParam, body: jsonBody(updateBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "已修改"), ...errorResponses },
});

export function studentRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(detailRoute, async (c) => {
    const { db, now } = c.var.deps;
    const found = await studentDetail(db, c.var.actor, c.req.valid("param").id);
    if (!found || !c.var.actor) throw notFound("学生");
    const pending = await pendingTransferOfStudent(db, found.student.id);
    const days = pending ? (await registrySettings(db, c.var.actor, now())).transferOverdueDays : 0;
    const pendingTransfer = pending
      ? presentTransfer(pending, c.var.actor, { today: calendar.beijingDate(now()), days })
      : null;
    return c.json({ ...found, pendingTransfer }, 200);
  });
  app.openapi(createStudentRoute, async (c) => {
    const { db, cipher, now } = c.var.deps;
    const created = await createStudent(db, c.var.actor, c.req.valid("json"), { cipher, now: now(), ip: c.var.ip });
    return c.json(created, 201);
  });
  app.openapi(updateRoute, async (c) => {
    const { db, now } = c.var.deps;
    const { id } = c.req.valid("param");
    await updateStudent(db, c.var.actor, id, c.req.valid("json"), { now: now(), ip: c.var.ip });
    return c.json({ id }, 200);
  });
  return app;
}
