/**
 * The wire schemas of a declared sheet's import routes (one place, so every capability's OpenAPI document and the
 * web agree): the job, its summary and problems, the commit's body and answer, the job's path parameter.
 */
import { z } from "@hono/zod-openapi";

export const importJobSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ example: "students" }),
    status: z.string().openapi({
      description: "validated:无错误,可提交;failed:有错误(改正后重新上传,或只导入正确的行);committed:已导入",
    }),
    fileName: z.string(),
    schoolYear: z.number(),
    rowCount: z.number(),
    /** number of error problems (cells); warnings are not counted */
    errorCount: z.number(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
  })
  .openapi("ImportJob");

export const importSummarySchema = z
  .object({
    rows: z.number(),
    validRows: z.number(),
    invalidRows: z.number(),
    errors: z.number(),
    warnings: z.number(),
    exampleRowsSkipped: z.number(),
    byColumn: z.array(z.object({ column: z.string(), errors: z.number(), warnings: z.number() })),
  })
  .openapi("ImportSummary");

export const importProblemSchema = z
  .object({
    row: z.number().openapi({ description: "Excel 行号" }),
    column: z.string().openapi({ example: "身份证号" }),
    value: z.string(),
    message: z.string().openapi({ example: "身份证号校验位不正确,请核对号码是否抄错" }),
    level: z.enum(["error", "warning"]),
  })
  .openapi("ImportProblem");

/** Upload answer and job view: the job, the summary and the first 200 problems (all are in the report workbook). */
export const importResultSchema = z
  .object({ job: importJobSchema, summary: importSummarySchema, problems: z.array(importProblemSchema) })
  .openapi("ImportResult");

export const commitResultSchema = z
  .object({ job: importJobSchema, written: z.number(), skipped: z.number() })
  .openapi("ImportCommitResult");

export const commitBody = z.object({
  onlyValidRows: z.boolean().default(false).openapi({ description: "只导入正确的行(有错误的行不写入)" }),
});

export const jobParams = z.object({ id: z.uuid("导入批次编号格式不正确") });
