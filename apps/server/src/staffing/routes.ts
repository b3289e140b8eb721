/**
 * The workforce's routes (教师队伍 · 人事股), mounted at /api/staffing. Handlers read
 * validate → load (scoped) → command or core → present. Aggregates are for the county's readers and a school's
 * administrator (their school); a teacher reads their own record at /me.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { validationHook } from "../http/validation";
import { establishmentRoutes } from "./establishmentRoutes";
import { importRoutes } from "./importRoutes";
import { overviewRoutes } from "./overviewRoutes";
import { poolEditRoutes } from "./poolEditRoutes";
import { poolRoutes } from "./poolRoutes";
import { recruitmentRoutes } from "./recruitmentRoutes";
import { rotationRoutes } from "./rotationRoutes";
import { structureRoutes } from "./structureRoutes";
import { summaryRoutes } from "./summaryRoutes";
import { trainingRoutes } from "./trainingRoutes";

export function staffingRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route("/", overviewRoutes());
  app.route("/", establishmentRoutes());
  app.route("/", structureRoutes());
  app.route("/", recruitmentRoutes());
  app.route("/", trainingRoutes());
  app.route("/", rotationRoutes());
  app.route("/", poolRoutes());
  app.route("/", poolEditRoutes());
  app.route("/", summaryRoutes());
  app.route("/", importRoutes());
  return app;
}
