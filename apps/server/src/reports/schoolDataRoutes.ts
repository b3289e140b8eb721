/**
 * The imports of the report's own inputs on the shared pipeline, mounted under /api/reports/data: 课后服务 and
 * 学校年度统计 (基础教育股 for every school, a school its own rows), 高考 and 中考 录取结果 (招生办). Template, upload
 * with full validation (nothing written), the job with its problems and marked-up report, and the commit in one
 * transaction, all or nothing. A job is its uploader's alone. The year is the one the rows count for: the school
 * year of the terms (课后服务), the calendar year (统计数, 高考, 中考); by default the school year running now.
 */

import type { auth } from "@edubureau/core";
import { calendar, registry, reports } from "@edubureau/core";
import { z } from "@hono/zod-openapi";
import { sheetImportRoutes } from "../excel/sheetImportRoutes";
import { forbidden, unauthenticated } from "../http/errors";
import { BODY_LIMITS } from "../http/uploadLimits";
import { examResultsImportActor, gaokaoImporter, zhongkaoImporter } from "./examResultsImporter";
import { afterSchoolImporter, schoolCountImporter, schoolDataScope } from "./schoolDataImporters";

const importers = {
  [afterSchoolImporter.spec.kind]: afterSchoolImporter,
  [schoolCountImporter.spec.kind]: schoolCountImporter,
  [gaokaoImporter.spec.kind]: gaokaoImporter,
  [zhongkaoImporter.spec.kind]: zhongkaoImporter,
};
const kinds = Object.keys(importers) as [string, ...string[]];

const year = z.coerce
  .number({ error: "年度应为整数" })
  .int("年度应为整数")
  .min(2000, "年度应在 2000 到 2100 之间")
  .max(2100, "年度应在 2000 到 2100 之间");
const templateQuery = z.object({ year: year.optional() });
const uploadForm = z.object({
  file: z
    .custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)")
    .openapi({ type: "string", format: "binary" }),
  kind: z.enum(kinds, { error: `导入类型应为 ${kinds.join("、")} 之一` }),
  year: year.optional(),
});
const uploadFormDoc = {
  type: "object" as const,
  required: ["file", "kind"],
  properties: {
    file: { type: "string" as const, format: "binary", description: "按导入模板填写的 .xlsx 文件" },
    kind: {
      type: "string" as const,
      enum: kinds,
      description: "after-school 课后服务、school-counts 学校年度统计、gaokao 高考录取结果、zhongkao 中考录取结果",
    },
    year: { type: "integer" as const, description: "数据所属年度(课后服务为学年,其余为自然年),默认为当前学年" },
  },
};

/** 招生办 for the exam results; 基础教育股 or a school for after-school service and counts. */
function importerAccess(actor: auth.Actor | null, kind: string): auth.Actor {
  if (!actor) throw unauthenticated();
  if (kind === "gaokao" || kind === "zhongkao") return examResultsImportActor(actor);
  schoolDataScope(actor);
  return actor;
}

/** Anyone who may import one of the kinds (the job lookups check the job's own kind after). */
function enterAccess(actor: auth.Actor | null): auth.Actor {
  if (!actor) throw unauthenticated();
  if (reports.schoolDataImportScope(actor) !== undefined || reports.mayImportExamResults(actor)) return actor;
  throw forbidden("write:reports");
}

/** The imports of the report's own inputs (one mounting, four kinds). */
export const schoolDataImportRoutes = () =>
  sheetImportRoutes({
    capability: "reports",
    tags: ["报告与驾驶舱 · 数据导入"],
    importers,
    access: { importer: importerAccess, enter: enterAccess },
    defaultYear: (c) => registry.schoolYearOf(calendar.beijingDate(c.var.deps.now())),
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/reports/data",
    template: {
      path: (kind) => `/templates/${kind}.xlsx`,
      summary: (importer) => `下载${importer.label}导入模板`,
      query: { schema: templateQuery, year: (q: { year?: number }) => q.year },
      fileName: (importer, y) => `${importer.label}导入模板-${y}.xlsx`,
    },
    upload: {
      summary: "上传课后服务、学校年度统计或高考/中考录取结果并完整校验(不写入)",
      body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } },
      form: uploadForm,
      kind: (form) => form.kind,
      fields: (form) => ({ year: form.year }),
    },
    summaries: { commit: "提交导入(一个事务,全部正确才写入;记入审计)" },
  });
