/** Request and response schemas of the exams routes (one place, so the OpenAPI document and the web agree). */
import { exams as core, registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { importProblemSchema } from "../excel/importSchemas";

const share = (label: string) =>
  z
    .number({ error: `${label}应为 0–1 之间的小数(占满分的比例)` })
    .gt(0, `${label}应大于 0`)
    .max(1, `${label}不能超过满分`);

export const itemSpecSchema = z.object({
  number: z.string().trim().min(1, "请填写题号").max(20, "题号过长"),
  maxScore: z.number().positive("小题满分应大于 0").max(300, "小题满分过大"),
  kind: z.enum(["objective", "subjective"], { error: "题型应为 objective(客观题)或 subjective(主观题)" }),
  knowledge: z.string().max(200, "知识点过长").optional(),
});

export const subjectSchema = z.object({
  code: z.enum(registry.subject.codes, { error: "科目不在学科目录中" }),
  name: z.string().trim().min(1).max(20),
  fullMarks: z.number().positive("满分应大于 0").max(300, "满分不能超过 300"),
  items: z.array(itemSpecSchema).max(100, "小题最多 100 道").optional(),
});

export const itemsInputSchema = z
  .object({
    items: z.array(itemSpecSchema).max(100, "小题最多 100 道"),
    discardItemScores: z
      .boolean()
      .default(false)
      .openapi({ description: "题号、分值或题数改变时,清除该科已导入的小题分(科目成绩保留)" }),
  })
  .openapi("ExamItemsInput");

export const configSchema = z.object({
  thresholds: z.object({
    excellent: share("优秀线"),
    good: share("良好线"),
    pass: share("及格线"),
    low: share("低分线"),
  }),
  denominator: z.enum(["enrolled", "sat"], { error: "计算口径应为 enrolled(在籍人数)或 sat(实考人数)" }),
  bandShare: z.number().min(0.02, "分数段宽度至少为满分的 2%").max(0.5, "分数段宽度至多为满分的 50%"),
  levels: z.object({
    names: z.array(z.string().trim().min(1).max(4)).min(2).max(6),
    cutoffs: z.array(share("等级分数线")).min(1).max(5),
  }),
  borderlines: z
    .array(z.object({ name: z.string().trim().min(1).max(20), share: share("临界线"), buffer: share("临界分差") }))
    .max(5),
  minValueAddedN: z.number().int().min(2, "增值评价最少人数至少为 2").max(200),
});

export const examInputSchema = z
  .object({
    name: z.string().trim().min(2, "请填写考试名称").max(60, "考试名称过长"),
    heldOn: z.iso.date("考试日期格式应为 YYYY-MM-DD"),
    schoolYear: z.number().int().min(2000, "学年超出范围").max(2100, "学年超出范围"),
    term: z.union([z.literal(1), z.literal(2)], { error: "学期应为 1(上学期)或 2(下学期)" }),
    grade: z.number().int().min(1, "年级应为 1–12").max(12, "年级应为 1–12"),
    graduating: z.boolean().default(false),
    subjects: z.array(subjectSchema).min(1, "至少要有一个科目").max(12, "科目最多 12 个"),
    config: configSchema.default(core.defaultAnalysisConfig),
    baselineExamId: z.uuid("对比考试编号格式不正确").nullable().default(null),
  })
  .openapi("ExamInput");

export const examPatchSchema = z
  .object({
    name: z.string().trim().min(2, "请填写考试名称").max(60, "考试名称过长"),
    heldOn: z.iso.date("考试日期格式应为 YYYY-MM-DD"),
    graduating: z.boolean(),
    config: configSchema,
    baselineExamId: z.uuid("对比考试编号格式不正确").nullable(),
  })
  .partial()
  .openapi("ExamPatch");

/** What changed against the version before (counts of score rows; subjects whose item structure changed). */
export const examChangesSchema = z
  .object({
    previousVersion: z.number(),
    changed: z.number(),
    added: z.number(),
    removed: z.number(),
    itemsChanged: z.array(z.string()).optional(),
  })
  .openapi("ExamChanges");

export const examSchema = z
  .object({
    id: z.string(),
    seriesId: z.string(),
    version: z.number(),
    name: z.string(),
    heldOn: z.string(),
    schoolYear: z.number(),
    schoolYearLabel: z.string(),
    term: z.number(),
    grade: z.number(),
    gradeLabel: z.string(),
    graduating: z.boolean(),
    subjects: z.array(subjectSchema.extend({ code: z.string() })),
    config: configSchema,
    baselineExamId: z.string().nullable(),
    status: z.enum(["draft", "published", "superseded"]),
    changeNote: z.string().nullable(),
    changes: examChangesSchema.nullable(),
    inputHash: z.string().nullable(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Exam");

export const idParams = z.object({ id: z.uuid("考试编号格式不正确") });

/** The exam-number roster: masked by default; the full 学籍号 with the reveal permission and a reason. */
export const rosterQuery = z.object({
  reveal: z
    .enum(["true", "false", "1", "0"], { error: "reveal 只能为 true 或 false" })
    .optional()
    .transform((v) => v === "true" || v === "1")
    .openapi({ description: "导出完整学籍号(需要查看个人信息的权限,并填写事由)" }),
  reason: z.string().trim().max(200, "事由过长").optional(),
});
/** A subject's code (or the total's) as a page sends it. */
const subjectCode = z.string().min(1, "请选择科目").max(20, "科目代码过长");
export const subjectParams = z.object({ id: z.uuid("考试编号格式不正确"), code: subjectCode });
export const jobParams = z.object({ id: z.uuid("考试编号格式不正确"), jobId: z.uuid("导入批次编号格式不正确") });

/** Which classes or teachers of an analysis to send (presentGroups). */
export const analysisGroupsQuery = z.object({
  level: z.enum(["class", "teacher"], { error: "层级应为 class(班级)或 teacher(教师)" }),
  subject: subjectCode.optional(),
  schoolId: z.uuid("学校编号格式不正确").optional(),
  groupId: z.uuid("班级或教师编号格式不正确").optional(),
  sort: z
    .enum(["mean", "rank", "excellent", "good", "pass", "low"], {
      error: "排序应为 mean(平均分)、rank(均分排序)、excellent、good、pass 或 low(各比率)",
    })
    .optional()
    .openapi({ description: "按哪项排序;不填时按编号顺序。实考为 0 的组总在最后" }),
  order: z.enum(["asc", "desc"], { error: "顺序应为 asc(从低到高)或 desc(从高到低)" }).default("desc"),
  page: z.coerce.number({ error: "页码应为数字" }).int("页码应为整数").min(1, "页码从 1 开始").default(1),
  pageSize: z.coerce
    .number({ error: "每页条数应为数字" })
    .int("每页条数应为整数")
    .min(1, "每页至少 1 条")
    .max(200, "每页最多200条")
    .optional()
    .openapi({ description: "每科返回一页;不填时返回全部" }),
});

/** Which value added to send (presentValueAdded): every subject, level and group when nothing is given. */
export const valueAddedQuery = z.object({
  subject: subjectCode.optional(),
  level: z
    .enum(["school", "class", "teacher"], { error: "层级应为 school(学校)、class(班级)或 teacher(教师)" })
    .optional(),
  schoolId: z.uuid("学校编号格式不正确").optional(),
  groupIds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",") : undefined))
    .pipe(z.array(z.uuid("组编号格式不正确:应为以逗号分隔的编号")).max(200, "一次最多查询200个组").optional())
    .openapi({ type: "string", description: "以逗号分隔的班级或教师编号(一页的组),最多200个" }),
});

export const importResultSchema = z
  .object({
    job: z.object({
      id: z.string(),
      fileName: z.string(),
      layout: z.string(),
      status: z.string(),
      rowCount: z.number(),
      errorCount: z.number(),
      createdAt: z.string(),
      committedAt: z.string().nullable(),
    }),
    summary: z.object({
      layout: z.string(),
      rows: z.number(),
      students: z.number(),
      errors: z.number(),
      warnings: z.number(),
      subjects: z.array(z.string()),
    }),
    problems: z.array(importProblemSchema),
  })
  .openapi("ExamImportResult");

export const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的成绩文件(.xlsx 或 .csv,字段名 file)")
    .openapi({ type: "string", format: "binary" }),
});

