/** Schemas of the rates (入学率、巩固率) and the records behind a figure. */
import { z } from "@hono/zod-openapi";
import { schoolYear } from "./schemaKit";

// ---------------------------------------------------------------- rates

const ratioSchema = z
  .object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable(), capped: z.boolean() })
  .openapi("RetentionRatio");

const cohortSchema = z.object({
  entryYear: z.number(),
  finalYear: z.number(),
  intake: z.number(),
  transfersIn: z.number(),
  transfersOut: z.number(),
  deceased: z.number(),
  graduates: z.number(),
  retention: ratioSchema,
});

export const unitRatesSchema = z.object({
  unit: z.string(),
  name: z.string(),
  primaryRetention: cohortSchema.nullable(),
  juniorRetention: cohortSchema.nullable(),
  primaryNet: ratioSchema.nullable(),
  juniorGross: ratioSchema.nullable(),
  compulsory: ratioSchema.nullable(),
});

export const yearRatesSchema = z.object({
  schoolYear: z.number(),
  county: unitRatesSchema.extend({ nineYear: ratioSchema }),
  towns: z.array(unitRatesSchema),
  schools: z.array(unitRatesSchema),
});

export const ratesSchema = z
  .object({
    countyName: z.string(),
    computedAt: z.string().nullable(),
    schoolYear: z.number(),
    years: z.array(yearRatesSchema),
    sentence: z.string(),
    method: z.array(z.string()),
  })
  .openapi("RetentionRates");

export const recordsQuery = z.object({
  schoolYear: schoolYear,
  rate: z.enum(["primaryRetention", "juniorRetention", "nineYear", "primaryNet", "juniorGross", "compulsory"], {
    error: "指标不存在",
  }),
  /** county | a township code | a school id */
  unit: z.string().trim().min(1, "请选择单位").max(40),
});

export const recordsSchema = z
  .object({
    title: z.string(),
    numeratorLabel: z.string(),
    denominatorLabel: z.string(),
    rows: z.array(
      z.object({
        nameMasked: z.string(),
        reference: z.string(),
        schoolName: z.string().nullable(),
        role: z.string(),
        inNumerator: z.boolean(),
        inDenominator: z.boolean(),
      }),
    ),
    truncated: z.boolean(),
  })
  .openapi("RetentionRecords");

export const pupilSchema = z.object({
  studentId: z.string(),
  name: z.string(),
  grade: z.number(),
});
