import type { balance, registry } from "@edubureau/core";
import { api } from "../app/api";
import type { Body, Narrow, Ok, Schema } from "../app/wire";

/**
 * Answers of the balance API (server: balance/present.ts and evaluation.ts). They stay typed here: the server
 * describes them as open objects (balance/routes.ts anyObject), so there is nothing to derive them from yet. The
 * request bodies, the scenario list and the published versions are derived from the server's contracts.
 */

export type Stage = balance.BalanceStage;

export interface IndicatorRow {
  indicator: balance.Indicator;
  name: string;
  shortName: string;
  unit: string;
  digits: number;
  mean: number | null;
  sd: number | null;
  cv: number | null;
  noDataReason: string | null;
  schools: number;
  /** county limit (quality indicators); null for basic indicators, which have only the composite limit */
  limit: number | null;
  passed: boolean | null;
  missing: number;
}

export interface SchoolStanding {
  schoolId: string;
  name: string;
  kind: registry.SchoolKind;
  locality: registry.Locality;
  students: number;
  stockShare: number;
  teachers: number;
  values: Record<balance.Indicator, number | null>;
  ratios: Record<balance.QualityIndicator, number | null>;
  met: balance.QualityIndicator[];
  metCount: number;
  passes: boolean | null;
  shortfalls: balance.Shortfall[];
  missingConditions: boolean;
}

export interface Evaluation {
  schoolYear: number;
  stage: Stage;
  asOf: string;
  method: typeof balance.methodNames;
  standards: Record<balance.QualityIndicator, number>;
  rule: {
    schoolMinimumMet: number;
    schoolRemainderShare: number;
    qualificationAbove: registry.Qualification;
    stageWeights: { primary: number; junior: number; senior: number };
  };
  students: number;
  schoolsEvaluated: number;
  incomplete: boolean;
  quality: {
    indicators: IndicatorRow[];
    composite: number | null;
    passed: boolean | null;
    schoolsPassing: number;
    limit: number;
  };
  basic: { indicators: IndicatorRow[]; composite: number | null; limit: number; passed: boolean | null };
  schools: SchoolStanding[];
  excluded: { schoolId: string; name: string; reason: balance.ExclusionReason; label: string }[];
}

export interface Overview extends Evaluation {
  scope: "county" | "school" | "classes";
  conditionFlags: balance.ConditionFlag[];
  requirements: balance.RequirementCheck[];
}

export interface Trend {
  stage: Stage;
  limit: number;
  basicLimit: number;
  points: {
    schoolYear: number;
    quality: Record<balance.QualityIndicator, number | null>;
    qualityComposite: number | null;
    basic: Record<balance.BasicIndicator, number | null>;
    basicComposite: number | null;
    qualityPassed: boolean | null;
    basicPassed: boolean | null;
  }[];
}

export interface ProvenanceTeacher extends balance.TeacherInput {
  countsIn: {
    aboveQualification: boolean;
    backbone: boolean;
    peArts: boolean;
    intermediateTitle: boolean;
    certified: boolean;
  };
}

export interface SchoolBalance {
  schoolYear: number;
  stage: Stage;
  asOf: string;
  method: typeof balance.methodNames;
  school: { schoolId: string; name: string; kind: registry.SchoolKind; locality: registry.Locality; ownership: string };
  standards: Record<balance.QualityIndicator, number>;
  excluded: { reason: balance.ExclusionReason; label: string } | null;
  standing: SchoolStanding | null;
  countyMeans: Record<balance.Indicator, number | null>;
  provenance: {
    enrollment: { primary: number; junior: number; senior: number; rule: string };
    stockShare: number;
    stockShareFormula: string;
    condition: balance.ConditionInput | null;
    teachers: ProvenanceTeacher[];
    unassignedTeachers: number;
  } | null;
}

export type ScenarioSummary = Narrow<Schema<"BalanceScenarioSummary">, { stage: Stage }>;

export type Scenario = Narrow<Schema<"BalanceScenario">, { stage: Stage }>;

export type ConfigAnswer = Schema<"BalanceConfigAnswer">;

export type SnapshotSummary = Narrow<Schema<"BalanceSnapshotSummary">, { stage: Stage }>;

export interface Snapshot extends SnapshotSummary {
  config: balance.BalanceConfig;
  result: Omit<Overview, "scope">;
}

export interface YearStage {
  year?: number;
  stage: Stage;
}

export const balanceApi = {
  years: () => api.get<Ok<"getBalanceYears">>("/balance/years"),
  overview: (q: YearStage) => api.get<Overview>("/balance/overview", { ...q }),
  trend: (stage: Stage) => api.get<Trend>("/balance/trend", { stage }),
  school: (id: string, q: YearStage) => api.get<SchoolBalance>(`/balance/schools/${id}`, { ...q }),
  whatIf: (body: Body<"postBalanceWhatIf">) =>
    api.post<{ before: Evaluation; after: Evaluation }>("/balance/what-if", body),
  scenarios: () => api.get<Narrow<Ok<"getBalanceScenarios">, { rows: ScenarioSummary[] }>>("/balance/scenarios"),
  scenario: (id: string) => api.get<Scenario>(`/balance/scenarios/${id}`),
  saveScenario: (body: Body<"postBalanceScenarios">) => api.post<Scenario>("/balance/scenarios", body),
  deleteScenario: (id: string) => api.delete<Ok<"deleteBalanceScenariosById">>(`/balance/scenarios/${id}`),
  config: () => api.get<ConfigAnswer>("/balance/config"),
  saveConfig: (config: Body<"putBalanceConfig">) => api.put<Ok<"putBalanceConfig">>("/balance/config", config),
  snapshots: (q: YearStage) =>
    api.get<Narrow<Schema<"BalanceSnapshotList">, { rows: SnapshotSummary[] }>>("/balance/snapshots", { ...q }),
  snapshot: (id: string) => api.get<Snapshot>(`/balance/snapshots/${id}`),
  publish: (body: Body<"postBalanceSnapshots">) => api.post<SnapshotSummary>("/balance/snapshots", body),
  report: (format: "xlsx" | "docx", q: YearStage) =>
    api.download(`/balance/report.${format}`, { ...q }, `均衡发展监测.${format}`),
};
