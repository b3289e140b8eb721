import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { balanceApi, type Stage, type YearStage } from "./api";

export const balanceKeys = {
  all: ["balance"] as const,
  years: ["balance", "years"] as const,
  overview: (q: YearStage) => ["balance", "overview", q.year ?? "latest", q.stage] as const,
  trend: (stage: Stage) => ["balance", "trend", stage] as const,
  school: (id: string, q: YearStage) => ["balance", "school", id, q.year ?? "latest", q.stage] as const,
  scenarios: ["balance", "scenarios"] as const,
  scenario: (id: string) => ["balance", "scenario", id] as const,
  config: ["balance", "config"] as const,
  snapshots: (q: YearStage) => ["balance", "snapshots", q.year ?? "latest", q.stage] as const,
  snapshot: (id: string) => ["balance", "snapshot", id] as const,
};

export function useBalanceYears() {
  return useQuery({ queryKey: balanceKeys.years, queryFn: balanceApi.years });
}

export function useBalanceOverview(q: YearStage, enabled = true) {
  return useQuery({
    enabled,
    queryKey: balanceKeys.overview(q),
    queryFn: () => balanceApi.overview(q),
    placeholderData: keepPreviousData,
  });
}

export function useBalanceTrend(stage: Stage) {
  return useQuery({ queryKey: balanceKeys.trend(stage), queryFn: () => balanceApi.trend(stage) });
}

export function useSchoolBalance(id: string, q: YearStage) {
  return useQuery({ queryKey: balanceKeys.school(id, q), queryFn: () => balanceApi.school(id, q) });
}

export function useScenarios(enabled = true) {
  return useQuery({ enabled, queryKey: balanceKeys.scenarios, queryFn: balanceApi.scenarios });
}

export function useScenario(id: string | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: balanceKeys.scenario(id ?? ""),
    queryFn: () => balanceApi.scenario(id ?? ""),
  });
}

export function useWhatIf() {
  return useMutation({ mutationFn: balanceApi.whatIf });
}

export function useSaveScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: balanceApi.saveScenario,
    onSuccess: () => client.invalidateQueries({ queryKey: balanceKeys.scenarios }),
  });
}

export function useDeleteScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: balanceApi.deleteScenario,
    onSuccess: () => client.invalidateQueries({ queryKey: balanceKeys.scenarios }),
  });
}

export function useBalanceConfig() {
  return useQuery({ queryKey: balanceKeys.config, queryFn: balanceApi.config });
}

export function useSaveBalanceConfig() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: balanceApi.saveConfig,
    onSuccess: () => client.invalidateQueries({ queryKey: balanceKeys.all }),
  });
}

export function useSnapshots(q: YearStage) {
  return useQuery({ queryKey: balanceKeys.snapshots(q), queryFn: () => balanceApi.snapshots(q) });
}

export function useSnapshot(id: string) {
  return useQuery({ queryKey: balanceKeys.snapshot(id), queryFn: () => balanceApi.snapshot(id) });
}

export function usePublish() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: balanceApi.publish,
    onSuccess: () => client.invalidateQueries({ queryKey: ["balance", "snapshots"] }),
  });
}
