import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { registryKeys } from "../hooks";
import { type NewStudent, type StudentChanges, studentApi } from "./api";

export const studentKeys = {
  detail: (id: string) => ["registry", "student", id] as const,
};

export function useStudentDetail(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: studentKeys.detail(id ?? ""),
    queryFn: () => studentApi.detail(id ?? ""),
  });
}

/** 新增学生: the list, the overview and the class sizes change with it. */
export function useCreateStudent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStudent) => studentApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}

export function useUpdateStudent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StudentChanges }) => studentApi.update(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}
