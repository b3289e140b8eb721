/**
 * Fitness commands (体质健康): every write in one transaction with its audit row. Who may do what comes from core
 * (fitness.mayManageStandard, fitness.mayImportResults); scoring is core's `scoreStudent` over the version of the
 * tables in force on the test date.
 */
import { type auth, fitness } from "@edubureau/core";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import { insertAll, type Tx } from "../db/bulkInsert";
import type { Db } from "../db/client";
import { badRequest, forbidden } from "../http/errors";
import { correctionOf, listCorrections, standardAsOf } from "./store";
import { fitnessBatch, fitnessCorrection, fitnessResult } from "./tables";

export interface CommandContext {
  now: Date;
  ip: string;
}

// ---------------------------------------------------------------- corrections of the standard

export type CorrectionProps = fitness.StandardCorrection & { reason: string };

/**
 * Corrects one cell of the standard (基础教育股), effective from a date: checked against the version in force on
 * that date, kept with the cell as it stood before and the reason, audited. Runs scored from that date on use it;
 * results already scored keep the version that scored them until rescored.
 */
export async function createCorrection(
  db: Db,
  actor: auth.Actor | null,
  props: CorrectionProps,
  ctx: CommandContext,
): Promise<string> {
  const a = authorize(actor, "read", "fitness");
  if (!fitness.mayManageStandard(a)) throw forbidden("fitness.manageStandard");
  const { reason, ...correction } = props;
  return db.transaction(async (tx) => {
    const current = await standardAsOf(tx, a.regionCode, correction.effectiveFrom);
    const problems = fitness.checkCorrection(current, correction);
    if (problems.length > 0) {
      throw badRequest(
        "INVALID_CORRECTION",
        `更正有误:${problems[0]?.message}`,
        problems.map((p) => ({ field: p.field, message: p.message })),
      );
    }
    const previous =
      correction.kind === "item"
        ? (current.items[correction.item]?.[String(correction.grade)]?.[correction.sex]?.find(
            (l) => l.score === correction.score,
          ) ?? {})
        : (current.bmi[String(correction.grade)]?.[correction.sex]?.find((b) => b.level === correction.level) ?? {});
    const [row] = await tx
      .insert(fitnessCorrection)
      .values({
        regionCode: a.regionCode,
        kind: correction.kind,
        item: correction.kind === "item" ? correction.item : null,
        grade: correction.grade,
        sex: correction.sex,
        score: correction.kind === "item" ? correction.score : null,
        threshold: correction.kind === "item" ? correction.threshold : null,
        bmiLevel: correction.kind === "bmi" ? correction.level : null,
        bmiMin: correction.kind === "bmi" ? correction.min : null,
        bmiMax: correction.kind === "bmi" ? correction.max : null,
        previous: { ...previous },
        reason,
        effectiveFrom: correction.effectiveFrom,
        createdBy: a.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    const all = await listCorrections(tx, a.regionCode);
    const version = fitness.applyCorrections(fitness.defaultStandard(), all.map(correctionOf), "9999-12-31").version;
    await recordAudit(tx, {
      actor: a,
      action: "fitness.correction.create",
      targetType: "fitness_correction",
      targetId: row.id,
      reason,
      before: previous,
      after: row,
      details: { version },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row.id;
  });
}

// ---------------------------------------------------------------- results

/** One student's measured results as an import or the demo hands them in (matched to the register already). */
export interface MeasuredResult {
  studentId: string;
  classId: string | null;
  grade: number;
  sex: fitness.Sex;
  status: "tested" | "exempt" | "deferred";
  /** the school's 考号 for the student this year, when the file carried one */
  examNumber?: string | null;
  exemptReason?: string | null;
  exemptProof?: string | null;
  heightCm: number | null;
  weightKg: number | null;
  values: Partial<Record<fitness.FitnessItem, number>>;
}

export interface ScoringRun {
  regionCode: string;
  schoolId: string;
  testYear: number;
  testDate: string;
  source: "import" | "demo" | "rescore";
  fileName?: string | null;
  createdBy: string | null;
  now: Date;
}

/**
 * Scores the results of one school and test year with the version of the tables in force on the test date and
 * writes them as a new run, replacing those students' earlier results of the year. Call inside a transaction:
 * all or nothing. Returns the run's id and the version that scored it.
 */
export async function writeScoredResults(
  tx: Db | Tx,
  run: ScoringRun,
  results: readonly MeasuredResult[],
  standard?: fitness.FitnessStandard,
): Promise<{ batchId: string; version: string; scored: number }> {
  const std = standard ?? (await standardAsOf(tx, run.regionCode, run.testDate));
  const batchId = await insertScoringBatch(tx, run, results.length, std);
  if (run.source !== "demo") {
    const ids = results.map((r) => r.studentId);
    await tx
      .delete(fitnessResult)
      .where(
        and(
          eq(fitnessResult.testYear, run.testYear),
          sql`${fitnessResult.studentId} = any(${sql.param(ids)}::uuid[])`,
          sql`${fitnessResult.batchId} <> ${batchId}`,
        ),
      );
  }
  const { rows, scored } = scoredResultRows(run, batchId, results, std);
  await insertAll(tx, fitnessResult, rows);
  return { batchId, version: std.version, scored };
}

/** The run's batch row (批次): who wrote which school's results of a year, with which tables; returns its id. */
export async function insertScoringBatch(
  tx: Db | Tx,
  run: ScoringRun,
  rowCount: number,
  std: fitness.FitnessStandard,
): Promise<string> {
  const [batch] = await tx
    .insert(fitnessBatch)
    .values({
      regionCode: run.regionCode,
      schoolId: run.schoolId,
      testYear: run.testYear,
      testDate: run.testDate,
      standardVersion: std.version,
      source: run.source,
      fileName: run.fileName ?? null,
      rowCount,
      createdBy: run.createdBy,
      createdAt: run.now,
    })
    .returning({ id: fitnessBatch.id });
  if (!batch) throw new Error("insert returned no row");
  return batch.id;
}

/** A result row's figures from the scoring. */
interface ScoredFigures {
  bmi: number | null;
  bmiLevel: fitness.BmiLevel | null;
  missing: readonly fitness.FitnessComponent[];
  standardScore: number | null;
  bonus: number;
  total: number | null;
  band: fitness.FitnessBand | null;
}

/** What an exempt, deferred or not yet tested student's row holds in place of scores (shared: rows are not changed). */
const UNSCORED: ScoredFigures = Object.freeze({
  bmi: null,
  bmiLevel: null,
  missing: Object.freeze([]),
  standardScore: null,
  bonus: 0,
  total: null,
  band: null,
});

/** The result rows of a run, scored: every tested student in one pass over typed columns. */
export function scoredResultRows(
  run: ScoringRun,
  batchId: string,
  results: readonly MeasuredResult[],
  std: fitness.FitnessStandard,
) {
  // every tested student scored in one pass over typed columns (core's scoreColumns; the same scores as scoreStudent)
  const tested = results.filter((r) => r.status === "tested");
  const columns = fitness.emptyMeasurementColumns(tested.length);
  tested.forEach((r, i) => {
    const m = plausibleOnly(std, r);
    columns.grade[i] = m.grade;
    columns.sex[i] = m.sex === "female" ? 1 : 0;
    columns.heightCm[i] = m.heightCm ?? Number.NaN;
    columns.weightKg[i] = m.weightKg ?? Number.NaN;
    for (const item of fitness.fitnessItems) columns.values[item][i] = m.values[item] ?? Number.NaN;
  });
  const out = fitness.scoreColumns(std, columns);
  const n = tested.length;
  const scoredAt = new Map(tested.map((r, i) => [r, i]));
  // the components a grade and sex are scored on: the same for every student of them, so worked out once each
  const requiredOf = new Map<string, fitness.FitnessComponent[]>();
  const required = (grade: number, sex: fitness.Sex) => {
    const key = `${grade}|${sex}`;
    let list = requiredOf.get(key);
    if (!list) {
      list = [
        ...((fitness.weightsOf(std, grade, sex).bmi ?? 0) > 0 ? (["bmi"] as const) : []),
        ...fitness.requiredItems(std, grade, sex),
      ];
      requiredOf.set(key, list);
    }
    return list;
  };
  let scored = 0;
  const rows = results.map((r) => {
    const i = scoredAt.get(r);
    const scores: Partial<Record<fitness.FitnessComponent, number>> = {};
    let figures: ScoredFigures = UNSCORED;
    if (i !== undefined) {
      fitness.scoreComponents.forEach((c, k) => {
        const v = out.scores[k * n + i] as number;
        if (v >= 0) scores[c] = v;
      });
      const total = out.total[i] as number;
      const band = out.band[i] as number;
      if (!Number.isNaN(total)) scored++;
      const bmi = out.bmi[i] as number;
      const standardScore = out.standardScore[i] as number;
      figures = {
        bmi: Number.isNaN(bmi) ? null : bmi,
        bmiLevel: fitness.bmiLevelOfCode(out.bmiLevel[i] as number),
        missing: required(r.grade, r.sex).filter((c) => scores[c] === undefined),
        standardScore: Number.isNaN(standardScore) ? null : standardScore,
        bonus: out.bonus[i] as number,
        total: Number.isNaN(total) ? null : total,
        band: band < 0 ? null : (fitness.bandCodes[band] ?? null),
      };
    }
    return {
      regionCode: run.regionCode,
      schoolId: run.schoolId,
      testYear: run.testYear,
      studentId: r.studentId,
      classId: r.classId,
      batchId,
      grade: r.grade,
      sex: r.sex,
      status: r.status,
      examNumber: r.examNumber ?? null,
      exemptReason: r.exemptReason ?? null,
      exemptProof: r.exemptProof ?? null,
      heightCm: r.heightCm,
      weightKg: r.weightKg,
      values: r.values,
      standardVersion: std.version,
      scoredAt: run.now,
      scores,
      // each field named: a spread (`...figures`) makes V8 copy the row slowly
      bmi: figures.bmi,
      bmiLevel: figures.bmiLevel,
      missing: figures.missing,
      standardScore: figures.standardScore,
      bonus: figures.bonus,
      total: figures.total,
      band: figures.band,
    };
  });
  return { rows, scored };
}

/**
 * Rescores a school's results of a test year with the tables in force today (after a correction), as a new run,
 * audited. The county's section for any school; a school's administrator for their own.
 */
export async function rescoreSchool(
  db: Db,
  actor: auth.Actor | null,
  schoolId: string,
  testYear: number,
  today: string,
  ctx: CommandContext,
): Promise<{ batchId: string; version: string; scored: number; rows: number }> {
  const a = authorize(actor, "read", "fitness");
  if (!fitness.mayImportResults(a, schoolId)) throw forbidden("fitness.importResults");
  return db.transaction(async (tx) => {
    const current = await tx
      .select()
      .from(fitnessResult)
      .where(
        and(
          eq(fitnessResult.regionCode, a.regionCode),
          eq(fitnessResult.schoolId, schoolId),
          eq(fitnessResult.testYear, testYear),
        ),
      );
    if (current.length === 0) throw badRequest("NO_RESULTS", "该校本学年还没有体质测试成绩,无需重新评分");
    const run = await writeScoredResults(
      tx,
      {
        regionCode: a.regionCode,
        schoolId,
        testYear,
        testDate: today,
        source: "rescore",
        createdBy: a.userId,
        now: ctx.now,
      },
      current.map((r) => ({ ...r, values: r.values })),
    );
    await recordAudit(tx, {
      actor: a,
      action: "fitness.rescore",
      targetType: "fitness_batch",
      targetId: run.batchId,
      details: { schoolId, testYear, version: run.version, rows: current.length },
      ip: ctx.ip,
      at: ctx.now,
    });
    return { ...run, rows: current.length };
  });
}

/**
 * The values a run scores: implausible ones (a height in metres, a 50 m in 3 s; core's checkMeasurement) are left
 * out, so the student is listed as incomplete instead of scored on a slip. An import refuses such rows outright; this
 * guards rows that reached the table another way (rescoring old rows).
 */
export function plausibleOnly(std: fitness.FitnessStandard, r: MeasuredResult): fitness.FitnessMeasurement {
  const m = { grade: r.grade, sex: r.sex, heightCm: r.heightCm, weightKg: r.weightKg, values: { ...r.values } };
  for (const p of fitness.checkMeasurement(m, fitness.requiredItems(std, r.grade, r.sex))) {
    if (p.field === "heightCm") m.heightCm = null;
    else if (p.field === "weightKg") m.weightKg = null;
    else delete m.values[p.field];
  }
  return m;
}
