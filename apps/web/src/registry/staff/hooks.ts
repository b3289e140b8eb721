import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { registryKeys } from "../hooks";
import { type NewStaff, type StaffChanges, type StaffLeft, type StaffQuery, staffApi } from "./api";

export const staffKeys = {
  list: (query: StaffQuery) => ["registry", "staff", query] as const,
  detail: (id: string) => ["registry", "staff-detail", id] as const,
};

export function useStaff(query: StaffQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: staffKeys.list(query),
    queryFn: () => staffApi.list(query),
    placeholderData: keepPreviousData,
  });
}

export function useStaffDetail(id: string | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: staffKeys.detail(id ?? ""),
    queryFn: () => staffApi.detail(id ?? ""),
  });
}

/** 登记教职工: lists, the overview and the detail all change with it. */
export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaff) => staffApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StaffChanges }) => staffApi.update(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}

export function useMarkStaffLeft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StaffLeft }) => staffApi.markLeft(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}
