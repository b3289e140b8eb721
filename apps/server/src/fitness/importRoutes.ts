/**
 * The import of fitness test results (体质测试成绩导入) on the shared pipeline, mounted under /api/fitness: template,
 * upload with full validation (nothing written), the job with its problems and the marked-up report, and the commit
 * in one transaction, all or nothing. A job is its uploader's alone.
 */
import { calendar, registry } from "@edubureau/core";
import { authorize } from "../auth/authorize";
import { sheetImportRoutes } from "../excel/sheetImportRoutes";
import { BODY_LIMITS } from "../http/uploadLimits";
import { authorizeResultsImport, resultsImporter } from "./importer";
import * as s from "./schemas";

/** The import of fitness test results (a school for its own pupils; the county section for every school). */
export const fitnessImportRoutes = () =>
  sheetImportRoutes({
    capability: "fitness",
    tags: ["体质健康 · 成绩导入"],
    importers: { [resultsImporter.spec.kind]: resultsImporter },
    access: {
      importer: (actor) => authorizeResultsImport(actor),
      enter: (actor) => authorize(actor, "read", "fitness"),
    },
    defaultYear: (c) => registry.schoolYearOf(calendar.beijingDate(c.var.deps.now())),
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/fitness",
    template: {
      path: "/imports/template.xlsx",
      summary: "下载体质测试成绩导入模板",
      query: { schema: s.importTemplateQuery, year: (q: { year?: number }) => q.year },
      fileName: (_importer, year) => `体质测试成绩导入模板-${year}学年.xlsx`,
    },
    upload: {
      summary: "上传体质测试成绩并完整校验(不写入)",
      body: { required: true, content: { "multipart/form-data": { schema: s.uploadFormDoc } } },
      form: s.uploadForm,
      fields: (form) => ({ year: form.year }),
    },
    summaries: { commit: "提交导入(一个事务,全部正确才写入)" },
  });
