import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type FindingQuery,
  type InspectionTypeBody,
  type InstitutionBody,
  ledgerApi,
  type NewFinding,
  type NewInspection,
  type TransitionBody,
} from "./api";

/** One key prefix for the ledger: every write refreshes the whole area (lists, counts, reminders, statistics). */
export const ledgerKeys = {
  all: ["ledger"] as const,
  schools: ["ledger", "schools"] as const,
  types: ["ledger", "types"] as const,
  institutions: ["ledger", "institutions"] as const,
  inspections: (query: object) => ["ledger", "inspections", query] as const,
  inspection: (id: string) => ["ledger", "inspection", id] as const,
  findings: (query: FindingQuery) => ["ledger", "findings", query] as const,
  finding: (id: string) => ["ledger", "finding", id] as const,
  reminders: ["ledger", "reminders"] as const,
  statistics: (query: object) => ["ledger", "statistics", query] as const,
};

export const useLedgerSchools = () => useQuery({ queryKey: ledgerKeys.schools, queryFn: ledgerApi.schools });
export const useInspectionTypes = () => useQuery({ queryKey: ledgerKeys.types, queryFn: ledgerApi.types });
export const useInstitutions = () => useQuery({ queryKey: ledgerKeys.institutions, queryFn: ledgerApi.institutions });

export function useInspections(query: { kind?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ledgerKeys.inspections(query),
    queryFn: () => ledgerApi.inspections(query),
    placeholderData: keepPreviousData,
  });
}

export const useInspection = (id: string) =>
  useQuery({ queryKey: ledgerKeys.inspection(id), queryFn: () => ledgerApi.inspection(id) });

export function useFindings(query: FindingQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ledgerKeys.findings(query),
    queryFn: () => ledgerApi.findings(query),
    placeholderData: keepPreviousData,
  });
}

export const useFinding = (id: string) =>
  useQuery({ queryKey: ledgerKeys.finding(id), queryFn: () => ledgerApi.finding(id) });

export const useReminders = () => useQuery({ queryKey: ledgerKeys.reminders, queryFn: ledgerApi.reminders });

export function useStatistics(query: { kind?: string; from?: string; to?: string }) {
  return useQuery({
    queryKey: ledgerKeys.statistics(query),
    queryFn: () => ledgerApi.statistics(query),
    placeholderData: keepPreviousData,
  });
}

function useLedgerMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
  });
}

export const useCreateInspection = () => useLedgerMutation((body: NewInspection) => ledgerApi.createInspection(body));
export const useSaveChecklist = () =>
  useLedgerMutation(
    ({
      id,
      targetId,
      results,
    }: {
      id: string;
      targetId: string;
      results: Parameters<typeof ledgerApi.saveChecklist>[2];
    }) => ledgerApi.saveChecklist(id, targetId, results),
  );
export const useRaiseFindings = () =>
  useLedgerMutation(({ inspectionId, body }: { inspectionId: string; body: NewFinding }) =>
    ledgerApi.raiseFindings(inspectionId, body),
  );
export const useTransition = () =>
  useLedgerMutation(({ id, body }: { id: string; body: TransitionBody }) => ledgerApi.transition(id, body));
export const useUploadEvidence = () =>
  useLedgerMutation(({ id, file }: { id: string; file: File }) => ledgerApi.uploadEvidence(id, file));
export const useSaveInstitution = () =>
  useLedgerMutation(({ id, body }: { id?: string; body: InstitutionBody }) =>
    id ? ledgerApi.updateInstitution(id, body) : ledgerApi.createInstitution(body),
  );
export const useSaveInspectionType = () =>
  useLedgerMutation(({ id, body }: { id?: string; body: InspectionTypeBody }) =>
    id ? ledgerApi.updateType(id, body) : ledgerApi.createType(body),
  );
