/** The preschool API's response contracts (the web derives its types from them through wire.gen.ts). */
import { preschool } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const num = z.number();
const nullableNum = z.number().nullable();

export const configSchema = z
  .object({
    grossEnrollmentMin: num,
    inclusiveCoverageMin: num,
    publicShareMin: num,
    classLimits: z.object({ small: num, middle: num, large: num, mixed: num }),
    classWithinLimitShareMin: num,
    childrenPerTeacherMax: num,
    certifiedTeacherShareMin: num,
    certifiedPrincipalShareMin: num,
    payShareMin: num,
    publicFundingPerChildYuan: num,
    inclusiveSubsidyPerChildYuan: num,
    buildingAreaPerChild: num,
    playAreaPerChild: num,
    buildingStandardShareMin: num,
    satisfactionMin: num,
  })
  .openapi("PreschoolConfig");

const kindSchema = z.enum(preschool.kindergartenKinds as [preschool.KindergartenKind, ...preschool.KindergartenKind[]]);
const bandSchema = z.enum(preschool.ageBands as [preschool.AgeBand, ...preschool.AgeBand[]]);

export const indicatorSchema = z
  .object({
    key: z.enum(
      preschool.preschoolIndicatorKeys as [preschool.PreschoolIndicatorKey, ...preschool.PreschoolIndicatorKey[]],
    ),
    label: z.string(),
    value: nullableNum,
    numerator: nullableNum,
    denominator: nullableNum,
    form: z.enum(["share", "ratio"]),
    threshold: num,
    status: z.enum(["pass", "fail", "missing"]),
    missing: z.string().nullable(),
    method: z.string(),
    pulling: z.array(z.object({ id: z.string(), name: z.string(), value: nullableNum, note: z.string() })),
  })
  .openapi("PreschoolIndicator");

export const evaluationSchema = z
  .object({
    schoolYear: num,
    asOf: z.string(),
    children: num,
    kindergartens: num,
    indicators: z.array(indicatorSchema),
    passed: num,
    failed: num,
    missing: num,
  })
  .openapi("PreschoolEvaluation");

export const kindergartenSchema = z
  .object({
    schoolId: z.string(),
    name: z.string(),
    code: z.string(),
    townName: z.string(),
    attached: z.boolean(),
    kind: kindSchema.nullable(),
    kindLabel: z.string(),
    reported: z.boolean(),
    ruralCentral: z.boolean(),
    children: num,
    classes: z.array(
      z.object({
        classId: z.string(),
        name: z.string(),
        band: bandSchema,
        bandLabel: z.string(),
        children: num,
        limit: num,
        over: z.boolean(),
      }),
    ),
    classesOverLimit: num,
    fullTimeTeachers: num,
    certifiedTeachers: num,
    childrenPerTeacher: nullableNum,
    principalCertified: z.boolean().nullable(),
    establishedTeachers: num,
    nonEstablishedTeachers: num,
    establishedPayYuan: nullableNum,
    nonEstablishedPayYuan: nullableNum,
    fundingPerChildYuan: nullableNum,
    buildingAreaPerChild: nullableNum,
    playAreaPerChild: nullableNum,
    report: z
      .object({
        kind: kindSchema,
        recognisedOn: z.string().nullable(),
        recognisedDocument: z.string().nullable(),
        licenceNumber: z.string().nullable(),
        feeYuanPerMonth: nullableNum,
        ruralCentral: z.boolean(),
        principalCertified: z.boolean().nullable(),
        establishedPayYuan: nullableNum,
        nonEstablishedPayYuan: nullableNum,
        fundingPerChildYuan: nullableNum,
        buildingArea: nullableNum,
        playArea: nullableNum,
        updatedAt: z.string(),
      })
      .nullable(),
  })
  .openapi("PreschoolKindergarten");

export const overviewSchema = z
  .object({
    countyName: z.string(),
    schoolYear: num,
    schoolYearLabel: z.string(),
    asOf: z.string(),
    scope: z.enum(["county", "school", "classes"]),
    evaluation: evaluationSchema,
    kindergartens: z.array(kindergartenSchema),
    config: configSchema,
    methodNotes: z.array(z.string()),
    /** figures that look like slips of entry: shown as warnings to check, they do not stop the evaluation */
    dataChecks: z.array(
      z.object({
        schoolId: z.string(),
        schoolName: z.string(),
        className: z.string(),
        children: num,
        message: z.string(),
      }),
    ),
  })
  .openapi("PreschoolOverview");

export const kindergartenDetailSchema = z
  .object({
    schoolYear: num,
    schoolYearLabel: z.string(),
    asOf: z.string(),
    kindergarten: kindergartenSchema,
    config: configSchema,
  })
  .openapi("PreschoolKindergartenDetail");

const planYear = z.object({
  schoolYear: num,
  children: nullableNum,
  source: z.enum(["录入", "户籍名单", "出生数推算"]).nullable(),
  needed: nullableNum,
  gap: nullableNum,
});
const townshipPlan = z.object({
  townCode: z.string(),
  name: z.string(),
  enrolled: num,
  places: num,
  inclusivePlaces: num,
  years: z.array(planYear),
});
const countyYear = z.object({
  schoolYear: num,
  children: nullableNum,
  places: num,
  needed: nullableNum,
  gap: nullableNum,
});

export const planSchema = z
  .object({
    schoolYear: num,
    townships: z.array(townshipPlan.extend({ populationSource: z.string().nullable() })),
    county: z.array(countyYear),
    kindergartens: z.array(
      z.object({
        schoolId: z.string(),
        name: z.string(),
        townCode: z.string().nullable(),
        kind: kindSchema.nullable(),
      }),
    ),
  })
  .openapi("PreschoolPlan");

export const whatIfResultSchema = z
  .object({
    before: evaluationSchema,
    after: evaluationSchema,
    changed: z.array(z.object({ key: z.string(), before: z.string(), after: z.string() })),
    newKindergartens: z.array(z.object({ townCode: z.string(), name: z.string(), places: num, children: num })),
    problems: z.array(z.object({ index: num, message: z.string() })),
    plan: z.object({ schoolYear: num, townships: z.array(townshipPlan), county: z.array(countyYear) }),
  })
  .openapi("PreschoolWhatIfResult");

export const inputsSchema = z
  .object({
    schoolYear: num,
    birthYears: z.array(num),
    townships: z.array(
      z.object({
        townCode: z.string(),
        name: z.string(),
        urban: z.boolean(),
        population: z.object({ age3: num, age4: num, age5: num, source: z.string() }).nullable(),
        births: z.array(z.object({ year: num, births: num })),
      }),
    ),
    birthSources: z.array(z.string()),
    survey: z.object({ satisfaction: num, source: z.string() }).nullable(),
  })
  .openapi("PreschoolInputs");

export const configResponseSchema = z
  .object({
    config: configSchema,
    national: configSchema,
    provinceFixed: z.array(z.string()),
    customized: z.boolean(),
    updatedAt: z.string().nullable(),
  })
  .openapi("PreschoolConfigInfo");
