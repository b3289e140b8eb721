import { registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

/*
 * Codes are described by core's code lists: the columns hold text, so the routes cast the rows they read to the
 * types below (the register writes only these codes).
 */
const kind = z.enum(registry.schoolKind.codes);
const locality = z.enum(registry.locality.codes);
const stage = z.enum(registry.stage.codes);

export const schoolSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind,
    locality,
    ownership: z.enum(registry.ownership.codes),
    status: z.string(),
    principal: z.string().nullable(),
    address: z.string().nullable(),
  })
  .openapi("SchoolSummary");

export const studentRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    gender: z.enum(registry.gender.codes),
    birthDate: z.string(),
    residentIdMasked: z.string().nullable(),
    studentNumber: z.string(),
    schoolId: z.string(),
    schoolName: z.string(),
    grade: z.number(),
    className: z.string().nullable(),
    status: z.enum(registry.enrollmentStatus.codes),
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
      byKindAndLocality: z.array(z.object({ kind, locality, n: z.number() })),
    }),
    students: z.object({
      total: z.number(),
      byStage: z.array(z.object({ stage, n: z.number() })),
      byLocality: z.array(z.object({ locality, n: z.number() })),
    }),
    staff: z.object({
      total: z.number(),
      teachers: z.number(),
      byPost: z.array(z.object({ postType: z.enum(registry.postType.codes), n: z.number() })),
    }),
    classes: z.object({
      total: z.number(),
      sizeSummary,
      byStage: z.array(sizeSummary.extend({ stage })),
    }),
  })
  .openapi("RegistryOverview");

/** A school of the county directory (names only), e.g. to choose a transfer's destination. */
export const schoolDirectoryEntrySchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind, locality })
  .openapi("SchoolDirectoryEntry");

export type SchoolSummary = z.infer<typeof schoolSummarySchema>;
export type StudentRow = z.infer<typeof studentRowSchema>;
export type RegistryOverview = z.infer<typeof overviewSchema>;
export type SchoolDirectoryEntry = z.infer<typeof schoolDirectoryEntrySchema>;
