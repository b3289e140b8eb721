import { type AuditTargetKinds, tableKind } from "../audit/targets";
import { fitnessBatch, fitnessCorrection, fitnessResult } from "./tables";

/**
 * Fitness records in the audit log: a correction by its cell and date, a scoring run by year and version, a result
 * (a report card's download) by its test year only — never the student's name or number.
 */
export const fitnessAuditTargets: AuditTargetKinds = {
  fitness_correction: tableKind(
    fitnessCorrection,
    fitnessCorrection.id,
    {
      item: fitnessCorrection.item,
      grade: fitnessCorrection.grade,
      score: fitnessCorrection.score,
      level: fitnessCorrection.bmiLevel,
      from: fitnessCorrection.effectiveFrom,
    },
    (r) => `评分表更正 ${r.item ?? "BMI"} ${r.grade}年级 ${r.score ?? r.level ?? ""}(${r.from} 起)`,
    { region: fitnessCorrection.regionCode, match: [fitnessCorrection.reason] },
  ),
  fitness_batch: tableKind(
    fitnessBatch,
    fitnessBatch.id,
    { year: fitnessBatch.testYear, version: fitnessBatch.standardVersion, source: fitnessBatch.source },
    (r) => `${r.year}学年体质测试评分(${r.version})`,
  ),
  fitness_result: tableKind(
    fitnessResult,
    fitnessResult.id,
    { year: fitnessResult.testYear, grade: fitnessResult.grade },
    (r) => `${r.year}学年体质测试成绩(${r.grade}年级)`,
  ),
};
