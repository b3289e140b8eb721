/**
 * Preschool commands (学前教育): every write, each in one transaction with its audit row. Kindergartens report their
 * own yearly data; the owning section (基础教育股) reports for any kindergarten and enters the county's township
 * figures, the survey and the settings.
 */
import { auth, preschool } from "@edubureau/core";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { Db } from "../db/client";
import { badRequest, forbidden, notFound } from "../http/errors";
import { countyTowns, preschoolSchool } from "../registry/preschoolIntake";
import { preschoolConfigOf, reportOf } from "./store";
import { preschoolBirths, preschoolPopulation, preschoolReport, preschoolSettings, preschoolSurvey } from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

const invalid = (message: string, field: string) => badRequest("VALIDATION_FAILED", message, [{ field, message }]);
const fen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));

/** The owning section only (not school administrators), for the county's own figures and settings. */
function countyWriter(actor: auth.Actor | null, refusal: auth.RefusedAction): auth.Actor {
  const a = authorize(actor, "write", "preschool");
  if (a.role !== "section") throw forbidden(refusal);
  return a;
}

/** A kindergarten's yearly report as the form sends it (money in yuan, areas in m²). */
export interface ReportProps {
  schoolYear: number;
  kind: preschool.KindergartenKind;
  recognisedOn?: string | null;
  recognisedDocument?: string | null;
  licenceNumber?: string | null;
  feeYuanPerMonth?: number | null;
  ruralCentral: boolean;
  principalCertified?: boolean | null;
  establishedPayYuan?: number | null;
  nonEstablishedPayYuan?: number | null;
  fundingPerChildYuan?: number | null;
  buildingArea?: number | null;
  playArea?: number | null;
}

/**
 * Saves a kindergarten's yearly report (the kindergarten itself, or the owning section for any). A 普惠性民办园
 * needs its recognition date and document; a kindergarten registered as private cannot report a public kind, nor a
 * public one a private kind (the register's 办学性质 is changed in the register first).
 */
export async function saveReport(
  db: Db,
  actor: auth.Actor | null,
  schoolId: string,
  props: ReportProps,
  ctx: CommandContext,
) {
  const a = authorize(actor, "write", "preschool");
  const scope = auth.dataScope(a, "preschool");
  if (scope.kind === "none" || scope.kind === "township" || (scope.kind !== "county" && scope.schoolId !== schoolId))
    throw notFound("幼儿园");
  const unit = await preschoolSchool(db, a.regionCode, schoolId, props.schoolYear);
  if (!unit) throw notFound("幼儿园");
  const isPublic = preschool.isPublicKind(props.kind);
  if (unit.ownership === "private" && isPublic) {
    throw invalid(
      `${unit.name}在学籍系统中登记为民办,不能填报为${preschool.kindergartenKindLabels[props.kind]};请选择普惠性民办或非普惠性民办,或先在学校信息中更正办学性质`,
      "kind",
    );
  }
  if (unit.ownership === "public" && !isPublic) {
    throw invalid(`${unit.name}在学籍系统中登记为公办,办园性质应选择教育部门办、其他部门办或集体办`, "kind");
  }
  if (props.kind === "inclusive_private") {
    if (!props.recognisedOn) throw invalid("普惠性民办园须填写认定日期(如 2024-06-30)", "recognisedOn");
    if (!props.recognisedDocument?.trim()) {
      throw invalid("普惠性民办园须填写认定文件文号(如 某教发〔2024〕12号)", "recognisedDocument");
    }
  }
  if (props.ruralCentral && !isPublic) throw invalid("乡镇中心园须为公办园;民办园请取消“乡镇中心园”", "ruralCentral");
  const values = {
    kind: props.kind,
    recognisedOn: props.kind === "inclusive_private" ? (props.recognisedOn ?? null) : null,
    recognisedDocument: props.kind === "inclusive_private" ? (props.recognisedDocument?.trim() ?? null) : null,
    licenceNumber: props.licenceNumber?.trim() || null,
    feeFenPerMonth: fen(props.feeYuanPerMonth),
    ruralCentral: props.ruralCentral,
    principalCertified: props.principalCertified ?? null,
    establishedPayFen: fen(props.establishedPayYuan),
    nonEstablishedPayFen: fen(props.nonEstablishedPayYuan),
    fundingPerChildFen: fen(props.fundingPerChildYuan),
    buildingArea: props.buildingArea ?? null,
    playArea: props.playArea ?? null,
    updatedBy: a.userId,
    updatedAt: ctx.now,
  };
  return db.transaction(async (tx) => {
    const before = await reportOf(tx, scope, schoolId, props.schoolYear);
    const [row] = await tx
      .insert(preschoolReport)
      .values({ ...values, regionCode: a.regionCode, schoolId, schoolYear: props.schoolYear, createdAt: ctx.now })
      .onConflictDoUpdate({ target: [preschoolReport.schoolId, preschoolReport.schoolYear], set: values })
      .returning();
    if (!row) throw new Error("upsert returned no row");
    await recordAudit(tx, {
      actor: a,
      action: before ? "preschool.report.update" : "preschool.report.create",
      targetType: "preschool_report",
      targetId: row.id,
      before,
      after: row,
      ip: ctx.ip,
      at: ctx.now,
    });
    return row;
  });
}

export interface PopulationProps {
  schoolYear: number;
  rows: { townCode: string; age3: number; age4: number; age5: number; source: string }[];
}

