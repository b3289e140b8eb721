/**
 * The records behind a figure (指标下钻的记录), read through the capability that computes it: the findings of a
 * ledger figure, the indicators of a composite coefficient and the schools' standing, the subjects of the main
 * exam, the starting grades and their allocation, the schools short of staff, the recruitment plan's lines, the
 * cases back in school, the kindergartens pulling a preschool indicator down. Names of people are never listed;
 * a retention case shows its masked name only.
 */
import { calendar, type reports } from "@edubureau/core";
import { publishedAllocations } from "../admissions/reportsIntake";
import type { ReadableScope } from "../auth/authorize";
import { balanceOverview } from "../balance/evaluation";
import type { Db } from "../db/client";
import { mainExamAnalysis } from "../exams/reportsIntake";
import { listFindings } from "../ledger/store";
import { preschoolOverview } from "../preschool/evaluation";
import { loadBalanceRegister } from "../registry/balanceInputs";
import { startingGradeCounts } from "../registry/reportsIntake";
import { schoolNames } from "../registry/store";
import { returnedCases } from "../retention/reportsIntake";
import { establishmentOf, loadBasis, subjectLabel, trainingOf } from "../staffing/figures";
import { planLines, planOf } from "../staffing/store";
import { readerOf } from "./providerKit";

export interface FigureRecord {
  id: string;
  label: string;
  detail: string;
}

/** Records listed at most in a drill-down (the page behind the link lists all). */
export const MAX_RECORDS = 200;

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 1000) / 10}%`);

async function ledgerRecords(db: Db, scope: ReadableScope, f: reports.FigureDefinition, year: number, now: Date) {
  if (f.key === "ledger.inspections") return [];
  const { rows } = await listFindings(db, scope, {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    overdue: f.key === "ledger.overdue" ? true : undefined,
    today: calendar.beijingDate(now),
    page: 1,
    pageSize: MAX_RECORDS,
  });
  return rows.map((r) => ({
    id: r.id,
    label: `${r.number} ${r.description}`.slice(0, 80),
    detail: `提出${r.raisedOn},期限${r.deadline},${r.closedOn ? `销号${r.closedOn}` : "未销号"}`,
  }));
}

async function balanceRecords(db: Db, scope: ReadableScope, f: reports.FigureDefinition, year: number) {
  if (scope.kind !== "county") return [];
  const load = (regionCode: string, y: number) => loadBalanceRegister(db, regionCode, y);
  const stages =
    f.key === "balance.juniorComposite"
      ? (["junior"] as const)
      : f.key === "balance.primaryComposite"
        ? (["primary"] as const)
        : (["primary", "junior"] as const);
  const out: FigureRecord[] = [];
  for (const stage of stages) {
    const e = await balanceOverview(db, readerOf(scope), load, year, stage).catch(() => null);
    if (!e) continue;
    const stageLabel = stage === "primary" ? "小学" : "初中";
    if (f.key === "balance.qualityStanding")
      for (const s of e.schools)
        out.push({
          id: `${stage}:${s.schoolId}`,
          label: `${s.name}(${stageLabel})`,
          detail: `资源指标达标${s.metCount}项,${s.passes ? "达到" : "未达到"}校际达标规则`,
        });
    else
      for (const i of e.basic.indicators)
        out.push({
          id: `${stage}:${i.indicator}`,
          label: `${stageLabel}·${i.name}`,
          detail:
            i.cv === null
              ? `无法计算:${i.noDataReason ?? "数据不全"}`
              : `差异系数${i.cv.toFixed(4)}(${i.schools}所学校)`,
        });
  }
  return out;
}

async function examsRecords(db: Db, scope: ReadableScope, year: number) {
  const main = await mainExamAnalysis(db, scope.regionCode, year);
  if (!main) return [];
  return main.subjects.flatMap((s) => {
    const st = scope.kind === "county" ? s.county : s.schools.find((x) => x.schoolId === scope.schoolId)?.stats;
    if (!st) return [];
    return [
      {
        id: `${main.exam.id}:${s.code}`,
        label: `${main.exam.name}·${s.name}`,
        detail: `应考${st.enrolled}人,实考${st.sat}人,及格率${pct(st.rates.pass)},优秀率${pct(st.rates.excellent)}`,
      },
    ];
  });
}

async function admissionsRecords(db: Db, scope: ReadableScope, year: number) {
  const schoolId = scope.kind === "county" ? undefined : scope.schoolId;
  const [grades, published] = await Promise.all([
    startingGradeCounts(db, scope.regionCode, year, schoolId),
    publishedAllocations(db, scope.regionCode, year, schoolId),
  ]);
  const names = await schoolNames(db, [...new Set(grades.map((g) => g.schoolId))]);
  const done = new Set(published.map((p) => `${p.schoolId}|${p.grade}`));
  return grades
    .map((g) => ({
      id: `${g.schoolId}:${g.grade}`,
      label: `${names.get(g.schoolId) ?? ""} ${g.grade === 1 ? "一年级" : "七年级"}`,
      detail: `在读${g.students}人,${done.has(`${g.schoolId}|${g.grade}`) ? "阳光分班结果已公布" : "尚未公布阳光分班结果"}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, "zh-CN"));
}

