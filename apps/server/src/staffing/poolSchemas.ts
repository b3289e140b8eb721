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
        tier: z.string(),
        tierLabel: z.string(),
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
      }),
    ),
    studios: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        host: z.string(),
        label: z.string(),
        foundedOn: z.string(),
        members: z.number(),
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
