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
    changes: z.record(z.string(), z.unknown()).nullable(),
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

/** Large computed payloads (analysis, value added, items, students): documented by description, typed in the web. */
export const computedSchema = z.record(z.string(), z.unknown());

/** Which classes or teachers of an analysis to send (presentGroups). */
export const analysisGroupsQuery = z.object({
  level: z.enum(["class", "teacher"], { error: "层级应为 class(班级)或 teacher(教师)" }),
  subject: subjectCode.optional(),
  schoolId: z.uuid("学校编号格式不正确").optional(),
  groupId: z.uuid("班级或教师编号格式不正确").optional(),
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
