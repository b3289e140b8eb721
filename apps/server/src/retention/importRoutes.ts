/** The roster and poverty-list imports: template → upload and full check → report → commit, on the shared pipeline. */
import { sheetImportRoutes } from "../excel/sheetImportRoutes";
import { multipartBody } from "../http/openapi";
import { BODY_LIMITS } from "../http/uploadLimits";
import { sectionActor } from "./commands";
import { type RetentionImportKind, retentionImporters } from "./rosterImport";
import { tags, writeErrors } from "./routeKit";
import * as s from "./schemas";
import { settingsOf } from "./store";

/** The household roster and the poverty lists (基础教育股 only), each job its uploader's alone. */
export const importRoutes = () =>
  sheetImportRoutes({
    capability: "retention",
    tags,
    importers: retentionImporters,
    access: { importer: (actor) => sectionActor(actor), enter: (actor) => sectionActor(actor) },
    defaultYear: async (c, actor) =>
      (await settingsOf(c.var.deps.db, actor.regionCode, c.var.deps.now())).currentSchoolYear,
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/retention",
    template: {
      path: "/templates/{kind}",
      params: s.importKindParam,
      summary: "下载户籍适龄人口名单或防返贫监测、低保名单的导入模板",
      query: { schema: s.yearQuery, year: (q: { schoolYear?: number }) => q.schoolYear },
      fileName: (importer) => `${importer.label}导入模板.xlsx`,
    },
    upload: {
      summary: "上传户籍适龄人口名单或防返贫监测、低保名单并完整校验(不写入;基础教育股)",
      body: multipartBody("按导入模板填写的 .xlsx 文件,最大 30 MB", {
        kind: { description: "roster 户籍适龄人口名单;poverty 防返贫监测和低保名单" },
        schoolYear: { description: "名单所属学年(年龄按该年8月31日计算),默认为当前学年" },
      }),
      form: s.importUploadForm,
      kind: (form) => form.kind as RetentionImportKind,
      fields: (form) => ({ year: form.schoolYear }),
      responses: writeErrors,
    },
  });
