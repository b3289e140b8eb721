/** A teacher's own record (/me) and the one-page work report (Word). */
import { type auth, registry, staffing } from "@edubureau/core";
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { authorize, type ReadableScope } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses, notFound } from "../http/errors";
import { DOCX_TYPE, fileResponse, jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { staffingSchools } from "../registry/staffingIntake";
import { loadBasis, subjectLabel, trainingOf } from "./figures";
import { overviewOf } from "./overview";
import { presentProgress } from "./present";
import { attachment, auditExport, basisFor, label, schoolName, tags, todayFor, yearOf } from "./routeKit";
import { yearQuery } from "./schemas";
import { recognitionsOf, rotationsOf, trainingIn } from "./store";
import { summaryDocument } from "./summary";
import * as s from "./trainingSchemas";

const meRoute = createRoute({
  method: "get",
  path: "/me",
  tags,
  summary: "本人的教师档案:继续教育学时进度、骨干认定、交流记录(教师)",
  request: { query: yearQuery },
  responses: { 200: jsonResponse(s.myRecordSchema, "本人档案"), ...errorResponses },
});
const summaryRoute = createRoute({
  method: "get",
  path: "/summary.docx",
  tags,
  summary: "教师队伍工作情况(Word,一页,每个数字注明依据页面)",
  request: { query: yearQuery },
  responses: { 200: fileResponse(DOCX_TYPE, "工作情况"), ...errorResponses },
});

export function summaryRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(meRoute, async (c) => {
    const actor = authorize(c.var.actor, "read", "staffing");
    if (!actor.staffId || !actor.schoolId) throw notFound("本人的教师档案(账号未关联教职工)");
    const scope: ReadableScope = {
      kind: "classes",
      regionCode: actor.regionCode,
      schoolId: actor.schoolId,
      staffId: actor.staffId,
    };
    const year = await yearOf(c.var, actor.regionCode, c.req.valid("query").schoolYear);
    const basis = await loadBasis(c.var.deps.db, scope, year);
    const me = basis.staff[0];
    if (!me) throw notFound("本人的教师档案");
    const today = todayFor(c.var);
    const t = await trainingOf(c.var.deps.db, scope, basis, today);
    const mine = t.teachers[0] ?? {
      staff: me,
      progress: staffing.trainingProgress([], t.cycle, me.hireDate, today, basis.settings),
    };
    const [records, recognitions, rotations] = await Promise.all([
      trainingIn(c.var.deps.db, scope, t.cycle.start, t.cycle.end),
      recognitionsOf(c.var.deps.db, scope),
      rotationsOf(c.var.deps.db, scope),
    ]);
    const all = await staffingSchools(c.var.deps.db, { kind: "county", regionCode: actor.regionCode });
    const names = new Map(all.map((x) => [x.id, x.name]));
    return c.json(
      {
        name: me.name,
        staffNumber: me.staffNumber,
        schoolName: schoolName(basis, me.schoolId),
        label: subjectLabel(me.subject),
        titleLabel: label(registry.professionalTitle, me.title),
        retirementDate: staffing.retirementDateOf(me),
        cycle: t.cycle,
        progress: presentProgress(basis, mine),
        records: records
          .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))
          .map((r) => ({
            course: r.course,
            levelLabel: staffing.trainingLevels[r.level],
            startDate: r.startDate,
            endDate: r.endDate,
            hours: Number(r.hours),
          })),
        recognitions: recognitions.map((r) => ({
          tierLabel: staffing.backboneTiers[r.tier],
          levelLabel: staffing.recognitionLevels[r.level],
          recognisedOn: r.recognisedOn,
          expiresOn: r.expiresOn,
        })),
        rotations: rotations.map((r) => ({
          schoolYear: r.schoolYear,
          toSchool: r.toSchoolId ? (names.get(r.toSchoolId) ?? null) : null,
          status: r.status,
        })),
      },
      200,
    );
  });

  app.openapi(summaryRoute, async (c) => {
    const { scope, basis } = await basisFor(c, c.req.valid("query"));
    const o = await overviewOf(c, scope, basis);
    const origin = new URL(c.req.url).origin;
    const bytes = await summaryDocument({
      countyName: o.countyName,
      today: o.today,
      schoolYearLabel: registry.schoolYearLabel(basis.schoolYear),
      sentences: o.sentences,
      origin,
      establishment: o.est.schools
        .filter((x) => x.shortage > 0)
        .sort((a, b) => b.shortage - a.shortage)
        .slice(0, 12)
        .map((x) => ({ schoolName: x.schoolName, owed: x.owed, filled: x.filled, balance: x.balance })),
    });
    await auditExport(c, c.var.actor as auth.Actor, "summary", basis.schoolYear);
    return attachment(c, bytes, DOCX_TYPE, `教师队伍工作情况-${basis.schoolYear}.docx`);
  });

  return app;
}
