/**
 * Response schemas of the balance routes that have a fixed shape (scenarios, published versions), so the OpenAPI
 * document and the web agree. The evaluations themselves are still described as open objects in routes.ts.
 */
import { z } from "@hono/zod-openapi";

/** A saved what-if scenario as listed: its adjustments counted. `stage` is the stored code (primary, junior). */
export const scenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    schoolYear: z.number(),
    stage: z.string(),
    note: z.string(),
    adjustments: z.number(),
    createdByName: z.string(),
    createdAt: z.string(),
  })
  .openapi("BalanceScenarioSummary");

/** A published version of a year and stage, without its figures. */
export const snapshotSummarySchema = z
  .object({
    id: z.string(),
    schoolYear: z.number(),
    stage: z.string(),
    version: z.number(),
    inputsSha256: z.string(),
    note: z.string(),
    publishedByName: z.string(),
    publishedAt: z.string(),
  })
  .openapi("BalanceSnapshotSummary");

/** The published versions of a year and stage, and whether the register still gives the latest one's inputs. */
export const snapshotListSchema = z
  .object({
    rows: z.array(snapshotSummarySchema),
    currentInputsSha256: z.string().nullable(),
    latestMatches: z.boolean().nullable(),
  })
  .openapi("BalanceSnapshotList");