/** Enters the population aged 3–5 of townships for a year, each with its source (the owning section). */
export async function savePopulation(db: Db, actor: auth.Actor | null, props: PopulationProps, ctx: CommandContext) {
  const a = countyWriter(actor, "preschool.enterPopulation");
  const towns = await countyTowns(db, a.regionCode);
  props.rows.forEach((r, i) => {
    if (!towns.has(r.townCode))
      throw invalid(`第 ${i + 1} 行:乡镇代码 ${r.townCode} 不在本县,请从乡镇列表中选择`, `rows.${i}.townCode`);
  });
  await db.transaction(async (tx) => {
    for (const r of props.rows) {
      const values = {
        age3: r.age3,
        age4: r.age4,
        age5: r.age5,
        source: r.source.trim(),
        updatedBy: a.userId,
        updatedAt: ctx.now,
      };
      await tx
        .insert(preschoolPopulation)
        .values({ ...values, regionCode: a.regionCode, townCode: r.townCode, schoolYear: props.schoolYear })
        .onConflictDoUpdate({
          target: [preschoolPopulation.regionCode, preschoolPopulation.townCode, preschoolPopulation.schoolYear],
          set: values,
        });
    }
    await recordAudit(tx, {
      actor: a,
      action: "preschool.population.save",
      targetType: "preschool_population",
      targetId: String(props.schoolYear),
      after: props.rows,
      details: { townships: props.rows.length },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
  return { saved: props.rows.length };
}

export interface BirthsProps {
  rows: { townCode: string; birthYear: number; births: number; source: string }[];
}

/** Enters births per township and calendar year, for the three-year forecast (the owning section). */
export async function saveBirths(db: Db, actor: auth.Actor | null, props: BirthsProps, ctx: CommandContext) {
  const a = countyWriter(actor, "preschool.enterPopulation");
  const towns = await countyTowns(db, a.regionCode);
  props.rows.forEach((r, i) => {
    if (!towns.has(r.townCode))
      throw invalid(`第 ${i + 1} 行:乡镇代码 ${r.townCode} 不在本县,请从乡镇列表中选择`, `rows.${i}.townCode`);
  });
  await db.transaction(async (tx) => {
    for (const r of props.rows) {
      const values = { births: r.births, source: r.source.trim(), updatedBy: a.userId, updatedAt: ctx.now };
      await tx
        .insert(preschoolBirths)
        .values({ ...values, regionCode: a.regionCode, townCode: r.townCode, birthYear: r.birthYear })
        .onConflictDoUpdate({
          target: [preschoolBirths.regionCode, preschoolBirths.townCode, preschoolBirths.birthYear],
          set: values,
        });
    }
    await recordAudit(tx, {
      actor: a,
      action: "preschool.births.save",
      targetType: "preschool_births",
      targetId: [...new Set(props.rows.map((r) => r.birthYear))].sort().join(","),
      after: props.rows,
      details: { rows: props.rows.length },
      ip: ctx.ip,
      at: ctx.now,
    });
  });
  return { saved: props.rows.length };
}

/** Enters the public satisfaction survey of a year (the owning section). */
export async function saveSurvey(
  db: Db,
  actor: auth.Actor | null,
  props: { schoolYear: number; satisfaction: number; source: string },
  ctx: CommandContext,
) {
  const a = countyWriter(actor, "preschool.enterPopulation");
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(preschoolSurvey)
      .where(and(eq(preschoolSurvey.regionCode, a.regionCode), eq(preschoolSurvey.schoolYear, props.schoolYear)));
    const values = {
      satisfaction: props.satisfaction,
      source: props.source.trim(),
      updatedBy: a.userId,
      updatedAt: ctx.now,
    };
    await tx
      .insert(preschoolSurvey)
      .values({ ...values, regionCode: a.regionCode, schoolYear: props.schoolYear })
      .onConflictDoUpdate({ target: [preschoolSurvey.regionCode, preschoolSurvey.schoolYear], set: values });
    await recordAudit(tx, {
      actor: a,
      action: "preschool.survey.save",
      targetType: "preschool_survey",
      targetId: String(props.schoolYear),
      before,
      after: values,
      ip: ctx.ip,
      at: ctx.now,
    });
  });
}

/** Saves the county's settings (the owning section); checked, audited with before and after. */
export async function savePreschoolConfig(
  db: Db,
  actor: auth.Actor | null,
  config: preschool.PreschoolConfig,
  ctx: CommandContext,
) {
  const a = countyWriter(actor, "preschool.configure");
  const problems = preschool.validatePreschoolConfig(config);
  if (problems.length > 0) throw badRequest("VALIDATION_FAILED", `评估参数有误:${problems[0]?.message}`, problems);
  return db.transaction(async (tx) => {
    const before = await preschoolConfigOf(tx, a.regionCode);
    await tx
      .insert(preschoolSettings)
      .values({ regionCode: a.regionCode, config, updatedBy: a.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: preschoolSettings.regionCode,
        set: { config, updatedBy: a.userId, updatedAt: ctx.now },
      });
    await recordAudit(tx, {
      actor: a,
      action: "preschool.config.update",
      targetType: "preschool_settings",
      targetId: a.regionCode,
      before,
      after: config,
      ip: ctx.ip,
      at: ctx.now,
    });
    return config;
  });
}
