/**
 * Request and response schemas of the workforce routes (教师队伍): the shared field helpers, the settings and the
 * overview. Each sub-capability keeps its own beside it (figureSchemas, recruitmentSchemas, trainingSchemas,
 * rotationSchemas, poolSchemas).
 */
import { registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

export const uuid = (what: string) => z.uuid(`${what}编号格式不正确`);
export const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD,例如 2026-09-01` });
export const text = (what: string, max: number, min = 1) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(min, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字`);
export const subjectEnum = z.enum(registry.subject.codes, { error: "学科不存在,请从列表中选择" });

export const idParam = z.object({ id: uuid("记录") });
export const yearQuery = z.object({
  schoolYear: z.coerce
    .number({ error: "学年应为四位年份" })
    .int("学年应为四位年份")
    .min(2000, "学年应为四位年份,例如 2026")
    .max(2100, "学年应为四位年份,例如 2026")
    .optional(),
});
export const schoolYearQuery = yearQuery.extend({ schoolId: uuid("学校").optional() });

export const rounding = z.enum(["round", "ceil", "floor"], { error: "取整方式应为四舍五入、向上取整或向下取整" });
const stageNumbers = (what: string) =>
  z.object({
    primary: z.number({ error: `请填写小学${what}` }),
    junior: z.number({ error: `请填写初中${what}` }),
    senior: z.number({ error: `请填写高中${what}` }),
  });

export const settingsSchema = z
  .object({
    province: z.string().trim().max(30, "省份名称不能超过30个字"),
    fromYear: z.number().int("适用年份应为整数").min(2000, "适用年份应为四位年份").max(2100, "适用年份应为四位年份"),
    studentsPerPost: stageNumbers("生师比"),
    postsPerClass: stageNumbers("班师比"),
    smallSchoolStudents: z.number().int().min(0, "小规模学校人数不能为负数"),
    boardingStudentsPerPost: z.number().min(0, "寄宿生核编人数不能为负数"),
    specialStudentsPerPost: z.number().min(0, "特教生师比不能为负数"),
    inclusiveStudentsPerPost: z.number().min(0, "随班就读核编人数不能为负数"),
    postRounding: rounding,
    fullWorkload: stageNumbers("满工作量"),
    curriculum: z.record(z.string(), z.record(z.string(), z.number().min(0, "周课时不能为负数"))),
    retirementsPerRecruit: z.number().int("补充比例应为整数").min(1, "补充比例至少为 1(退一补一)"),
    recruitRounding: rounding,
    forecastYears: z.number().int().min(1, "退休预测至少 1 年").max(10, "退休预测最多 10 年"),
    cycleHours: z.number().min(1, "周期学时须大于 0"),
    cycleStartYear: z.number().int().min(2000, "周期起始年应为四位年份").max(2100, "周期起始年应为四位年份"),
    schoolBasedMaxShare: z.number().min(0, "校本研修比例在 0 到 1 之间").max(1, "校本研修比例在 0 到 1 之间"),
    rotationYears: z.number().int().min(1, "交流年限至少 1 年"),
    principalTermYears: z.number().int().min(1, "校长任期至少 1 年"),
    rotationMinShare: z.number().min(0, "交流比例在 0 到 1 之间").max(1, "交流比例在 0 到 1 之间"),
    rotationBackboneMinShare: z.number().min(0, "骨干比例在 0 到 1 之间").max(1, "骨干比例在 0 到 1 之间"),
  })
  .openapi("StaffingSettings");

export const settingsResponse = z
  .object({
    settings: settingsSchema,
    stored: z.boolean(),
    history: z.array(z.object({ fromYear: z.number(), province: z.string(), updatedAt: z.string() })),
  })
  .openapi("StaffingSettingsView");

const sentence = z.object({ text: z.string(), link: z.string() });

export const overviewSchema = z
  .object({
    schoolYear: z.number(),
    today: z.string(),
    countyName: z.string(),
    rule: z.object({
      retirementsPerRecruit: z.number(),
      recruitRounding: rounding,
      postRounding: rounding,
      province: z.string(),
      fromYear: z.number(),
    }),
    establishment: z.object({
      owed: z.number(),
      filled: z.number(),
      nonEstablished: z.number(),
      surplus: z.number(),
      shortage: z.number(),
      balance: z.number(),
      schoolsShort: z.number(),
      schoolsOver: z.number(),
      schools: z.number(),
    }),
    shortages: z.array(
      z.object({ subject: z.string(), label: z.string(), shortage: z.number(), schoolsShort: z.number() }),
    ),
    structure: z.object({
      total: z.number(),
      aged50: z.number(),
      ageingShare: z.number().nullable(),
      averageAge: z.number().nullable(),
    }),
    forecast: z.object({ years: z.array(z.number()), byYear: z.array(z.number()), overdue: z.number() }),
    plan: z
      .object({ status: z.string(), retirements: z.number(), proposed: z.number(), quantity: z.number() })
      .nullable(),
    proposal: z.object({
      retirements: z.number(),
      replacement: z.number(),
      forShortage: z.number(),
      proposed: z.number(),
    }),
    training: z.object({
      cycleStart: z.string(),
      cycleEnd: z.string(),
      total: z.number(),
      complete: z.number(),
      behind: z.number(),
      rate: z.number().nullable(),
      nationalParticipants: z.number(),
      provincialParticipants: z.number(),
    }),
    rotation: z.object({
      eligible: z.number(),
      target: z.number(),
      rotating: z.number(),
      backboneRotating: z.number(),
      backboneTarget: z.number(),
      share: z.number().nullable(),
      met: z.boolean(),
      backboneMet: z.boolean(),
    }),
    pools: z.object({
      backbone: z.number(),
      leader: z.number(),
      master: z.number(),
      reserve: z.number(),
      studios: z.number(),
      researchers: z.number(),
      doubleQualifiedShare: z.number().nullable(),
    }),
    sentences: z.array(sentence),
  })
  .openapi("StaffingOverview");
