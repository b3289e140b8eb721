/**
 * The routes of a capability's declared-sheet import, mounted in one call (step 3 of importPipeline.ts):
 *
 *   GET  <template path>            the template (导入模板) for the asked or default school year
 *   POST /imports                   upload and full validation, nothing written (201, the job and its problems)
 *   GET  /imports/{id}              the job and its problems
 *   GET  /imports/{id}/report.xlsx  the marked-up report (409 once the file is dropped)
 *   POST /imports/{id}/commit       the commit, in one transaction
 *
 * with the OpenAPI schemas of importSchemas.ts. A job is its uploader's alone: every lookup goes through the same
 * filter (the capability, the actor's scope in it, `createdBy` the actor). Who may do what is the capability's own
 * policy, given as `access`: `importer(actor, kind)` is checked as soon as the kind is known (the template's path,
 * the upload's form, the job found), `enter(actor)` before that (an upload before its form is read; a job of a
 * capability with several kinds before it is found).
 */
import { Readable } from "node:stream";
import type { auth } from "@edubureau/core";
import { createRoute, OpenAPIHono, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, errorSchema, notFound } from "../http/errors";
import { contentDisposition, fileResponse, jsonBody, jsonResponse, XLSX_TYPE } from "../http/openapi";
import { type BodyLimit, bodyLimitFor } from "../http/uploadLimits";
import { validationHook } from "../http/validation";
import { regionName } from "../registry/store";
import {
  commitSheetImport,
  findSheetJob,
  type JobFilter,
  presentSheetJob,
  presentSheetResult,
  readUploadForm,
  type SheetImporter,
  sheetJobReport,
  sheetOfJob,
  uploadSheetImport,
} from "./importPipeline";
import { commitBody, commitResultSchema, importResultSchema, jobParams } from "./importSchemas";

type RequestBody = NonNullable<RouteConfig["request"]>["body"];
type Responses = RouteConfig["responses"];

/** What the upload's form asks for beyond the file. */
export interface UploadFields {
  /** the importer's kind (default: the capability's one importer) */
  kind?: string;
  /** the school year (default: `defaultYear`) */
  year?: number;
  /** a correction upload: why rows already reported are replaced (school conditions) */
  correctionReason?: string;
}

export interface SheetImportRoutes<F extends { file: File }> {
  /** the capability whose data scope holds the jobs; every importer's jobs carry it */
  capability: auth.Capability;
  /** the OpenAPI tags of the five routes */
  tags: string[];
  /** the importers by their sheet's kind (most capabilities have one) */
  importers: Record<string, SheetImporter>;
  access: {
    /** who may import a kind (template, upload, job, report, commit): the actor, or 401/403 */
    importer(actor: auth.Actor | null, kind: string): auth.Actor;
    /** checked before the kind is known; default: `importer` of the one kind */
    enter?(actor: auth.Actor | null): auth.Actor;
  };
  /** the school year of a template or an upload when none is asked */
  defaultYear(c: Context<AppEnv>, actor: auth.Actor): number | Promise<number>;
  /**
   * the upload's body limit and where the routes are mounted: the app applies its limits by path
   * (http/uploadLimits.ts), and mounting refuses to start when that table does not give `${mountedAt}/imports`
   * this limit
   */
  bodyLimit: BodyLimit;
  mountedAt: string;
  template: {
    /** one route per importer at `path(kind)`, or one route at `path` whose `params` name the kind */
    path: string | ((kind: string) => string);
    params?: z.ZodObject;
    summary: string | ((importer: SheetImporter) => string);
    /** the query asking for a year, and the year it asks for */
    query?: { schema: z.ZodObject; year(query: never): number | undefined };
    fileName(importer: SheetImporter, year: number): string;
  };
  upload: {
    summary: string;
    /** the multipart body as documented (the handler checks it with `form`) */
    body: RequestBody;
    form: z.ZodType<F>;
    /** the kind the form names, when there are several importers */
    kind?(form: F): string;
    /** the year and correction reason the form asks for (may refuse with a 400) */
    fields?(form: F, kind: string): UploadFields;
    responses?: Responses;
  };
  summaries?: { job?: string; report?: string; commit?: string };
}

