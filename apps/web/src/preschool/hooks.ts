import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { preschoolApi } from "./api";

/** One query-key prefix for the area; every write invalidates it whole (the figures all depend on each other). */
export const preschoolKeys = {
  all: ["preschool"] as const,
  years: ["preschool", "years"] as const,
  overview: (year: number | undefined) => ["preschool", "overview", year ?? "current"] as const,
  kindergarten: (id: string, year: number | undefined) => ["preschool", "kindergarten", id, year ?? "current"] as const,
  plan: (year: number | undefined) => ["preschool", "plan", year ?? "current"] as const,
  inputs: (year: number | undefined) => ["preschool", "inputs", year ?? "current"] as const,
  config: ["preschool", "config"] as const,
};

export function usePreschoolYears() {
  return useQuery({ queryKey: preschoolKeys.years, queryFn: preschoolApi.years });
}

export function usePreschoolOverview(year: number | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: preschoolKeys.overview(year),
    queryFn: () => preschoolApi.overview(year),
    placeholderData: keepPreviousData,
  });
}

export function useKindergarten(id: string, year: number | undefined) {
  return useQuery({
    queryKey: preschoolKeys.kindergarten(id, year),
    queryFn: () => preschoolApi.kindergarten(id, year),
  });
}

export function usePreschoolPlan(year: number | undefined, enabled = true) {
  return useQuery({ enabled, queryKey: preschoolKeys.plan(year), queryFn: () => preschoolApi.plan(year) });
}

export function usePreschoolInputs(year: number | undefined, enabled = true) {
  return useQuery({ enabled, queryKey: preschoolKeys.inputs(year), queryFn: () => preschoolApi.inputs(year) });
}

export function usePreschoolWhatIf() {
  return useMutation({ mutationFn: preschoolApi.whatIf });
}

function useWrite<A, R>(fn: (a: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: preschoolKeys.all }) });
}

export const useSaveReport = () => useWrite(preschoolApi.saveReport);
export const useSavePopulation = () => useWrite(preschoolApi.savePopulation);
export const useSaveBirths = () => useWrite(preschoolApi.saveBirths);
export const useSaveSurvey = () => useWrite(preschoolApi.saveSurvey);
export const useCommitImport = () => useWrite(preschoolApi.commitImport);