async function staffingRecords(db: Db, scope: ReadableScope, f: reports.FigureDefinition, year: number, now: Date) {
  const b = await loadBasis(db, scope, year);
  if (f.key === "staffing.shortage")
    return establishmentOf(b)
      .schools.filter((s) => s.shortage > 0)
      .map((s) => ({
        id: s.schoolId,
        label: s.schoolName,
        detail: `核定编制${s.owed}名,实有在编${s.filled}名,缺编${s.shortage}名`,
      }));
  if (f.key === "staffing.recruits") {
    const plan = await planOf(db, scope.regionCode, year);
    if (!plan) return [];
    const lines = await planLines(db, scope, plan.id);
    const names = await schoolNames(db, [...new Set(lines.map((l) => l.schoolId))]);
    return lines.map((l) => ({
      id: l.id,
      label: `${names.get(l.schoolId) ?? ""} ${subjectLabel(l.subject)}`,
      detail: `招聘${l.quantity}名(计划${plan.status === "approved" ? "已批准" : "未批准"})`,
    }));
  }
  if (f.key === "staffing.trainingRate") {
    const today = calendar.beijingDate(now);
    const yearEnd = `${year + 1}-08-31`;
    const t = await trainingOf(db, scope, b, today < yearEnd ? today : yearEnd);
    return t.schools.map((s) => ({
      id: s.schoolId,
      label: b.schoolById.get(s.schoolId)?.name ?? "",
      detail: `教师${s.teachers}名,已完成${s.complete}名,完成率${s.rate ?? "—"}%`,
    }));
  }
  return [];
}

async function retentionRecords(db: Db, scope: ReadableScope, f: reports.FigureDefinition, year: number) {
  if (f.key !== "retention.returned") return [];
  const rows = await returnedCases(db, scope.regionCode, year, scope.kind === "county" ? undefined : scope.schoolId);
  return rows.map((r) => ({ id: r.id, label: `${r.number} ${r.nameMasked}`, detail: `${r.returnedOn}核实返校` }));
}

async function preschoolRecords(db: Db, scope: ReadableScope, f: reports.FigureDefinition, year: number) {
  if (scope.kind !== "county") return [];
  const o = await preschoolOverview(db, readerOf(scope), year);
  const key = f.key === "preschool.grossEnrollment" ? "gross_enrollment" : "inclusive_coverage";
  const i = o.evaluation.indicators.find((x) => x.key === key);
  return (i?.pulling ?? []).map((p) => ({ id: p.id, label: p.name, detail: p.note }));
}

/** The records behind a figure for a scope and year, at most MAX_RECORDS. */
export async function recordsOf(
  db: Db,
  scope: ReadableScope,
  f: reports.FigureDefinition,
  year: number,
  now: Date,
): Promise<FigureRecord[]> {
  const list = await (async () => {
    switch (f.capability) {
      case "ledger":
        return ledgerRecords(db, scope, f, year, now);
      case "balance":
        return balanceRecords(db, scope, f, year);
      case "exams":
        return examsRecords(db, scope, year);
      case "admissions":
        return admissionsRecords(db, scope, year);
      case "staffing":
        return staffingRecords(db, scope, f, year, now);
      case "retention":
        return retentionRecords(db, scope, f, year);
      case "preschool":
        return preschoolRecords(db, scope, f, year);
      default:
        return [];
    }
  })();
  return list.slice(0, MAX_RECORDS);
}
