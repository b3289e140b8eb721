import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ChildrenQuery, type RecordsQuery, retentionApi } from "./api";

/** One key prefix for retention: every write refreshes the whole area. */
export const retentionKeys = {
  all: ["retention"] as const,
  overview: ["retention", "overview"] as const,
  children: (q: ChildrenQuery) => ["retention", "children", q] as const,
  runs: ["retention", "runs"] as const,
  suspects: (q: object) => ["retention", "suspects", q] as const,
  cases: (q: object) => ["retention", "cases", q] as const,
  case: (id: string) => ["retention", "case", id] as const,
  pupils: ["retention", "pupils"] as const,
  absences: ["retention", "absences"] as const,
  zeroReports: (month: string) => ["retention", "zero", month] as const,
  rechecks: ["retention", "rechecks"] as const,
  rates: (year?: number) => ["retention", "rates", year ?? null] as const,
  records: (q: RecordsQuery) => ["retention", "records", q] as const,
  settings: ["retention", "settings"] as const,
  reminders: ["retention", "reminders"] as const,
};

export const useOverview = () => useQuery({ queryKey: retentionKeys.overview, queryFn: retentionApi.overview });
export const useChildren = (q: ChildrenQuery) =>
  useQuery({
    queryKey: retentionKeys.children(q),
    queryFn: () => retentionApi.children(q),
    placeholderData: keepPreviousData,
  });
export const useRuns = () => useQuery({ queryKey: retentionKeys.runs, queryFn: retentionApi.runs });
export const useSuspects = (q: { status?: "open" | "cleared" | "all" }) =>
  useQuery({ queryKey: retentionKeys.suspects(q), queryFn: () => retentionApi.suspects(q) });
export const useCases = (q: { register?: "confirmed" | "open" | "all" }) =>
  useQuery({ queryKey: retentionKeys.cases(q), queryFn: () => retentionApi.cases(q) });
export const useCase = (id: string) =>
  useQuery({ queryKey: retentionKeys.case(id), queryFn: () => retentionApi.case(id) });
export const usePupils = (enabled: boolean) =>
  useQuery({ enabled, queryKey: retentionKeys.pupils, queryFn: retentionApi.pupils });
export const useAbsences = () => useQuery({ queryKey: retentionKeys.absences, queryFn: () => retentionApi.absences() });
export const useZeroReports = (month: string) =>
  useQuery({ queryKey: retentionKeys.zeroReports(month), queryFn: () => retentionApi.zeroReports(month) });
export const useRechecks = () => useQuery({ queryKey: retentionKeys.rechecks, queryFn: retentionApi.rechecks });
export const useRates = (year?: number) =>
  useQuery({ queryKey: retentionKeys.rates(year), queryFn: () => retentionApi.rates(year) });
export const useRecords = (q: RecordsQuery | null) =>
  useQuery({ enabled: q !== null, queryKey: retentionKeys.records(q!), queryFn: () => retentionApi.records(q!) });

export const useSettings = () => useQuery({ queryKey: retentionKeys.settings, queryFn: retentionApi.settings });
export const useReminders = () => useQuery({ queryKey: retentionKeys.reminders, queryFn: retentionApi.reminders });

/** A write of the area: refreshes every retention query on success. */
export function useRetentionWrite<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: retentionKeys.all }),
  });
}
