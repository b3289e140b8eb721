/**
 * The routes of dropout control (控辍保学), mounted at /api/retention. Handlers read
 * validate → load (scoped) → command or core → present.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../http/context";
import { validationHook } from "../http/validation";
import { caseRoutes } from "./caseRoutes";
import { comparisonRoutes } from "./comparisonRoutes";
import { exportRoutes } from "./exportRoutes";
import { importRoutes } from "./importRoutes";
import { overviewRoutes } from "./overviewRoutes";
import { rateRoutes } from "./rateRoutes";
import { reminderRoutes } from "./reminderRoutes";
import { reportRoutes } from "./reportRoutes";
import { rosterRoutes } from "./rosterRoutes";

export function retentionRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.route("/", overviewRoutes());
  app.route("/", rosterRoutes());
  app.route("/", comparisonRoutes());
  app.route("/", caseRoutes());
  app.route("/", reportRoutes());
  app.route("/", rateRoutes());
  app.route("/", importRoutes());
  app.route("/", exportRoutes());
  app.route("/", reminderRoutes());
  return app;
}
