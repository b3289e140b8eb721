/**
 * The ledger statistics of a scope and period: the records are read in bulk, core computes every figure
 * (ledger.ledgerStatistics, ledger.groupStatistics) and the speech sentence (ledger.speechSentence).
 */
import { ledger } from "@edubureau/core";
import type { ReadableScope } from "../auth/authorize";
import type { Db } from "../db/client";
import { findingFacts, inspectionCounts, inspectionCountsBySchool, type PeriodQuery, targetNames } from "./store";

export async function ledgerStatisticsOf(db: Db, scope: ReadableScope, q: PeriodQuery, today: string) {
  const [facts, perKind, perSchool, names] = await Promise.all([
    findingFacts(db, scope, q),
    inspectionCounts(db, scope, q),
    inspectionCountsBySchool(db, scope, q),
    targetNames(db, scope.regionCode),
  ]);
  const inspections = perKind.reduce((sum, r) => sum + r.n, 0);
  const totals = ledger.ledgerStatistics(inspections, facts, today);
  const kindOf = q.kind ?? null;

  const kinds = new Map(perKind.map((r) => [r.kind, r.n]));
  const present = new Set([...kinds.keys(), ...facts.map((f) => f.kind)]);
  const kindRows = ledger.inspectionKind.codes
    .filter((k) => present.has(k))
    .map((kind) => {
      const stats = ledger.ledgerStatistics(
        kinds.get(kind) ?? 0,
        facts.filter((f) => f.kind === kind),
        today,
      );
      return { kind, label: ledger.inspectionKind.labels[kind], stats, sentence: ledger.speechSentence(kind, stats) };
    });

  const schoolInspections = new Map(perSchool.map((r) => [r.schoolId ?? "", r.n]));
  const bySchool = ledger
    .groupStatistics(
      facts,
      (f) => f.schoolId ?? f.institutionId ?? "",
      today,
      (k) => schoolInspections.get(k) ?? 0,
    )
    .map((g) => ({ key: g.key, name: names.get(g.key) ?? "", stats: g.stats }));
  const byCategory = ledger
    .groupStatistics(facts, (f) => f.category, today)
    .map((g) => ({ key: g.key, name: g.key, stats: g.stats }));
  const bySeverity = ledger.severity.codes.map((sev) => ({
    key: sev,
    name: ledger.severity.labels[sev],
    stats: ledger.ledgerStatistics(
      0,
      facts.filter((f) => f.severity === sev),
      today,
    ),
  }));

  return {
    today,
    kind: kindOf,
    from: q.from ?? null,
    to: q.to ?? null,
    totals,
    sentence: ledger.speechSentence(kindOf as ledger.InspectionKind | null, totals),
    byKind: kindRows,
    bySchool,
    byCategory,
    bySeverity,
  };
}
