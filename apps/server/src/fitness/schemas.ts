/** Request and response schemas of the fitness routes (their presenters are in present.ts). */
import { fitness } from "@edubureau/core";
import { z } from "@hono/zod-openapi";

const uuid = (what: string) => z.uuid(`${what}编号格式不正确`);
const isoDate = (what: string) => z.iso.date({ error: `${what}格式应为 YYYY-MM-DD` });
const year = z.coerce
  .number({ error: "测试学年应为四位年份,如 2025" })
  .int("测试学年应为四位年份,如 2025")
  .min(2000, "测试学年应为四位年份,如 2025")
  .max(2100, "测试学年应为四位年份,如 2025");
const rate = z.number().nullable().describe("比率(0–1),无分母时为空");

export const idParam = z.object({ id: uuid("记录") });
const itemEnum = z.enum(fitness.fitnessItems, { error: "测试项目不存在" });
const sexEnum = z.enum(["male", "female"], { error: "性别应为 male(男)或 female(女)" });
const componentEnum = z.enum(["bmi", ...fitness.fitnessItems]);
const bmiLevelEnum = z.enum(["正常", "低体重", "超重", "肥胖"], { error: "BMI等级应为正常、低体重、超重或肥胖" });
const bandEnum = z.enum(["excellent", "good", "pass", "fail"]);
const grade = z.coerce
  .number({ error: "年级应为 1–12" })
  .int("年级应为 1–12")
  .min(1, "年级应为 1–12")
  .max(12, "年级应为 1–12");

// ---------------------------------------------------------------- the standard

export const standardQuery = z.object({ grade: grade.default(1), sex: sexEnum.default("male") });

const levelSchema = z.object({
  score: z.number(),
  threshold: z.number().nullable().describe("达到该档的成绩;空白档为空(不可达到)"),
  disputed: z.boolean(),
  alternatives: z.array(z.object({ source: z.string(), value: z.number() })),
  corrected: z.boolean(),
});

export const standardSchema = z.object({
  version: z.string().describe("当前有效版本,如 GB2014 或 GB2014+2"),
  name: z.string(),
  grade: z.number(),
  sex: sexEnum,
  weights: z.array(z.object({ component: componentEnum, label: z.string(), weight: z.number() })),
  items: z.array(
    z.object({
      item: itemEnum,
      label: z.string(),
      unit: z.string(),
      lowerIsBetter: z.boolean(),
      levels: z.array(levelSchema),
    }),
  ),
  bmi: z.array(
    z.object({ level: bmiLevelEnum, score: z.number(), min: z.number().nullable(), max: z.number().nullable() }),
  ),
  bonus: z.array(
    z.object({
      item: itemEnum,
      label: z.string(),
      maxPoints: z.number(),
      steps: z.array(z.object({ points: z.number(), beyond: z.number() })),
    }),
  ),
  confidence: z.record(z.string(), z.string()),
  sourceNote: z.string(),
  mayCorrect: z.boolean(),
});

export const correctionBody = z
  .object({
    kind: z.enum(["item", "bmi"], { error: "更正类别应为 item(单项评分表)或 bmi(BMI评分表)" }),
    item: itemEnum.optional(),
    grade: z.number({ error: "年级应为 1–12" }).int().min(1, "年级应为 1–12").max(12, "年级应为 1–12"),
    sex: sexEnum,
    score: z.number().int("得分档应为整数").optional(),
    threshold: z.number({ error: "标准值应为数字" }).nullable().optional(),
    level: bmiLevelEnum.optional(),
    min: z.number().nullable().optional(),
    max: z.number().nullable().optional(),
    reason: z
      .string({ error: "请填写更正原因" })
      .trim()
      .min(4, "请填写更正原因(至少4个字),如“按印刷版标准第12页核对”")
      .max(500, "更正原因不能超过500个字"),
    effectiveFrom: isoDate("生效日期"),
  })
  .superRefine((b, ctx) => {
    if (b.kind === "item") {
      if (!b.item) ctx.addIssue({ code: "custom", path: ["item"], message: "请选择要更正的测试项目" });
      if (b.score === undefined) ctx.addIssue({ code: "custom", path: ["score"], message: "请选择要更正的得分档" });
      if (b.threshold === undefined)
        ctx.addIssue({ code: "custom", path: ["threshold"], message: "请填写更正后的标准值(空白档填 null)" });
    } else if (!b.level) ctx.addIssue({ code: "custom", path: ["level"], message: "请选择要更正的BMI等级" });
  });

