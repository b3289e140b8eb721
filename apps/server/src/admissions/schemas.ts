/**
 * Response schemas of the admissions routes that answer with an event in full (present.ts presentEvent), so the
 * OpenAPI document and the web agree.
 */
import { admissions } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const kind = z.enum(Object.keys(admissions.drawKindLabels) as [admissions.DrawKind]);
const status = z.enum(Object.keys(admissions.drawStatusLabels) as [admissions.DrawStatus]);

/** 招生办's override of a grade already in classes, at the draw or at the writing into the register. */
export const settledOverrideSchema = z
  .object({
    step: z.enum(["run", "confirm"]),
    reason: z.string(),
    studentsInClasses: z.number(),
    studentsChanged: z.number(),
    at: z.string(),
    by: z.string().openapi({ description: "操作账号(仅平台内可见)" }),
  })
  .openapi("DrawSettledOverride");

/** A class of an allocation's result, with its students by code and name. */
export const drawClassSchema = z
  .object({
    number: z.number(),
    headTeacherTeam: z.string().nullable(),
    headTeacherName: z.string().nullable(),
    size: z.number(),
    boys: z.number(),
    girls: z.number(),
    specialNeeds: z.number(),
    students: z.array(z.object({ code: z.string(), name: z.string(), gender: z.string() })),
  })
  .openapi("DrawClass");

/** An applicant of a lottery's result, admitted or waiting, in draw order. */
export const lotteryEntrySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    tier: z.number(),
    family: z.string().nullable(),
    drawPosition: z.number(),
  })
  .openapi("DrawLotteryEntry");

/** The detail's roster summary. */
export const entrySummarySchema = z
  .object({
    total: z.number(),
    boys: z.number(),
    girls: z.number(),
    specialNeeds: z.number(),
    byTier: z.array(z.object({ tier: z.number(), count: z.number() })),
  })
  .openapi("DrawEntrySummary");

/** A quota allocation's result (core QuotaResult). */
export const quotaResultSchema = z
  .object({
    algorithm: z.string(),
    version: z.number(),
    code: z.string(),
    inputDigest: z.string(),
    plan: z.number(),
    sharePercent: z.number(),
    quotaTotal: z.number(),
    totalWeightedBase: z.number(),
    remainderPlaces: z.number(),
    schools: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        base: z.number(),
        rural: z.boolean(),
        weightedBase: z.number(),
        exactNumerator: z.number(),
        exactDenominator: z.number(),
        exact: z.number(),
        floor: z.number(),
        remainderRank: z.number(),
        extra: z.number(),
        places: z.number(),
        admitted: z.array(z.string()),
        eligible: z.number(),
        returned: z.number(),
      }),
    ),
    returnedPlaces: z.number(),
    openPlaces: z.number(),
  })
  .openapi("DrawQuotaResult");

/** An event in full for readers within scope (present.ts presentEvent). */
export const eventDetailSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    kind,
    kindLabel: z.string(),
    title: z.string(),
    status,
    statusLabel: z.string(),
    schoolId: z.string().nullable(),
    schoolName: z.string().nullable(),
    schoolYear: z.number().nullable(),
    grade: z.number().nullable(),
    source: z.enum(["register", "excel", "manual"]),
    algorithm: z.string(),
    algorithmVersion: z.number(),
    eventTime: z.string(),
    inputDigest: z.string(),
    seed: z.string().nullable(),
    resultDigest: z.string().nullable(),
    frozenAt: z.string().nullable(),
    drawnAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    rerunOfId: z.string().nullable(),
    rerunReason: z.string().nullable(),
    settledOverrides: z.array(settledOverrideSchema),
    rerunOfCode: z.string().nullable(),
    settledGrade: z
      .object({ studentsInClasses: z.number(), canOverride: z.boolean() })
      .nullable()
      .openapi({ description: "从学籍分班且尚未写回时,该年级已分班的学生数与能否覆盖;其他情况为 null" }),
    settings: z.record(z.string(), z.unknown()),
    warnings: z.array(z.string()),
    entries: entrySummarySchema,
    families: z.array(
      z.object({
        family: z.string(),
        choice: z.enum(["together", "apart"]).nullable(),
        members: z.array(z.object({ code: z.string(), name: z.string() })),
      }),
    ),
    teams: z.array(z.object({ code: z.string(), name: z.string() })),
    contributions: z.array(z.object({ role: z.string(), name: z.string(), value: z.string(), enteredAt: z.string() })),
    roster: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        gender: z.string().optional().openapi({ description: "分班活动" }),
        tier: z.number().nullable().optional().openapi({ description: "摇号活动" }),
        family: z.string().nullable(),
      }),
    ),
    classes: z.array(drawClassSchema).nullable(),
    lottery: z
      .object({ placesLeft: z.number(), admitted: z.array(lotteryEntrySchema), waiting: z.array(lotteryEntrySchema) })
      .nullable(),
    quota: quotaResultSchema.nullable(),
  })
  .openapi("DrawEvent");
