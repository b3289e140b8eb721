/** Catchment zone routes, mounted with the admissions routes at /api/admissions/zones. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { deleteZone, listZones, lookupAddress, saveZone } from "./zones";

const tags = ["招生入学"];
const idParam = z.object({ id: z.uuid("学区编号格式不正确") });
const zoneBody = z.object({
  name: z.string().trim().min(2, "学区名称至少 2 个字").max(50),
  stage: z.enum(["primary", "junior"], "学段应为小学或初中"),
  units: z.array(z.string().trim().min(2, "地址单元至少 2 个字").max(30)).min(1, "请至少填写一个地址单元").max(200),
  schoolIds: z.array(z.uuid("学校编号格式不正确")).min(1, "请选择对口学校").max(20),
  places: z.record(z.string(), z.number().int().min(0)).default({}),
});
const zoneRow = z.looseObject({ id: z.string(), name: z.string(), stage: z.string() }).openapi("CatchmentZone");
const zoneStage = z.enum(["primary", "junior"]);
/** A zone of the list, with its places against the children of its entry cohort (listZones). */
const zoneCapacityRow = z
  .object({
    id: z.string(),
    name: z.string(),
    stage: zoneStage,
    units: z.array(z.string()),
    schools: z.array(z.object({ id: z.string(), name: z.string(), places: z.number(), override: z.boolean() })),
    cohort: z.object({ from: z.string(), to: z.string() }),
    children: z.number(),
    places: z.number(),
    ratio: z.number().nullable(),
    gap: z.number(),
    status: z.enum(["shortfall", "tight", "ok", "no_school"]),
  })
  .openapi("CatchmentZoneCapacity");
/** A zone an address belongs to, with the units that matched and its schools' names (lookupAddress). */
const zoneMatch = z
  .object({
    id: z.string(),
    name: z.string(),
    stage: zoneStage,
    units: z.array(z.string()),
    schools: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("CatchmentZoneMatch");

const listRoute = createRoute({
  method: "get",
  path: "/zones",
  tags,
  summary: "学区及学位测算(入学年龄儿童与对口学校学位)",
  request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) },
  responses: {
    200: jsonResponse(
      z.object({
        schoolYear: z.number(),
        rows: z.array(zoneCapacityRow),
        problems: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
      "学区",
    ),
    ...errorResponses,
  },
});
const lookupRoute = createRoute({
  method: "get",
  path: "/zones/lookup",
  tags,
  summary: "按地址查询对口学区和学校",
  request: { query: z.object({ address: z.string().trim().min(2, "请输入地址(至少 2 个字)").max(200) }) },
  responses: { 200: jsonResponse(z.object({ rows: z.array(zoneMatch) }), "对口学区"), ...errorResponses },
});
const createZoneRoute = createRoute({
  method: "post",
  path: "/zones",
  tags,
  summary: "新建学区",
  request: { body: jsonBody(zoneBody) },
  responses: { 201: jsonResponse(zoneRow, "学区"), ...errorResponses },
});
const updateZoneRoute = createRoute({
  method: "put",
  path: "/zones/{id}",
  tags,
  summary: "修改学区",
  request: { params: idParam, body: jsonBody(zoneBody) },
  responses: { 200: jsonResponse(zoneRow, "学区"), ...errorResponses },
});
const deleteZoneRoute = createRoute({
  method: "delete",
  path: "/zones/{id}",
  tags,
  summary: "删除学区",
  request: { params: idParam },
  responses: { 204: { description: "已删除" }, ...errorResponses },
});

export function zoneRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const ctx = (v: AppEnv["Variables"]) => ({ now: v.deps.now(), ip: v.ip });
  app.openapi(listRoute, async (c) =>
    c.json(await listZones(c.var.deps.db, c.var.actor, c.req.valid("query").year), 200),
  );
  app.openapi(lookupRoute, async (c) =>
    c.json({ rows: await lookupAddress(c.var.deps.db, c.var.actor, c.req.valid("query").address) }, 200),
  );
  app.openapi(createZoneRoute, async (c) =>
    c.json(await saveZone(c.var.deps.db, c.var.actor, null, c.req.valid("json"), ctx(c.var)), 201),
  );
  app.openapi(updateZoneRoute, async (c) =>
    c.json(await saveZone(c.var.deps.db, c.var.actor, c.req.valid("param").id, c.req.valid("json"), ctx(c.var)), 200),
  );
  app.openapi(deleteZoneRoute, async (c) => {
    await deleteZone(c.var.deps.db, c.var.actor, c.req.valid("param").id, ctx(c.var));
    return c.body(null, 204);
  });
  return app;
}
