/** Schemas of the figures: establishment (编制核定), subject demand (学科结构), structure and retirements. */
import { z } from "@hono/zod-openapi";

export const establishmentSchema = z
  .object({
    schoolYear: z.number(),
    owed: z.number(),
    filled: z.number(),
    nonEstablished: z.number(),
    surplus: z.number(),
    shortage: z.number(),
    balance: z.number(),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        kind: z.string(),
        primary: z.number().nullable(),
        junior: z.number().nullable(),
        senior: z.number().nullable(),
        byClass: z.boolean(),
        special: z.number(),
        boarding: z.number(),
        inclusive: z.number(),
        exact: z.number(),
        owed: z.number(),
        filled: z.number(),
        nonEstablished: z.number(),
        balance: z.number(),
      }),
    ),
  })
  .openapi("StaffingEstablishment");

export const demandSchema = z
  .object({
    schoolYear: z.number(),
    county: z.array(
      z.object({
        subject: z.string(),
        label: z.string(),
        needed: z.number(),
        had: z.number(),
        shortage: z.number(),
        net: z.number(),
        schoolsShort: z.number(),
        usuallyShort: z.boolean(),
      }),
    ),
    schools: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        subject: z.string(),
        label: z.string(),
        needed: z.number(),
        had: z.number(),
        gap: z.number(),
        short: z.boolean(),
      }),
    ),
  })
  .openapi("StaffingDemand");

const counts = z.array(z.object({ code: z.string(), label: z.string(), count: z.number() }));
export const structureSchema = z
  .object({
    schoolYear: z.number(),
    asOf: z.string(),
    total: z.number(),
    aged50: z.number(),
    ageingShare: z.number().nullable(),
    averageAge: z.number().nullable(),
    pyramid: z.array(z.object({ band: z.string(), M: z.number(), F: z.number() })),
    byTitle: counts,
    byQualification: counts,
    byBackbone: counts,
    byGender: counts,
    byLocality: counts,
    byStage: counts,
    bySubject: counts,
    forecast: z.object({
      years: z.array(z.number()),
      county: z.object({ overdue: z.number(), byYear: z.array(z.number()), total: z.number() }),
      rows: z.array(
        z.object({
          schoolId: z.string(),
          schoolName: z.string(),
          subject: z.string().nullable(),
          label: z.string(),
          overdue: z.number(),
          byYear: z.array(z.number()),
          total: z.number(),
        }),
      ),
    }),
  })
  .openapi("StaffingStructure");