/*
 * The answers of the analysis routes (presentAnalysis.ts, detail.ts), described field by field so the web derives
 * its types from them.
 */

/** How results may be shown to this reader (presentAnalysis.ts Policy). */
export const policySchema = z
  .object({
    view: z.enum(["bureau", "school", "teacher"]),
    mode: z.enum(["scores", "levels"]),
    ranks: z.boolean(),
    internal: z.boolean(),
    note: z.string(),
  })
  .openapi("ExamPolicy");

const rateCounts = z.object({ excellent: z.number(), good: z.number(), pass: z.number(), low: z.number() });
const rates = z.object({
  excellent: z.number().nullable(),
  good: z.number().nullable(),
  pass: z.number().nullable(),
  low: z.number().nullable(),
});

/**
 * One group's figures in one subject (core GroupStats without its code): the rank for the bureau only; in levels
 * mode the score-valued figures are null and the deciles and bands empty.
 */
export const groupStatsSchema = z
  .object({
    enrolled: z.number(),
    sat: z.number(),
    absent: z.number(),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    median: z.number().nullable(),
    q1: z.number().nullable(),
    q3: z.number().nullable(),
    deciles: z.array(z.number()),
    counts: rateCounts,
    rates,
    ratesOfSat: rates,
    ratesOfEnrolled: rates,
    bands: z.array(z.number()),
    levels: z.array(z.number()),
    meanDiff: z.number().nullable(),
    standardizedDiff: z.number().nullable(),
    rank: z.number().nullable(),
  })
  .openapi("ExamGroupStats");

