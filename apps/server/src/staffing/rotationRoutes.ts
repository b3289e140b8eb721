/** Teacher rotation (交流轮岗): the eligible, requests and decisions, exemptions. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { staffingSchools } from "../registry/staffingIntake";
import { rotationOf, subjectLabel } from "./figures";
import { decideRotation, exemptFromRotation, proposeRotation } from "./rotationCommands";
import * as s from "./rotationSchemas";
import { basisFor, ctxOf, schoolName, tags, writeErrors } from "./routeKit";
import { idParam, schoolYearQuery } from "./schemas";

const rotationRoute = createRoute({
  method: "get",
  path: "/rotation",
  tags,
  summary: "交流轮岗:符合交流条件的教师、学校申请和人事股决定、对照比例要求",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.rotationSchema, "交流轮岗"), ...errorResponses },
});
const proposeRotationRoute = createRoute({
  method: "post",
  path: "/rotation",
  tags,
  summary: "学校提出教师交流申请(学校管理员为本校;人事股)",
  request: { body: jsonBody(s.proposeRotationBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "交流申请"), ...writeErrors },
});
const decideRotationRoute = createRoute({
  method: "post",
  path: "/rotation/{id}/decision",
  tags,
  summary: "人事股处理交流申请:同意(去向学校、起止日期)或不同意(原因)",
  request: { params: idParam, body: jsonBody(s.decideRotationBody) },
  responses: { 200: jsonResponse(z.object({ id: z.string() }), "交流申请"), ...writeErrors },
});
const exemptionRoute = createRoute({
  method: "post",
  path: "/rotation/exemptions",
  tags,
  summary: "登记教师本学年免于交流及原因(学校管理员为本校;人事股)",
  request: { body: jsonBody(s.exemptionBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "免于交流"), ...writeErrors },
});

export function rotationRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(rotationRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const r = await rotationOf(c.var.deps.db, scope, basis);
    const all = await staffingSchools(c.var.deps.db, { kind: "county", regionCode: scope.regionCode });
    const names = new Map(all.map((x) => [x.id, x.name]));
    const staffNames = new Map(basis.staff.map((x) => [x.staffId, x.name]));
    return c.json(
      {
        schoolYear: basis.schoolYear,
        figures: r.figures,
        due: r.due.slice(0, 1000).map((d) => ({
          staffId: d.staff.staffId,
          name: d.staff.name,
          staffNumber: d.staff.staffNumber,
          schoolId: d.staff.schoolId,
          schoolName: schoolName(basis, d.staff.schoolId),
          label: subjectLabel(d.staff.subject),
          since: d.since,
          years: d.years,
          backbone: d.backbone,
          targetSchool: d.targetSchool,
          exemptReason: d.exemptReason,
        })),
        rotations: r.rotations.map((x) => ({
          id: x.id,
          staffId: x.staffId,
          name: staffNames.get(x.staffId) ?? "",
          fromSchool: names.get(x.schoolId) ?? "",
          toSchool: x.toSchoolId ? (names.get(x.toSchoolId) ?? "") : null,
          status: x.status as "proposed" | "approved" | "rejected",
          startDate: x.startDate,
          endDate: x.endDate,
          note: x.note,
          decisionNote: x.decisionNote,
        })),
        schools: all.map((x) => ({ id: x.id, name: x.name })),
      },
      200,
    );
  });

  app.openapi(proposeRotationRoute, async (c) => {
    const id = await proposeRotation(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  app.openapi(decideRotationRoute, async (c) => {
    const { id } = c.req.valid("param");
    await decideRotation(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 200);
  });

  app.openapi(exemptionRoute, async (c) => {
    const id = await exemptFromRotation(c.var.deps.db, c.var.actor, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  return app;
}
