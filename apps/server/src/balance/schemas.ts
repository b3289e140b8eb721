/**
 * Response schemas of the balance routes (evaluations, trend, a school's page, scenarios, published versions), so the
 * OpenAPI document and the web agree.
 */
import { balance, registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const stage = z.enum(["primary", "junior"]);

/** A row read from a table whose `stage` text column holds a balance stage (only these codes are written to it). */
export type Staged<T extends { stage: string }> = Omit<T, "stage"> & { stage: balance.BalanceStage };

/** A saved what-if scenario as listed: its adjustments counted. */
export const scenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    schoolYear: z.number(),
    stage,
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
    stage,
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

/** An object with one field per key (an indicator code), each of the same schema. */
const keyed = <K extends string, T extends z.ZodType>(keys: readonly K[], value: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);

const quality = z.enum(balance.qualityIndicators);
const indicator = z.enum([...balance.qualityIndicators, ...balance.basicIndicators]);
const allIndicators = [...balance.qualityIndicators, ...balance.basicIndicators];
const method = z.object({ quality: z.string(), basic: z.string(), coefficient: z.string() });
const exclusionReason = z.enum(["special", "vocational", "small_teaching_point"]);

/** An indicator's result: the weighted coefficient's parts, its limit and whether it passes. */
export const indicatorRowSchema = z
  .object({
    indicator,
    name: z.string(),
    shortName: z.string(),
    unit: z.string(),
    digits: z.number(),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    cv: z.number().nullable(),
    noDataReason: z.string().nullable(),
    schools: z.number(),
    limit: z.number().nullable().openapi({ description: "县级限值(优质均衡指标);基本均衡指标只有综合限值,为 null" }),
    passed: z.boolean().nullable(),
    missing: z.number(),
  })
  .openapi("BalanceIndicatorRow");

/** What a school must add to reach one standard. */
export const shortfallSchema = z
  .object({
    indicator: quality,
    amount: z.number(),
    unit: z.enum(["人", "m²", "元", "间"]),
    description: z.string(),
  })
  .openapi("BalanceShortfall");

/** One school's standing: values, value ÷ standard, standards met, the per-school rule and the shortfall. */
export const schoolStandingSchema = z
  .object({
    schoolId: z.string(),
    name: z.string(),
    kind: z.enum(registry.schoolKind.codes),
    locality: z.enum(registry.locality.codes),
    students: z.number(),
    stockShare: z.number(),
    teachers: z.number(),
    values: keyed(allIndicators, z.number().nullable()),
    ratios: keyed(balance.qualityIndicators, z.number().nullable()),
    met: z.array(quality),
    metCount: z.number(),
    passes: z.boolean().nullable(),
    shortfalls: z.array(shortfallSchema),
    missingConditions: z.boolean(),
  })
  .openapi("BalanceSchoolStanding");

const standards = keyed(balance.qualityIndicators, z.number());

/** A stage's evaluation (balance/present.ts presentEvaluation). */
export const evaluationSchema = z
  .object({
    schoolYear: z.number(),
    stage,
    asOf: z.string(),
    method,
    standards,
    rule: z.object({
      schoolMinimumMet: z.number(),
      schoolRemainderShare: z.number(),
      qualificationAbove: z.enum(registry.qualification.codes),
      stageWeights: z.object({ primary: z.number(), junior: z.number(), senior: z.number() }),
    }),
    students: z.number(),
    schoolsEvaluated: z.number(),
    incomplete: z.boolean(),
    quality: z.object({
      indicators: z.array(indicatorRowSchema),
      composite: z.number().nullable(),
      passed: z.boolean().nullable(),
      schoolsPassing: z.number(),
      limit: z.number(),
    }),
    basic: z.object({
      indicators: z.array(indicatorRowSchema),
      composite: z.number().nullable(),
      limit: z.number(),
      passed: z.boolean().nullable(),
    }),
    schools: z.array(schoolStandingSchema),
    excluded: z.array(z.object({ schoolId: z.string(), name: z.string(), reason: exclusionReason, label: z.string() })),
  })
  .openapi("BalanceEvaluation");

/** A data check of the year's conditions. */
export const conditionFlagSchema = z
  .object({
    schoolId: z.string(),
    name: z.string(),
    field: z.string(),
    severity: z.enum(["error", "warning"]),
    message: z.string(),
  })
  .openapi("BalanceConditionFlag");

/** One of the other high-quality requirements, checked where the register has the data. */
export const requirementCheckSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    target: z.string(),
    status: z.enum(["met", "not_met", "unknown"]),
    value: z.string(),
    items: z.array(z.object({ schoolId: z.string(), label: z.string(), detail: z.string() })),
  })
  .openapi("BalanceRequirementCheck");

