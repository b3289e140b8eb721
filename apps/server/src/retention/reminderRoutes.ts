/** The reminders the scheduled job raised (督办提醒): the county's for the section and leadership, a school's own. */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { scopeOf } from "../auth/authorize";
import type { AppEnv } from "../http/context";
import { errorResponses } from "../http/errors";
import { jsonResponse } from "../http/openapi";
import { validationHook } from "../http/validation";
import { listReminders, presentReminder, REMINDER_DAYS, remindersSince } from "./reminders";
import { namesOf, tags, todayFor } from "./routeKit";
import * as s from "./schemas";

const remindersRoute = createRoute({
  method: "get",
  path: "/reminders",
  tags,
  summary: `督办提醒(近${REMINDER_DAYS}天):逾期个案报股室、局领导督办,零报告逾期未报的学校;学校只见本校`,
  responses: {
    200: jsonResponse(z.object({ since: z.string(), rows: z.array(s.reminderSchema) }), "督办提醒"),
    ...errorResponses,
  },
});

export function reminderRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(remindersRoute, async (c) => {
    const scope = scopeOf(c.var.actor, "retention");
    const since = remindersSince(todayFor(c.var));
    const [rows, names] = await Promise.all([
      listReminders(c.var.deps.db, scope, since),
      namesOf(c.var, scope.regionCode),
    ]);
    return c.json({ since, rows: rows.map((r) => presentReminder(r, names)) }, 200);
  });

  return app;
}
