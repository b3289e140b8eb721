import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { staffingApi } from "./api";

/** One key prefix for the workforce: every write refreshes the whole area. */
export const staffingKeys = {
  all: ["staffing"] as const,
  of: (what: string, q: object = {}) => ["staffing", what, q] as const,
};

export const useOverview = () =>
  useQuery({ queryKey: staffingKeys.of("overview"), queryFn: () => staffingApi.overview({}) });
export const useEstablishment = () =>
  useQuery({ queryKey: staffingKeys.of("establishment"), queryFn: () => staffingApi.establishment({}) });
export const useDemand = () => useQuery({ queryKey: staffingKeys.of("demand"), queryFn: () => staffingApi.demand({}) });
export const useStructure = () =>
  useQuery({ queryKey: staffingKeys.of("structure"), queryFn: () => staffingApi.structure({}) });
export const useRecruitment = () =>
  useQuery({ queryKey: staffingKeys.of("recruitment"), queryFn: () => staffingApi.recruitment({}) });
export const useTraining = (filter: "all" | "behind" | "complete") =>
  useQuery({ queryKey: staffingKeys.of("training", { filter }), queryFn: () => staffingApi.training({ filter }) });
export const useRotation = () =>
  useQuery({ queryKey: staffingKeys.of("rotation"), queryFn: () => staffingApi.rotation({}) });
export const usePools = () => useQuery({ queryKey: staffingKeys.of("pools"), queryFn: staffingApi.pools });
export const useSettings = () => useQuery({ queryKey: staffingKeys.of("settings"), queryFn: staffingApi.settings });
export const useMyRecord = () => useQuery({ queryKey: staffingKeys.of("me"), queryFn: staffingApi.me });

/** A write that refreshes every workforce query when it succeeds. */
export function useStaffingWrite<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: staffingKeys.all }),
  });
}
