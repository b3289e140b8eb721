import { useQuery } from "@tanstack/react-query";
import { schoolApi } from "./api";

export function useSchoolDetail(id: string | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: ["registry", "school", id ?? ""] as const,
    queryFn: () => schoolApi.detail(id ?? ""),
  });
}
