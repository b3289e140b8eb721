import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { admissionsApi, type DrawKind } from "./api";

export const admissionsKeys = {
  all: ["admissions"] as const,
  events: (kind?: DrawKind) => ["admissions", "events", kind ?? "all"] as const,
  event: (id: string) => ["admissions", "event", id] as const,
  intake: (schoolId: string, year: number, grade: number) => ["admissions", "intake", schoolId, year, grade] as const,
  quotaBases: (year: number, baseKind: string) => ["admissions", "quota-bases", year, baseKind] as const,
  publicDraws: ["public-draws"] as const,
  publicDraw: (code: string) => ["public-draws", code] as const,
};

export function useEvents(kind?: DrawKind) {
  return useQuery({ queryKey: admissionsKeys.events(kind), queryFn: () => admissionsApi.events(kind) });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: admissionsKeys.event(id), queryFn: () => admissionsApi.event(id) });
}

export function useIntake(schoolId: string | undefined, year: number, grade: number) {
  return useQuery({
    enabled: Boolean(schoolId) && year > 0,
    queryKey: admissionsKeys.intake(schoolId ?? "", year, grade),
    queryFn: () => admissionsApi.intake(schoolId ?? "", year, grade),
  });
}

/** The junior schools' bases of a year; asks nothing until the year is known (the county's current year loads first). */
export function useQuotaBases(year: number | undefined, baseKind: string) {
  return useQuery({
    enabled: year !== undefined,
    queryKey: admissionsKeys.quotaBases(year ?? 0, baseKind),
    queryFn: () => admissionsApi.quotaBases(year ?? 0, baseKind),
  });
}

/** Any write on an event: refreshes the lists and that event (and the audit log it wrote to). */
export function useEventMutation<A, R = unknown>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: admissionsKeys.all });
      queryClient.invalidateQueries({ queryKey: admissionsKeys.publicDraws });
      queryClient.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}

export function usePublicDraws() {
  return useQuery({ queryKey: admissionsKeys.publicDraws, queryFn: admissionsApi.publicDraws });
}

export function usePublicDraw(code: string) {
  return useQuery({
    enabled: code.length > 0,
    queryKey: admissionsKeys.publicDraw(code),
    queryFn: () => admissionsApi.publicDraw(code),
    retry: false,
  });
}
