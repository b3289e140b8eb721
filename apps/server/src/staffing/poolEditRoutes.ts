/**
 * Editing the pools: backbone recognitions and the reserve pool (人事股), 名师工作室 and their members (教研室, or
 * 人事股). Each handler authorises in its command and answers with the id it wrote.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { authorize } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import * as s from "./poolSchemas";
import { addRecognition, addToReserve, updateRecognition, updateReserve } from "./recognitionCommands";
import { ctxOf, tags, writeErrors, yearOf } from "./routeKit";
import { idParam } from "./schemas";
import { addStudioMember, createStudio, removeStudioMember, updateStudio } from "./studioCommands";

const idAnswer = (what: string) => jsonResponse(z.object({ id: z.string() }), what);
const write = <R extends object>(method: "post" | "put" | "delete", path: string, summary: string, request: R) =>
  createRoute({ method, path, tags, summary, request, responses: { 200: idAnswer(summary), ...writeErrors } });

const addRecognitionRoute = write("post", "/recognitions", "登记骨干教师、学科带头人或名师认定(人事股)", {
  body: jsonBody(s.recognitionBody),
});
const updateRecognitionRoute = write("put", "/recognitions/{id}", "修改认定的类别、级别或日期(人事股)", {
  params: idParam,
  body: jsonBody(s.recognitionUpdateBody),
});
const addReserveRoute = write("post", "/reserve", "教师纳入后备人才库(人事股)", { body: jsonBody(s.reserveBody) });
const updateReserveRoute = write("put", "/reserve/{id}", "修改后备人才的入库条件、考核结果或出库(人事股)", {
  params: idParam,
  body: jsonBody(s.reserveUpdateBody),
});
const createStudioRoute = write("post", "/studios", "新建名师工作室(教研室)", { body: jsonBody(s.studioBody) });
const updateStudioRoute = write("put", "/studios/{id}", "修改名师工作室名称、主持人或学科(教研室)", {
  params: idParam,
  body: jsonBody(s.studioBody),
});
const addMemberRoute = write("post", "/studios/{id}/members", "名师工作室增加成员(教研室)", {
  params: idParam,
  body: jsonBody(s.memberBody),
});
const removeMemberRoute = write("delete", "/studios/{id}/members/{staffId}", "名师工作室移出成员(教研室)", {
  params: s.memberParam,
});

export function poolEditRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const year = async (c: Context<AppEnv>) => yearOf(c.var, authorize(c.var.actor, "read", "staffing").regionCode);

  app.openapi(addRecognitionRoute, async (c) => {
    const id = await addRecognition(c.var.deps.db, c.var.actor, await year(c), c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(updateRecognitionRoute, async (c) => {
    const { id } = c.req.valid("param");
    await updateRecognition(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(addReserveRoute, async (c) => {
    const id = await addToReserve(c.var.deps.db, c.var.actor, await year(c), c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(updateReserveRoute, async (c) => {
    const { id } = c.req.valid("param");
    await updateReserve(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(createStudioRoute, async (c) => {
    const id = await createStudio(c.var.deps.db, c.var.actor, await year(c), c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(updateStudioRoute, async (c) => {
    const { id } = c.req.valid("param");
    await updateStudio(c.var.deps.db, c.var.actor, await year(c), id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(addMemberRoute, async (c) => {
    const { id } = c.req.valid("param");
    await addStudioMember(c.var.deps.db, c.var.actor, await year(c), id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });
  app.openapi(removeMemberRoute, async (c) => {
    const { id, staffId } = c.req.valid("param");
    await removeStudioMember(c.var.deps.db, c.var.actor, id, staffId, ctxOf(c.var));
    return c.json({ id }, 200);
  });
  return app;
}