/** The evaluation with its data checks and requirements, as published. */
export const publishedResultSchema = evaluationSchema
  .extend({ conditionFlags: z.array(conditionFlagSchema), requirements: z.array(requirementCheckSchema) })
  .openapi("BalancePublishedResult");

/** The overview of a year and stage for a reader: the published result's shape and the reader's scope. */
export const overviewSchema = publishedResultSchema
  .extend({ scope: z.enum(["county", "school", "classes"]) })
  .openapi("BalanceOverview");

/** Each year's coefficients of a stage, oldest first. */
export const trendSchema = z
  .object({
    stage,
    limit: z.number(),
    basicLimit: z.number(),
    points: z.array(
      z.object({
        schoolYear: z.number(),
        quality: keyed(balance.qualityIndicators, z.number().nullable()),
        qualityComposite: z.number().nullable(),
        basic: keyed(balance.basicIndicators, z.number().nullable()),
        basicComposite: z.number().nullable(),
        qualityPassed: z.boolean().nullable(),
        basicPassed: z.boolean().nullable(),
      }),
    ),
  })
  .openapi("BalanceTrend");

/** A teacher of the school's stage and what they count in. */
export const provenanceTeacherSchema = z
  .object({
    staffId: z.string(),
    name: z.string(),
    stageTaught: z.string().nullable(),
    qualification: z.enum(registry.qualification.codes),
    title: z.enum(registry.professionalTitle.codes),
    backboneLevel: z.enum(registry.backboneLevel.codes),
    subject: z.string().nullable(),
    fullTime: z.boolean(),
    hasCertificate: z.boolean(),
    countsIn: z.object({
      aboveQualification: z.boolean(),
      backbone: z.boolean(),
      peArts: z.boolean(),
      intermediateTitle: z.boolean(),
      certified: z.boolean(),
    }),
  })
  .openapi("BalanceProvenanceTeacher");

/** One school's page: standing, the county's means, and where every value comes from. */
export const schoolBalanceSchema = z
  .object({
    schoolYear: z.number(),
    stage,
    asOf: z.string(),
    method,
    school: z.object({
      schoolId: z.string(),
      name: z.string(),
      kind: z.enum(registry.schoolKind.codes),
      locality: z.enum(registry.locality.codes),
      ownership: z.enum(registry.ownership.codes),
    }),
    standards,
    excluded: z.object({ reason: exclusionReason, label: z.string() }).nullable(),
    standing: schoolStandingSchema.nullable(),
    countyMeans: keyed(allIndicators, z.number().nullable()),
    provenance: z
      .object({
        enrollment: z.object({ primary: z.number(), junior: z.number(), senior: z.number(), rule: z.string() }),
        stockShare: z.number(),
        stockShareFormula: z.string(),
        condition: z
          .object({
            conditionId: z.string(),
            schoolYear: z.number(),
            teachingArea: z.number(),
            sportsArea: z.number(),
            equipmentValueFen: z.number(),
            books: z.number(),
            studentComputers: z.number(),
            multimediaRooms: z.number(),
          })
          .nullable(),
        teachers: z.array(provenanceTeacherSchema),
        unassignedTeachers: z.number(),
      })
      .nullable(),
  })
  .openapi("BalanceSchoolBalance");

/** The figures before and after a what-if's adjustments. */
export const whatIfSchema = z.object({ before: evaluationSchema, after: evaluationSchema }).openapi("BalanceWhatIf");

/** The county's balance settings (standards, limits, qualification rule, stage weights). */
const configStandards = z.object(
  Object.fromEntries(balance.qualityIndicators.map((k) => [k, z.number({ error: `${k} 标准应为数字` })])) as Record<
    balance.QualityIndicator,
    z.ZodNumber
  >,
);
const perStage = <T extends z.ZodType>(t: T) => z.object({ primary: t, junior: t });
export const configBody = z
  .object({
    standards: perStage(configStandards),
    qualityCoefficientLimit: perStage(z.number()),
    basicCompositeLimit: perStage(z.number()),
    qualificationAbove: perStage(z.enum(["postgraduate", "bachelor", "college", "secondary", "below"])),
    schoolMinimumMet: z.number().int(),
    schoolRemainderShare: z.number(),
    stageWeights: z.object({ primary: z.number(), junior: z.number(), senior: z.number() }),
    teachingPointMinimum: z.number().int(),
    classSizeMax: perStage(z.number().int()),
    schoolSizeMax: z.number().int(),
    nineYearSchoolSizeMax: z.number().int(),
  })
  .openapi("BalanceConfig");

/** A published version with the figures exactly as published. */
export const snapshotSchema = snapshotSummarySchema
  .extend({
    regionCode: z.string(),
    publishedBy: z.string(),
    config: configBody,
    result: publishedResultSchema,
  })
  .openapi("BalanceSnapshot");

export type PublishedResult = z.infer<typeof publishedResultSchema>;
