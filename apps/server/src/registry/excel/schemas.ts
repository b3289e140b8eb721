/** Request and response schemas of the Excel routes (one place, so the OpenAPI document and the web agree). */
import { registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { importKinds } from "./sheetSpec";

export {
  commitBody,
  commitResultSchema,
  importJobSchema,
  importProblemSchema,
  importResultSchema,
  importSummarySchema,
  jobParams,
} from "../../excel/importSchemas";

const yearField = z.coerce.number().int("学年应为整数,如 2026").min(2000, "学年超出范围").max(2100, "学年超出范围");

export const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
  kind: z.enum(importKinds, { error: "导入类型应为 students、staff、schools 或 conditions" }).default("students"),
  year: yearField.optional().openapi({ description: "导入到的学年,默认为最新学年" }),
  correctionReason: z
    .string()
    .trim()
    .min(4, "更正原因至少4个字,如「校舍面积测量有误,按新测绘报告更正」")
    .max(200, "更正原因过长")
    .optional(),
});

/** The upload form as documented in OpenAPI (the handler checks it with `uploadForm`). */
export const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: { type: "string" as const, format: "binary", description: "按导入模板填写的 .xlsx 文件,最大 30 MB" },
    kind: {
      type: "string" as const,
      enum: [...importKinds],
      description: "导入类型:students 学生、staff 教职工、schools 学校、conditions 办学条件;默认 students",
    },
    year: { type: "integer" as const, description: "导入到的学年,默认为最新学年(学校导入不用)" },
    correctionReason: {
      type: "string" as const,
      description: "办学条件更正导入:更正已填报学年数据的原因(至少4个字),记入审计",
    },
  },
};

export const exportQuery = z.object({
  year: yearField.optional(),
  schoolId: z.uuid("学校编号格式不正确").optional(),
  q: z.string().max(50, "搜索词过长").optional(),
  status: z
    .enum(["all", ...registry.enrollmentStatus.codes], { error: "学籍状态不存在" })
    .default("enrolled")
    .openapi({ description: "学籍状态,all 为全部;默认 enrolled(在读)" }),
  reveal: z
    .enum(["true", "false", "1", "0"], { error: "reveal 只能为 true 或 false" })
    .optional()
    .transform((v) => v === "true" || v === "1"),
  reason: z.string().trim().max(200, "事由过长").optional(),
});

export const staffExportQuery = z.object({
  year: yearField.optional(),
  schoolId: z.uuid("学校编号格式不正确").optional(),
  postType: z.enum(registry.postType.codes, { error: "岗位类别不存在" }).optional(),
  subject: z.enum(registry.subject.codes, { error: "学科不存在" }).optional(),
  q: z.string().max(50, "搜索词过长").optional(),
  reveal: exportQuery.shape.reveal,
  reason: exportQuery.shape.reason,
});

export const templateQuery = z.object({ year: yearField.optional() });
