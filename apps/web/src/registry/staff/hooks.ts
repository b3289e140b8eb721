import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type StaffQuery, staffApi } from "./api";

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
