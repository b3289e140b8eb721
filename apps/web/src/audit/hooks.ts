import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type AuditQuery, auditApi } from "./api";

export const auditKeys = {
  all: ["audit"] as const,
  list: (query: AuditQuery) => ["audit", "list", query] as const,
};

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
}
