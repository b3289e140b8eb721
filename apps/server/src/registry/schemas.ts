import { z } from "@hono/zod-openapi";

export const schoolSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    locality: z.string(),
    ownership: z.string(),
    status: z.string(),
    principal: z.string().nullable(),
    address: z.string().nullable(),
  })
  .openapi("SchoolSummary");

export const studentRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    gender: z.string(),
    birthDate: z.string(),
    residentIdMasked: z.string().nullable(),
    studentNumber: z.string(),
    schoolId: z.string(),
    schoolName: z.string(),
    grade: z.number(),
    className: z.string().nullable(),
    status: z.string(),
  })
  .openapi("StudentRow");

const sizeSummary = z.object({
  classes: z.number(),
  byCategory: z.object({ normal: z.number(), oversized: z.number(), large: z.number(), super_large: z.number() }),
  largeShare: z.number().nullable(),
});

export const overviewSchema = z
  .object({
    schoolYear: z.number(),
    years: z.array(z.number()),
    scope: z.enum(["county", "school", "classes"]),
    schools: z.object({
      total: z.number(),
      byKindAndLocality: z.array(z.object({ kind: z.string(), locality: z.string(), n: z.number() })),
    }),
    students: z.object({
      total: z.number(),
      byStage: z.array(z.object({ stage: z.string(), n: z.number() })),
      byLocality: z.array(z.object({ locality: z.string(), n: z.number() })),
    }),
    staff: z.object({
      total: z.number(),
      teachers: z.number(),
      byPost: z.array(z.object({ postType: z.string(), n: z.number() })),
    }),
    classes: z.object({
      total: z.number(),
      sizeSummary,
      byStage: z.array(sizeSummary.extend({ stage: z.string() })),
    }),
  })
  .openapi("RegistryOverview");

/** A school of the county directory (names only), e.g. to choose a transfer's destination. */
export const schoolDirectoryEntrySchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string(), locality: z.string() })
  .openapi("SchoolDirectoryEntry");
