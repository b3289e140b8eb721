/**
 * Public verification routes, mounted at /api/public/draws without login: anonymized codes only, witnesses by role.
 * A frozen event shows its input digest and file before the event; contributions, seed and result appear once
 * published. Drafts answer 404.
 */
import { admissions } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { contentDisposition, jsonFileResponse, jsonResponse, publicRoute } from "../http/openapi";
import { validationHook } from "../http/validation";
import { presentPublic } from "./present";
import { publicEvent, publicEvents } from "./store";
import { drawEvent } from "./tables";

const tags = ["公开查询"];
const drawKind = z.enum(Object.keys(admissions.drawKindLabels) as [admissions.DrawKind]);
const codeParam = z.object({ code: z.string().regex(/^[A-Z]{2}-\d{4}-\d{4}$/, "活动编号格式应如 YG-2026-0001") });

const publicDraw = z
  .object({
    status: z.enum(["frozen", "published"]),
    code: z.string(),
    kind: drawKind,
    kindLabel: z.string(),
    title: z.string(),
    schoolName: z.string().nullable(),
    algorithm: z.string(),
    algorithmVersion: z.number(),
    eventTime: z.string(),
    frozenAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    inputDigest: z.string(),
    contributions: z.array(z.object({ role: z.string(), value: z.string() })),
    seed: z.string().nullable(),
    resultDigest: z.string().nullable(),
    rerunOfCode: z.string().nullable(),
    rerunReason: z.string().nullable(),
    settledOverrides: z.array(
      z.object({
        step: z.enum(["run", "confirm"]),
        reason: z.string(),
        studentsInClasses: z.number(),
        studentsChanged: z.number(),
        at: z.string(),
      }),
    ),
    entries: z.number(),
  })
  .openapi("PublicDraw");

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags,
  security: publicRoute,
  summary: "已冻结名单或已公示的分班、摇号与指标到校活动",
  responses: {
    200: jsonResponse(
      z.object({
        rows: z.array(
          z.object({
            code: z.string(),
            kind: drawKind,
            title: z.string(),
            status: z.enum(["frozen", "published"]),
            eventTime: z.string(),
            publishedAt: z.string().nullable(),
            schoolName: z.string().nullable(),
          }),
        ),
      }),
      "公示活动",
    ),
    // every /api route answers 400 to a NUL character in its URL (nulCharacters.ts)
    400: errorResponses[400],
  },
});
const detailRoute = createRoute({
  method: "get",
  path: "/{code}",
  tags,
  security: publicRoute,
  summary: "公示活动:输入摘要、见证人随机数、种子、算法版本、结果摘要",
  request: { params: codeParam },
  responses: { 200: jsonResponse(publicDraw, "公示活动"), ...errorResponses },
});
const fileRoute = createRoute({
  method: "get",
  path: "/{code}/files/{which}",
  tags,
  security: publicRoute,
  summary: "公示文件(规范化 JSON,可用于独立验证)",
  request: { params: codeParam.extend({ which: z.enum(["input", "result"]) }) },
  responses: {
    200: jsonFileResponse("文件(规范化 JSON)"),
    ...errorResponses,
  },
});

export function publicDrawRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listRoute, async (c) => {
    const rows = await publicEvents(c.var.deps.db);
    return c.json(
      {
        rows: rows.map((r) => ({
          ...r,
          kind: r.kind as admissions.DrawKind,
          status: r.status === "published" ? ("published" as const) : ("frozen" as const),
          eventTime: r.eventTime.toISOString(),
          publishedAt: r.publishedAt?.toISOString() ?? null,
        })),
      },
      200,
    );
  });
  app.openapi(detailRoute, async (c) => {
    const e = await publicEvent(c.var.deps.db, c.req.valid("param").code);
    if (!e) throw notFound("公示活动");
    let rerunOfCode: string | null = null;
    if (e.rerunOfId) {
      const rows = await c.var.deps.db
        .select({ code: drawEvent.code })
        .from(drawEvent)
        .where(eq(drawEvent.id, e.rerunOfId))
        .limit(1);
      rerunOfCode = rows[0]?.code ?? null;
    }
    return c.json(presentPublic(e, rerunOfCode), 200);
  });
  app.openapi(fileRoute, async (c) => {
    const { code, which } = c.req.valid("param");
    const e = await publicEvent(c.var.deps.db, code);
    if (!e) throw notFound("公示活动");
    if (which === "result" && e.status !== "published") throw notFound("结果文件(尚未公示)");
    const text = (which === "input" ? e.inputText : e.resultText) ?? "";
    return c.body(text, 200, {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": contentDisposition(`${code}-${which}.json`),
      "cache-control": "public, max-age=300",
    }) as never;
  });
  return app;
}
