/**
 * Excel in and out (mounted at /api/registry): import templates (students, staff, schools, school conditions),
 * upload → full validation → report → commit for each kind, mounted by the shared import routes
 * (excel/sheetImportRoutes.ts), and the student and staff list exports. Uploads take up to 30 MB
 * (BODY_LIMITS.registryImport, enforced by the app on the request body; a commit is a JSON body, 1 MB).
 */
import { Readable } from "node:stream";
import { type auth, registry } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize } from "../../auth/authorize";
import { sheetImportRoutes } from "../../excel/sheetImportRoutes";
import type { AppEnv } from "../../http/context";
import { badRequest, errorResponses } from "../../http/errors";
import { contentDisposition, fileResponse, XLSX_TYPE } from "../../http/openapi";
import { BODY_LIMITS } from "../../http/uploadLimits";
import { validationHook } from "../../http/validation";
import { defaultSchoolYear } from "../store";
import { exportStudents } from "./export";
import { exportStaff } from "./exportStaff";
import { authorizeImport, importers } from "./importers";
import * as s from "./schemas";
import type { ImportKind } from "./sheetSpec";

const tags = ["学籍与基础数据 · Excel"];

const exportRoute = createRoute({
  method: "get",
  path: "/exports/students.xlsx",
  tags,
  summary: "导出学生名单(默认脱敏;含个人信息须有权限并填写事由,记入审计)",
  request: { query: s.exportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "学生名单"), ...errorResponses },
});

const staffExportRoute = createRoute({
  method: "get",
  path: "/exports/staff.xlsx",
  tags,
  summary: "导出教职工名单(默认脱敏;含身份证号须有权限并填写事由,记入审计)",
  request: { query: s.staffExportQuery },
  responses: { 200: fileResponse(XLSX_TYPE, "教职工名单"), ...errorResponses },
});

/** The newest school year with classes in the actor's scope, or the one running now. */
const defaultYear = (c: Context<AppEnv>, actor: auth.Actor) =>
  defaultSchoolYear(c.var.deps.db, actor, c.var.deps.now());

function xlsx(c: Context<AppEnv>, body: Readable | Buffer, fileName: string) {
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body);
  return c.body(stream, 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "no-store",
  });
}

/** The register's imports (students, staff, schools, school conditions), each job its uploader's alone. */
const importRoutes = () =>
  sheetImportRoutes({
    capability: "registry",
    tags,
    importers,
    access: {
      importer: (actor, kind) => authorizeImport(actor, kind as ImportKind),
      enter: (actor) => authorize(actor, "read", "registry"),
    },
    defaultYear,
    bodyLimit: BODY_LIMITS.registryImport,
    mountedAt: "/api/registry",
    template: {
      path: (kind) => `/templates/${kind}.xlsx`,
      summary: (importer) => `下载${importer.label}导入模板`,
      query: { schema: s.templateQuery, year: (q: { year?: number }) => q.year },
      fileName: (importer, year) =>
        `${importer.label}导入模板${importer.yearly ? `-${registry.schoolYearLabel(year)}` : ""}.xlsx`,
    },
    upload: {
      summary: "上传导入文件(学生、教职工、学校、办学条件)并完整校验(不写入)",
      // documented here, parsed in the handler: a request that is not multipart gets the upload's own message
      body: { required: true, content: { "multipart/form-data": { schema: s.uploadFormDoc } } },
      form: s.uploadForm,
      kind: (form) => form.kind,
      fields(form) {
        if (form.correctionReason && form.kind !== "conditions") {
          throw badRequest("VALIDATION_FAILED", "只有办学条件导入可以更正已填报数据", [
            { field: "correctionReason", message: "只有办学条件导入可以更正已填报数据" },
          ]);
        }
        return { year: form.year, correctionReason: form.kind === "conditions" ? form.correctionReason : undefined };
      },
    },
  });

export function excelRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route("/", importRoutes());
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid("query");
    const actor = c.var.actor;
    const schoolYear = q.year ?? (await defaultYear(c, authorize(actor, "read", "registry")));
    const status = q.status === "all" ? undefined : q.status;
    const result = await exportStudents(c.var.deps, actor, { ...q, schoolYear, status }, c.var.ip);
    return xlsx(c, result.stream, result.fileName);
  });

  app.openapi(staffExportRoute, async (c) => {
    const q = c.req.valid("query");
    const actor = c.var.actor;
    const schoolYear = q.year ?? (await defaultYear(c, authorize(actor, "read", "registry")));
    const result = await exportStaff(c.var.deps, actor, { ...q, schoolYear }, c.var.ip);
    return xlsx(c, result.stream, result.fileName);
  });

  return app;
}