/** A class or a teacher with their school. */
export const groupNameSchema = z
  .object({ id: z.string(), name: z.string(), schoolId: z.string(), schoolName: z.string() })
  .openapi("ExamGroupName");

export const schoolStatsSchema = groupStatsSchema
  .extend({ id: z.string(), name: z.string() })
  .openapi("ExamSchoolStats");
export const groupStatsViewSchema = groupStatsSchema.extend(groupNameSchema.shape).openapi("ExamGroupStatsView");

/** A subject (or the total) for the county and the schools a reader may see. */
export const subjectViewSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    fullMarks: z.number(),
    lines: z.object({ excellent: z.number(), good: z.number(), pass: z.number(), low: z.number() }),
    bandEdges: z.array(z.number()),
    levelLines: z.array(z.number()),
    county: groupStatsSchema,
    schools: z.array(schoolStatsSchema),
  })
  .openapi("ExamSubjectView");

/** The analysis page's overview (presentOverview); classes and teachers come with the groups answer. */
export const analysisViewSchema = z
  .object({
    exam: examSchema,
    policy: policySchema,
    config: configSchema,
    levelNames: z.array(z.string()),
    subjects: z.array(subjectViewSchema),
  })
  .openapi("ExamAnalysisView");

/** Classes or teachers, subject by subject (presentGroups). */
export const analysisGroupsViewSchema = z
  .object({
    policy: policySchema,
    level: z.enum(["class", "teacher"]),
    page: z.number().nullable().openapi({ description: "分页时的页码;不分页时为空" }),
    pageSize: z.number().nullable(),
    subjects: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        total: z.number().openapi({ description: "符合条件的组数(分页前)" }),
        groups: z.array(groupStatsViewSchema),
      }),
    ),
  })
  .openapi("ExamAnalysisGroupsView");

