import { balance, registry } from "@edubureau/core";
import type { Context } from "hono";
import { z } from "zod";
import { recordAudit } from "../../audit/store";
import type { AppEnv } from "../../http/context";
import { badRequest } from "../../http/errors";
import { contentDisposition, DOCX_TYPE, XLSX_TYPE } from "../../http/openapi";
import { regionName } from "../../registry/store";
import { balanceDefaultYear, balanceReportData, type RegisterLoader } from "../evaluation";
import { requireCountyReader } from "../store";
import { balanceDocument } from "./document";
import { balanceWorkbook } from "./workbook";

const query = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  stage: z.enum(["primary", "junior"]).default("primary"),
});

async function build(c: Context<AppEnv>, load: RegisterLoader, format: "xlsx" | "docx") {
  const parsed = query.safeParse(c.req.query());
  if (!parsed.success) throw badRequest("VALIDATION_FAILED", "学年或学段参数有误:学段应为 primary 或 junior");
  const { db, now } = c.var.deps;
  // a school reading balance may not have the county's tables: the refusal names the download
  requireCountyReader(c.var.actor, format === "xlsx" ? "balance.downloadWorkbook" : "balance.downloadReport");
  const year = parsed.data.year ?? (await balanceDefaultYear(db, c.var.actor, now()));
  const stage = parsed.data.stage;
  const data = await balanceReportData(db, c.var.actor, load, year, stage);
  const countyName = (await regionName(db, data.actor.regionCode)) ?? data.actor.regionCode;
  const input = {
    countyName,
    presented: data.presented,
    summary: balance.balanceSummary(data.evaluation, countyName, registry.schoolYearLabel(year)),
    conditionFlags: data.conditionFlags,
    requirements: data.requirements,
    generatedAt: now(),
  };
  const body = format === "xlsx" ? await balanceWorkbook(input) : await balanceDocument(input);
  await recordAudit(db, {
    actor: data.actor,
    action: "balance.export",
    targetType: "balance_report",
    targetId: `${year}:${stage}:${format}`,
    ip: c.var.ip,
    at: now(),
  });
  const fileName = `均衡发展监测-${registry.schoolYearLabel(year)}-${balance.balanceStageLabel[stage]}.${format}`;
  return c.body(new Uint8Array(body), 200, {
    "content-type": format === "xlsx" ? XLSX_TYPE : DOCX_TYPE,
    "content-disposition": contentDisposition(fileName, { fallback: `balance.${format}` }),
  });
}

/** The monitoring tables as xlsx (county-wide readers; audited as an export). */
export const balanceReportXlsx = (c: Context<AppEnv>, load: RegisterLoader) => build(c, load, "xlsx");
/** The Word report with summary, tables and charts (county-wide readers; audited as an export). */
export const balanceReportDocx = (c: Context<AppEnv>, load: RegisterLoader) => build(c, load, "docx");
