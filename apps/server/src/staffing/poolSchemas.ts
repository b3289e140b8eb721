/** Schemas of the pools (人才梯队): recognitions, reserve pool, studios with members, researchers. */
import { z } from "@hono/zod-openapi";
import { isoDate, subjectEnum, text, uuid } from "./schemas";

export const poolsSchema = z
  .object({
    tiers: z.object({ backbone: z.number(), leader: z.number(), master: z.number() }),
    expiringWithinYear: z.number(),
    recognitions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        schoolName: z.string(),
        staffId: z.string(),
        tier: z.string(),
        tierLabel: z.string(),
        level: z.string(),
        levelLabel: z.string(),
        recognisedOn: z.string(),
        expiresOn: z.string().nullable(),
        active: z.boolean(),
      }),
    ),
    reserve: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        schoolName: z.string(),
        joinedOn: z.string(),
        criteria: z.string(),
        assessment: z.string().nullable(),
        assessedOn: z.string().nullable(),
        staffId: z.string(),
        status: z.enum(["active", "left"]),
      }),
    ),
    studios: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        host: z.string(),
        hostStaffId: z.string(),
        subject: z.string(),
        label: z.string(),
        foundedOn: z.string(),
        members: z.number(),
        memberList: z.array(
          z.object({ staffId: z.string(), name: z.string(), schoolName: z.string(), joinedOn: z.string() }),
        ),
        activities: z.array(z.object({ on: z.string(), title: z.string(), participants: z.number() })),
      }),
    ),
    researchers: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        label: z.string(),
        appointedOn: z.string(),
        termEndsOn: z.string().nullable(),
      }),
    ),
    activeResearchers: z.number(),
    reserveActive: z.number(),
    vocationalTeachers: z.number(),
    doubleQualified: z.number(),
    doubleQualifiedShare: z.number().nullable(),
  })
  .openapi("StaffingPools");
export const activityBody = z.object({
  on: isoDate("活动日期"),
  title: text("活动主题", 80),
  participants: z.number().int("参加人数应为整数").min(0, "参加人数不能为负数").max(2000, "参加人数过多,请核对"),
});
export const researcherBody = z.object({
  staffId: uuid("教师"),
  subject: subjectEnum,
  appointedOn: isoDate("聘任日期"),
  termEndsOn: isoDate("任期结束日期").nullable().default(null),
});

const tierEnum = z.enum(["backbone", "leader", "master"], { error: "类别应为骨干教师、学科带头人或名师" });
const levelEnum = z.enum(["county", "city", "province"], { error: "级别应为县级、市级或省级" });
export const recognitionUpdateBody = z.object({
  tier: tierEnum,
  level: levelEnum,
  recognisedOn: isoDate("认定日期"),
  expiresOn: isoDate("到期日期").nullable().default(null),
});
export const recognitionBody = recognitionUpdateBody.extend({ staffId: uuid("教师") });
export const reserveBody = z.object({
  staffId: uuid("教师"),
  joinedOn: isoDate("入库日期"),
  criteria: text("入库条件", 200),
});
export const reserveUpdateBody = z.object({
  criteria: text("入库条件", 200),
  assessment: z.string().trim().max(20, "考核结果不能超过20个字").nullable().default(null),
  assessedOn: isoDate("考核日期").nullable().default(null),
  status: z.enum(["active", "left"], { error: "状态应为在库或已出库" }).default("active"),
});
export const studioBody = z.object({
  name: text("工作室名称", 40),
  hostStaffId: uuid("主持人"),
  subject: subjectEnum,
  foundedOn: isoDate("成立日期"),
});
export const memberBody = z.object({ staffId: uuid("教师"), joinedOn: isoDate("加入日期") });
export const memberParam = z.object({ id: uuid("工作室"), staffId: uuid("教师") });
