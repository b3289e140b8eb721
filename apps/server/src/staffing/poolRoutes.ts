/** The talent pools (人才梯队): recognitions, studios and their activities, part-time researchers. */
import { staffing } from "@edubureau/core";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { authorize } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonBody, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { loadBasis, poolsOf, subjectLabel } from "./figures";
import { appointResearcher, recordStudioActivity } from "./poolCommands";
import * as s from "./poolSchemas";
import { basisFor, ctxOf, schoolName, tags, todayFor, writeErrors, yearOf } from "./routeKit";
import { idParam, schoolYearQuery } from "./schemas";

const poolsRoute = createRoute({
  method: "get",
  path: "/pools",
  tags,
  summary: "人才梯队:骨干教师、学科带头人、名师,后备人才库,名师工作室,兼职教研员,双师型比例",
  request: { query: schoolYearQuery },
  responses: { 200: jsonResponse(s.poolsSchema, "人才梯队"), ...errorResponses },
});
const activityRoute = createRoute({
  method: "post",
  path: "/studios/{id}/activities",
  tags,
  summary: "登记名师工作室活动(教研室)",
  request: { params: idParam, body: jsonBody(s.activityBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "活动"), ...writeErrors },
});
const researcherRoute = createRoute({
  method: "post",
  path: "/researchers",
  tags,
  summary: "聘任兼职教研员(教研室)",
  request: { body: jsonBody(s.researcherBody) },
  responses: { 201: jsonResponse(z.object({ id: z.string() }), "兼职教研员"), ...writeErrors },
});

export function poolRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(poolsRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const today = todayFor(c.var);
    const p = await poolsOf(c.var.deps.db, scope, basis, today);
    // names of people at other schools (a studio's host) come from the county's roster of the year
    const county = await loadBasis(c.var.deps.db, { kind: "county", regionCode: scope.regionCode }, basis.schoolYear);
    const who = new Map(county.staff.map((x) => [x.staffId, x]));
    const nameOf = (id: string) => who.get(id)?.name ?? "";
    const schoolOf = (id: string) => schoolName(county, who.get(id)?.schoolId ?? null);
    return c.json(
      {
        tiers: p.tiers,
        expiringWithinYear: p.expiringWithinYear,
        recognitions: p.recognitions.slice(0, 1000).map((r) => ({
          id: r.id,
          name: nameOf(r.staffId),
          schoolName: schoolName(county, r.schoolId),
          staffId: r.staffId,
          tier: r.tier,
          tierLabel: staffing.backboneTiers[r.tier],
          level: r.level,
          levelLabel: staffing.recognitionLevels[r.level],
          recognisedOn: r.recognisedOn,
          expiresOn: r.expiresOn,
          active: staffing.recognitionActive(r, today),
        })),
        reserve: p.reserve.map((r) => ({
          id: r.id,
          name: nameOf(r.staffId),
          schoolName: schoolName(county, r.schoolId),
          joinedOn: r.joinedOn,
          criteria: r.criteria,
          assessment: r.assessment,
          assessedOn: r.assessedOn,
          staffId: r.staffId,
          status: r.status === "left" ? ("left" as const) : ("active" as const),
        })),
        studios: p.studios.studios.map((st) => ({
          id: st.id,
          name: st.name,
          host: `${nameOf(st.hostStaffId)}(${schoolOf(st.hostStaffId)})`,
          hostStaffId: st.hostStaffId,
          subject: st.subject,
          label: subjectLabel(st.subject),
          foundedOn: st.foundedOn,
          members: p.studios.members.filter((m) => m.studioId === st.id).length,
          memberList: p.studios.members
            .filter((m) => m.studioId === st.id)
            .map((m) => ({
              staffId: m.staffId,
              name: nameOf(m.staffId),
              schoolName: schoolOf(m.staffId),
              joinedOn: m.joinedOn,
            })),
          activities: p.studios.activities
            .filter((a) => a.studioId === st.id)
            .map((a) => ({ on: a.on, title: a.title, participants: a.participants })),
        })),
        researchers: p.researchers.map((r) => ({
          id: r.id,
          name: `${nameOf(r.staffId)}(${schoolOf(r.staffId)})`,
          label: subjectLabel(r.subject),
          appointedOn: r.appointedOn,
          termEndsOn: r.termEndsOn,
        })),
        activeResearchers: p.activeResearchers,
        reserveActive: p.reserve.filter((r) => r.status === "active").length,
        vocationalTeachers: p.vocationalTeachers,
        doubleQualified: p.doubleQualified,
        doubleQualifiedShare: p.doubleQualifiedShare,
      },
      200,
    );
  });

  app.openapi(activityRoute, async (c) => {
    const { id } = c.req.valid("param");
    const rowId = await recordStudioActivity(c.var.deps.db, c.var.actor, id, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id: rowId }, 201);
  });

  app.openapi(researcherRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    const year = await yearOf(c.var, actor.regionCode);
    const id = await appointResearcher(c.var.deps.db, actor, year, c.req.valid("json"), ctxOf(c.var));
    return c.json({ id }, 201);
  });

  return app;
}