/** A school's, class's or teacher's value added (core ValueAddedGroup with its name). */
export const valueAddedGroupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    n: z.number(),
    estimate: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    previous: z.number().nullable(),
    current: z.number().nullable(),
    hidden: z.boolean(),
  })
  .openapi("ExamValueAddedGroup");

export const valueAddedViewSchema = z
  .object({
    policy: policySchema,
    baseline: z.object({ id: z.string(), name: z.string(), heldOn: z.string(), grade: z.number() }),
    minN: z.number(),
    subjects: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        matched: z.number(),
        slope: z.number().nullable(),
        r2: z.number().nullable(),
        schools: z.array(valueAddedGroupSchema),
        classes: z.array(valueAddedGroupSchema),
        teachers: z.array(valueAddedGroupSchema),
      }),
    ),
  })
  .openapi("ExamValueAddedView");

/** One item's difficulty and discrimination (core ItemStats with their Chinese labels). */
export const itemStatsSchema = z
  .object({
    number: z.string(),
    kind: z.enum(["objective", "subjective"]),
    maxScore: z.number(),
    knowledge: z.string(),
    n: z.number(),
    mean: z.number().nullable(),
    difficulty: z.number().nullable(),
    difficultyBand: z.enum(["easy", "medium", "hard"]).nullable(),
    discrimination: z.number().nullable(),
    quality: z.enum(["very_good", "good", "revise", "poor"]).nullable(),
    fullMarkRate: z.number().nullable(),
    zeroRate: z.number().nullable(),
    qualityLabel: z.string().nullable(),
    difficultyLabel: z.string().nullable(),
  })
  .openapi("ExamItemStats");

export const itemsViewSchema = z
  .object({
    policy: policySchema,
    subject: z.object({ code: z.string(), name: z.string(), fullMarks: z.number() }),
    sat: z.number(),
    items: z.array(itemStatsSchema),
  })
  .openapi("ExamItemsView");

/** A student's results: scores in scores mode, levels only in levels mode; never a rank. */
export const studentRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    studentNumber: z.string().openapi({ description: "学籍号(已脱敏)" }),
    schoolName: z.string(),
    className: z.string(),
    subjects: z.array(
      z.object({ code: z.string(), absent: z.boolean(), score: z.number().nullable(), level: z.string().nullable() }),
    ),
    total: z.number().nullable(),
    totalLevel: z.string().nullable(),
    tScore: z.number().nullable(),
    borderline: z.array(z.string()),
  })
  .openapi("ExamStudentRow");

export const studentsViewSchema = z
  .object({
    policy: policySchema,
    levelNames: z.array(z.string()),
    subjects: examSchema.shape.subjects,
    total: z.number(),
    borderlineCounts: z.array(z.object({ name: z.string(), line: z.number(), from: z.number(), count: z.number() })),
    rows: z.array(studentRowSchema),
  })
  .openapi("ExamStudentsView");

/** An exam's page: the exam, its versions, baseline, import progress and jobs, and what the reader may do. */
export const examDetailSchema = z
  .object({
    exam: examSchema,
    policy: policySchema,
    versions: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        status: examSchema.shape.status,
        changeNote: z.string().nullable(),
        changes: examChangesSchema.nullable(),
        publishedAt: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    baseline: z.object({ id: z.string(), name: z.string(), heldOn: z.string() }).nullable(),
    progress: z.array(
      z.object({ schoolId: z.string(), schoolName: z.string(), enrolled: z.number(), withScores: z.number() }),
    ),
    imports: z.array(importResultSchema.shape.job),
    abilities: z.object({ import: z.boolean(), manage: z.boolean() }),
  })
  .openapi("ExamDetail");

/** An exam version's change counts as its open JSON column holds them (written by the correction command). */
export type ExamChanges = z.infer<typeof examChangesSchema>;
export type ExamStatus = z.infer<typeof examSchema>["status"];
