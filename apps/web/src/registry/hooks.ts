import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { registryApi, type StudentQuery } from "./api";

export const registryKeys = {
  all: ["registry"] as const,
  overview: (year?: number) => ["registry", "overview", year ?? "latest"] as const,
  schools: ["registry", "schools"] as const,
  directory: ["registry", "school-directory"] as const,
  students: (query: StudentQuery) => ["registry", "students", query] as const,
};

export function useOverview(year?: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: registryKeys.overview(year),
    queryFn: () => registryApi.overview(year),
    placeholderData: keepPreviousData,
  });
}

export function useSchools() {
  return useQuery({ queryKey: registryKeys.schools, queryFn: registryApi.schools, staleTime: 5 * 60_000 });
}

export function useSchoolDirectory() {
  return useQuery({ queryKey: registryKeys.directory, queryFn: registryApi.schoolDirectory, staleTime: 5 * 60_000 });
}

export function useStudents(query: StudentQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: registryKeys.students(query),
    queryFn: () => registryApi.students(query),
    placeholderData: keepPreviousData,
  });
}

export function useRevealResidentId() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ studentId, reason }: { studentId: string; reason: string }) =>
      registryApi.revealResidentId(studentId, reason),
    // the reveal wrote an audit row
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["audit"] }),
  });
}