const conflictResponse = { 409: jsonResponse(errorSchema, "已导入、有错误或数据已变化") };

function xlsx(c: Context<AppEnv>, body: Readable | Buffer, fileName: string) {
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : new Uint8Array(body);
  return c.body(stream, 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": contentDisposition(fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
}

/** A validated part of the request (the routes here are built from options, so their input types are not inferred). */
const valid = <T>(c: Context<AppEnv>, target: "query" | "param" | "json") =>
  (c.req.valid as unknown as (t: string) => T)(target);

/** The import routes of a capability, to mount with `app.route("/", sheetImportRoutes({...}))`. */
export function sheetImportRoutes<F extends { file: File }>(o: SheetImportRoutes<F>) {
  const kinds = Object.keys(o.importers);
  const only = kinds.length === 1 ? kinds[0] : undefined;
  const enter = o.access.enter ?? (only ? (a: auth.Actor | null) => o.access.importer(a, only) : undefined);
  if (!enter) throw new Error(`${o.mountedAt}: several importers need access.enter`);
  for (const i of Object.values(o.importers)) {
    if (i.capability !== o.capability)
      throw new Error(`${o.mountedAt}: importer ${i.spec.kind} is not ${o.capability}'s`);
  }
  if (bodyLimitFor(`${o.mountedAt}/imports`) !== o.bodyLimit) {
    throw new Error(`${o.mountedAt}/imports: give the upload its body limit in http/uploadLimits.ts`);
  }
  const tags = o.tags;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  /** The jobs an actor may see: their own uploads, within their scope in the capability. */
  const ownJobs = (actor: auth.Actor): JobFilter => ({
    capability: o.capability,
    scope: scopeOf(actor, o.capability),
    createdBy: actor.userId,
  });

  // ------------------------------------------------------------ template
  const t = o.template;
  const summaryOf = (i: SheetImporter) => (typeof t.summary === "string" ? t.summary : t.summary(i));
  const { path } = t;
  const templates: { path: string; summary: string; kind?: string }[] =
    typeof path === "string"
      ? [{ path, summary: only ? summaryOf(o.importers[only]!) : (t.summary as string), kind: only }]
      : kinds.map((kind) => ({ path: path(kind), summary: summaryOf(o.importers[kind]!), kind }));
  for (const tpl of templates) {
    const route = createRoute({
      method: "get",
      path: tpl.path,
      tags,
      summary: tpl.summary,
      request: { ...(t.params ? { params: t.params } : {}), ...(t.query ? { query: t.query.schema } : {}) },
      responses: { 200: fileResponse(XLSX_TYPE, "导入模板"), ...errorResponses },
    });
    app.openapi(route, (async (c: Context<AppEnv>) => {
      const kind = tpl.kind ?? valid<{ kind: string }>(c, "param").kind;
      const actor = o.access.importer(c.var.actor, kind);
      const importer = o.importers[kind];
      if (!importer) throw notFound("导入模板");
      const asked = t.query ? t.query.year(valid<never>(c, "query")) : undefined;
      const year = asked ?? (await o.defaultYear(c, actor));
      const county = (await regionName(c.var.deps.db, actor.regionCode)) ?? "";
      return xlsx(c, await importer.template(c.var.deps.db, actor, year, county), t.fileName(importer, year));
    }) as never);
  }

  // ------------------------------------------------------------ upload
  const uploadRoute = createRoute({
    method: "post",
    path: "/imports",
    tags,
    summary: o.upload.summary,
    request: { body: o.upload.body },
    responses: { 201: jsonResponse(importResultSchema, "校验结果"), ...errorResponses, ...o.upload.responses },
  });
  app.openapi(uploadRoute, (async (c: Context<AppEnv>) => {
    enter(c.var.actor);
    const form = await readUploadForm(c, o.upload.form, {
      notMultipart: "请以 multipart/form-data 上传 Excel 文件(字段名 file)",
    });
    const kind = o.upload.kind?.(form) ?? only!;
    const actor = o.access.importer(c.var.actor, kind);
    const asked = o.upload.fields?.(form, kind) ?? {};
    const bytes = Buffer.from(await form.file.arrayBuffer());
    const schoolYear = asked.year ?? (await o.defaultYear(c, actor));
    const job = await uploadSheetImport(
      c.var.deps,
      o.importers[kind]!,
      actor,
      scopeOf(actor, o.capability),
      { bytes, fileName: form.file.name, schoolYear, correctionReason: asked.correctionReason },
      { now: c.var.deps.now(), ip: c.var.ip },
    );
    return c.json(presentSheetResult(job), 201);
  }) as never);

  /** A job of the caller's, who must still be allowed to import its kind; 404 when missing or not theirs. */
  const ownJob = async (c: Context<AppEnv>, id: string) => {
    if (only) {
      const actor = o.access.importer(c.var.actor, only);
      return { actor, job: await findSheetJob(c.var.deps.db, ownJobs(actor), id), importer: o.importers[only]! };
    }
    const reader = enter(c.var.actor);
    const job = await findSheetJob(c.var.deps.db, ownJobs(reader), id);
    const importer = o.importers[job.kind];
    if (!importer) throw notFound("导入批次");
    return { job, actor: o.access.importer(reader, job.kind), importer };
  };

  // ------------------------------------------------------------ job, report, commit
  const s = o.summaries ?? {};
  const jobRoute = createRoute({
    method: "get",
    path: "/imports/{id}",
    tags,
    summary: s.job ?? "导入批次及校验结果",
    request: { params: jobParams },
    responses: { 200: jsonResponse(importResultSchema, "校验结果"), ...errorResponses },
  });
  app.openapi(jobRoute, async (c) => {
    const { job } = await ownJob(c, c.req.valid("param").id);
    return c.json(presentSheetResult(job), 200);
  });

  const reportRoute = createRoute({
    method: "get",
    path: "/imports/{id}/report.xlsx",
    tags,
    summary: s.report ?? "下载校验报告(错误单元格标红并附批注)",
    request: { params: jobParams },
    responses: { 200: fileResponse(XLSX_TYPE, "校验报告"), ...errorResponses, ...conflictResponse },
  });
  app.openapi(reportRoute, (async (c: Context<AppEnv>) => {
    const { job, actor, importer } = await ownJob(c, valid<{ id: string }>(c, "param").id);
    const report = await sheetJobReport(c.var.deps, importer, ownJobs(actor), job);
    return xlsx(c, report.stream, report.fileName);
  }) as never);

  const commitRoute = createRoute({
    method: "post",
    path: "/imports/{id}/commit",
    tags,
    summary: s.commit ?? "提交导入(一个事务,全部成功或全部不写)",
    request: { params: jobParams, body: jsonBody(commitBody) },
    responses: { 200: jsonResponse(commitResultSchema, "已导入"), ...errorResponses, ...conflictResponse },
  });
  app.openapi(commitRoute, async (c) => {
    const { deps } = c.var;
    const { id } = c.req.valid("param");
    const { job, actor, importer } = await ownJob(c, id);
    const result = await commitSheetImport(
      deps,
      actor,
      job,
      importer,
      sheetOfJob(deps, ownJobs(actor), job, importer.spec),
      { onlyValidRows: c.req.valid("json").onlyValidRows, now: deps.now(), ip: c.var.ip },
    );
    const updated = await findSheetJob(deps.db, ownJobs(actor), id);
    return c.json({ job: presentSheetJob(updated), ...result }, 200);
  });

  return app;
}