export const correctionSchema = z.object({
  id: z.string(),
  kind: z.enum(["item", "bmi"]),
  cell: z.string().describe("更正的单元格,如“50米跑 十年级 女 74分”"),
  previous: z.string(),
  next: z.string(),
  reason: z.string(),
  effectiveFrom: z.string(),
  createdAt: z.string(),
});

// ---------------------------------------------------------------- figures

export const figuresQuery = z.object({
  testYear: year.optional(),
  schoolId: uuid("学校").optional(),
});

export const figureSchema = z.object({
  records: z.number(),
  tested: z.number().describe("已测人数(不含免测、缓测)"),
  exempt: z.number(),
  deferred: z.number(),
  incomplete: z.number().describe("已测但缺项、无总分的人数"),
  scored: z.number().describe("有效成绩人数:各比率的分母"),
  excellent: z.number(),
  good: z.number(),
  pass: z.number(),
  fail: z.number(),
  passRate: rate,
  goodRate: rate,
  excellentGoodRate: rate,
  excellentRate: rate,
  meanTotal: z.number().nullable(),
  items: z.array(
    z.object({
      component: componentEnum,
      label: z.string(),
      n: z.number(),
      meanScore: z.number(),
      passRate: z.number(),
    }),
  ),
  bmi: z.object({ 低体重: z.number(), 正常: z.number(), 超重: z.number(), 肥胖: z.number() }),
  bmiMeasured: z.number(),
  overweightRate: rate,
  obesityRate: rate,
  weakest: z.array(z.string()).describe("平均单项得分最低的项目(中文名)"),
});

export const graduationFigureSchema = z
  .object({
    students: z.number().describe("毕业年级学生人数(有本学年记录)"),
    scored: z.number().describe("有毕业成绩的人数:各比率的分母"),
    noScore: z.number().describe("毕业当年免测、缓测或成绩不完整,无毕业成绩的人数"),
    finalYearOnly: z.number().describe("本学段没有其他学年成绩、按毕业当年总分计的人数"),
    excellent: z.number(),
    good: z.number(),
    pass: z.number(),
    fail: z.number(),
    passRate: rate,
    excellentGoodRate: rate,
    excellentRate: rate,
    meanScore: z.number().nullable(),
  })
  .describe("毕业成绩 = 毕业当年总分 × 50% + 本学段其他学年总分平均 × 50%");

export const figuresSchema = z.object({
  testYear: z.number().nullable(),
  years: z.array(z.number()),
  countyName: z.string(),
  scope: z.enum(["county", "school", "classes"]),
  versions: z.array(z.string()).describe("评分所用的评分表版本"),
  total: figureSchema,
  enrolled: z.number().nullable().describe("学籍在校生人数(测试覆盖的参照)"),
  byGradeSex: z.array(z.object({ grade: z.number(), sex: sexEnum, figures: figureSchema })),
  bySchool: z.array(
    z.object({
      schoolId: z.string(),
      schoolName: z.string(),
      townName: z.string(),
      enrolled: z.number(),
      belowCounty: z.boolean(),
      figures: figureSchema,
      graduation: graduationFigureSchema.nullable().describe("毕业年级(六、九、十二年级)的毕业成绩;无毕业年级时为空"),
    }),
  ),
  byTown: z.array(z.object({ townName: z.string(), figures: figureSchema })),
  byClass: z.array(z.object({ classId: z.string(), className: z.string(), grade: z.number(), figures: figureSchema })),
  schoolsBelow: z.array(z.object({ schoolId: z.string(), schoolName: z.string(), passRate: z.number() })),
  graduation: z
    .object({
      total: graduationFigureSchema,
      byGrade: z.array(z.object({ grade: z.number(), figures: graduationFigureSchema })),
    })
    .describe("毕业成绩(所选范围内六、九、十二年级的学生)"),
  trend: z.array(
    z.object({
      testYear: z.number(),
      scored: z.number(),
      passRate: rate,
      excellentGoodRate: rate,
      excellentRate: rate,
      meanTotal: z.number().nullable(),
      overweightRate: rate,
      obesityRate: rate,
    }),
  ),
  sentence: z.string().describe("工作报告用语"),
  methodNotes: z.array(z.string()),
});

