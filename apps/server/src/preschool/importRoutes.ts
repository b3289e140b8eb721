/**
 * The kindergartens' yearly report import (幼儿园年度填报导入) on the shared pipeline: template, upload with full
 * validation (nothing written), the job with its problems and the marked-up report, and the commit in one
 * transaction, all or nothing. A job is its uploader's alone.
 */
import { calendar, registry } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { sheetImportRoutes } from "../excel/sheetImportRoutes";
import { BODY_LIMITS } from "../http/uploadLimits";
import { authorizeReportImport, reportsImporter } from "./importer";

const year = z.coerce
  .number({ error: "学年应为整数" })
  .int("学年应为整数")
  .min(2000, "学年应在 2000 到 2100 之间")
  .max(2100, "学年应在 2000 到 2100 之间");
const templateQuery = z.object({ year: year.optional() });
const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
  year: year.optional(),
});
/** The upload form as documented in OpenAPI (the handler checks it with `uploadForm`). */
const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: { type: "string" as const, format: "binary", description: "按导入模板填写的 .xlsx 文件" },
    year: { type: "integer" as const, description: "填报学年(如 2026 表示 2026—2027 学年),默认为当前学年" },
  },
};

/** The import of the kindergartens' yearly reports (基础教育股 for the county; a kindergarten its own row). */
export const preschoolImportRoutes = () =>
  sheetImportRoutes({
    capability: "preschool",
    tags: ["学前教育普及普惠 · 年度填报导入"],
    importers: { [reportsImporter.spec.kind]: reportsImporter },
    access: { importer: (actor) => authorizeReportImport(actor) },
    defaultYear: (c) => registry.schoolYearOf(calendar.beijingDate(c.var.deps.now())),
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/preschool",
    template: {
      path: "/imports/template.xlsx",
      summary: "下载幼儿园年度填报导入模板",
      query: { schema: templateQuery, year: (q: { year?: number }) => q.year },
      fileName: (_importer, year) => `幼儿园年度填报导入模板-${year}学年.xlsx`,
    },
    upload: {
      summary: "上传幼儿园年度填报并完整校验(不写入)",
      body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } },
      form: uploadForm,
      fields: (form) => ({ year: form.year }),
    },
    summaries: { commit: "提交导入(一个事务,全部正确才写入;记入审计)" },
  });
