/** The training-hours import: template → upload and full check → report → commit, on the shared pipeline. */
import { z } from "@hono/zod-openapi";
import { sheetImportRoutes } from "../excel/sheetImportRoutes";
import { BODY_LIMITS } from "../http/uploadLimits";
import { tags, yearOf } from "./routeKit";
import { authorizeTrainingImport, trainingImporter } from "./trainingImport";

const uploadFormDoc = {
  type: "object" as const,
  required: ["file"],
  properties: {
    file: {
      type: "string" as const,
      format: "binary",
      description: "培训平台导出并按模板整理的 .xlsx 文件,最大 30 MB",
    },
  },
};
const uploadForm = z.object({
  file: z.custom<File>((v) => v instanceof File, "请选择要上传的 Excel 文件(字段名 file)"),
});

/** The training-hours import (人事股), for the current school year. */
export const importRoutes = () =>
  sheetImportRoutes({
    capability: "staffing",
    tags,
    importers: { [trainingImporter.spec.kind]: trainingImporter },
    access: { importer: (actor) => authorizeTrainingImport(actor) },
    defaultYear: (c, actor) => yearOf(c.var, actor.regionCode),
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/staffing",
    template: {
      path: "/imports/template.xlsx",
      summary: "下载培训学时导入模板(人事股)",
      fileName: () => "培训学时导入模板.xlsx",
    },
    upload: {
      summary: "上传培训学时文件并完整校验(不写入;人事股)",
      body: { required: true, content: { "multipart/form-data": { schema: uploadFormDoc } } },
      form: uploadForm,
    },
    summaries: {
      job: "培训学时导入批次及校验结果",
      report: "下载培训学时校验报告(错误单元格标红并附批注)",
      commit: "提交培训学时导入(一个事务,全部成功或全部不写)",
    },
  });