// ---------------------------------------------------------------- results

export const resultsQuery = z.object({
  testYear: year.optional().describe("测试学年,默认为有成绩的最近学年"),
  schoolId: uuid("学校").optional(),
  classId: uuid("班级").optional(),
  grade: grade.optional(),
  status: z.enum(["tested", "exempt", "deferred", "incomplete", "fail"], { error: "状态筛选不正确" }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const resultRowSchema = z.object({
  id: z.string(),
  testYear: z.number(),
  schoolId: z.string(),
  schoolName: z.string(),
  className: z.string().nullable(),
  grade: z.number(),
  sex: sexEnum,
  name: z.string(),
  studentNumber: z.string().describe("学籍号(已脱敏)"),
  status: z.enum(["tested", "exempt", "deferred"]),
  exemptReason: z.string().nullable(),
  bmi: z.number().nullable(),
  bmiLevel: z.string().nullable(),
  standardScore: z.number().nullable(),
  bonus: z.number(),
  total: z.number().nullable(),
  band: bandEnum.nullable(),
  bandLabel: z.string().nullable(),
  missing: z.array(z.string()).describe("缺测项目(中文名)"),
  standardVersion: z.string(),
});

export const componentSchema = z.object({
  component: componentEnum,
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  display: z.string().describe("成绩的显示形式,如 3′55″"),
  threshold: z.number().nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  weighted: z.number().nullable(),
  nextThreshold: z.number().nullable(),
  nextScore: z.number().nullable(),
  explanation: z.string().describe("成绩 → 标准 → 得分 → 权重 的说明"),
  advice: z.string().nullable(),
});

export const resultDetailSchema = z.object({
  result: resultRowSchema,
  heightCm: z.number().nullable(),
  weightKg: z.number().nullable(),
  exemptProof: z.string().nullable(),
  components: z.array(componentSchema),
  bonus: z.array(z.object({ item: itemEnum, label: z.string(), beyond: z.number(), points: z.number() })),
  explanation: z.string(),
  history: z.array(
    z.object({
      id: z.string(),
      testYear: z.number(),
      grade: z.number(),
      total: z.number().nullable(),
      bandLabel: z.string().nullable(),
      standardVersion: z.string(),
    }),
  ),
  graduation: z
    .object({ score: z.number(), bandLabel: z.string(), finalYearOnly: z.boolean(), explanation: z.string() })
    .nullable(),
});

export const rescoreBody = z.object({ schoolId: uuid("学校"), testYear: year });
export const rescoreSchema = z.object({
  batchId: z.string(),
  version: z.string(),
  rows: z.number(),
  scored: z.number(),
});

export const exportQuery = z.object({ testYear: year.optional(), schoolId: uuid("学校").optional() });

// ---------------------------------------------------------------- import

export const importTemplateQuery = z.object({ year: year.optional() });

export const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
  year: year.optional(),
});

/** The upload form as documented in OpenAPI (the handler checks it with `uploadForm`). */
export const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: { type: "string" as const, format: "binary", description: "按导入模板填写的 .xlsx 文件,最大 30 MB" },
    year: { type: "integer" as const, description: "测试学年(如 2026 表示 2026—2027 学年),默认为当前学年" },
  },
};

export const nationalQuery = z.object({
  testYear: year,
  schoolId: uuid("学校").optional(),
  reason: z
    .string()
    .trim()
    .min(4, "请填写导出事由(至少4个字),如“2026年体测数据上报”")
    .max(200, "导出事由不能超过200个字")
    .optional()
    .describe("导出完整学籍号的事由;不填时学籍号脱敏(可核对,不能直接上报)"),
});
