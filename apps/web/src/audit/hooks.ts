import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type AuditQuery, auditApi } from "./api";

export const auditKeys = {
  all: ["audit"] as const,
  list: (query: AuditQuery) => ["audit", "list", query] as const,
  targets: (type: string, q: string) => ["audit", "targets", type, q] as const,
};

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
}

/** Records of a kind whose name contains the text, for the object filter (nothing asked for an empty text). */
export function useAuditTargetSearch(type: string | undefined, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: auditKeys.targets(type ?? "", text),
    queryFn: () => auditApi.searchTargets(type!, text),
    enabled: Boolean(type && text),
    placeholderData: keepPreviousData,
  });
}
