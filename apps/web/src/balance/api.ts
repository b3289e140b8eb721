import type { balance } from "@edubureau/core";
import { api } from "../app/api";
import type { Body, Ok, Schema } from "../app/wire";

/** Answers of the balance API (server: balance/schemas.ts), derived from the server's contracts. */

export type Stage = balance.BalanceStage;

export type IndicatorRow = Schema<"BalanceIndicatorRow">;

export type SchoolStanding = Schema<"BalanceSchoolStanding">;

export type Evaluation = Schema<"BalanceEvaluation">;

export type Overview = Schema<"BalanceOverview">;

export type Trend = Schema<"BalanceTrend">;

export type ProvenanceTeacher = Schema<"BalanceProvenanceTeacher">;

export type SchoolBalance = Schema<"BalanceSchoolBalance">;

export type ScenarioSummary = Schema<"BalanceScenarioSummary">;

export type Scenario = Schema<"BalanceScenario">;

export type ConfigAnswer = Schema<"BalanceConfigAnswer">;

export type SnapshotSummary = Schema<"BalanceSnapshotSummary">;

export type Snapshot = Schema<"BalanceSnapshot">;

export interface YearStage {
  year?: number;
  stage: Stage;
}

export const balanceApi = {
  years: () => api.get<Ok<"getBalanceYears">>("/balance/years"),
  overview: (q: YearStage) => api.get<Overview>("/balance/overview", { ...q }),
  trend: (stage: Stage) => api.get<Trend>("/balance/trend", { stage }),
  school: (id: string, q: YearStage) => api.get<SchoolBalance>(`/balance/schools/${id}`, { ...q }),
  whatIf: (body: Body<"postBalanceWhatIf">) => api.post<Ok<"postBalanceWhatIf">>("/balance/what-if", body),
  scenarios: () => api.get<Ok<"getBalanceScenarios">>("/balance/scenarios"),
  scenario: (id: string) => api.get<Scenario>(`/balance/scenarios/${id}`),
  saveScenario: (body: Body<"postBalanceScenarios">) => api.post<Scenario>("/balance/scenarios", body),
  deleteScenario: (id: string) => api.delete<Ok<"deleteBalanceScenariosById">>(`/balance/scenarios/${id}`),
  config: () => api.get<ConfigAnswer>("/balance/config"),
  saveConfig: (config: Body<"putBalanceConfig">) => api.put<Ok<"putBalanceConfig">>("/balance/config", config),
  snapshots: (q: YearStage) => api.get<Schema<"BalanceSnapshotList">>("/balance/snapshots", { ...q }),
  snapshot: (id: string) => api.get<Snapshot>(`/balance/snapshots/${id}`),
  publish: (body: Body<"postBalanceSnapshots">) => api.post<SnapshotSummary>("/balance/snapshots", body),
  report: (format: "xlsx" | "docx", q: YearStage) =>
    api.download(`/balance/report.${format}`, { ...q }, `均衡发展监测.${format}`),
};
