import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ResolveBody, reportsApi, type SentenceBody } from "./api";

/** One key prefix for reports: every write refreshes the whole area. */
export const reportsKeys = {
  all: ["reports"] as const,
  catalogue: ["reports", "catalogue"] as const,
  cockpit: (year?: number) => ["reports", "cockpit", year ?? null] as const,
  needsNow: ["reports", "needs-now"] as const,
  drill: (key: string, year?: number) => ["reports", "drill", key, year ?? null] as const,
  workReport: (year?: number) => ["reports", "work-report", year ?? null] as const,
  checks: (year?: number, ratio?: number) => ["reports", "checks", year ?? null, ratio ?? null] as const,
};

export const useChecks = (year?: number, ratio?: number) =>
  useQuery({ queryKey: reportsKeys.checks(year, ratio), queryFn: () => reportsApi.checks(year, ratio) });

export function useResolveCheck(year: number, ratio: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: ResolveBody }) =>
      reportsApi.resolveCheck(code, year, ratio, body),
    onSuccess: () => client.invalidateQueries({ queryKey: reportsKeys.all }),
  });
}

export const useCatalogue = () => useQuery({ queryKey: reportsKeys.catalogue, queryFn: reportsApi.catalogue });
export const useCockpit = (year?: number) =>
  useQuery({ queryKey: reportsKeys.cockpit(year), queryFn: () => reportsApi.cockpit(year) });
export const useNeedsNow = () => useQuery({ queryKey: reportsKeys.needsNow, queryFn: reportsApi.needsNow });
export const useDrill = (key: string, year?: number) =>
  useQuery({ queryKey: reportsKeys.drill(key, year), queryFn: () => reportsApi.drill(key, year) });
export const useWorkReport = (year?: number) =>
  useQuery({ queryKey: reportsKeys.workReport(year), queryFn: () => reportsApi.workReport(year) });

export function useSaveSentence(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: SentenceBody }) => reportsApi.saveSentence(key, year, body),
    onSuccess: () => client.invalidateQueries({ queryKey: reportsKeys.all }),
  });
}

export function useRevertSentence(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => reportsApi.revertSentence(key, year),
    onSuccess: () => client.invalidateQueries({ queryKey: reportsKeys.all }),
  });
}
