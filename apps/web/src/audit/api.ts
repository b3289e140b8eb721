import { api } from "../app/api";
import type { Ok, Query, Row, Schema } from "../app/wire";

/** One row of the audit log (server: audit/routes.ts AuditRow). */
export type AuditRow = Schema<"AuditRow">;
export type AuditQuery = Query<"getAudit">;
export type AuditPage = Ok<"getAudit">;
export type AuditTargetMatch = Row<Ok<"getAuditTargets">["items"]>;

export const auditApi = {
  list: (query: AuditQuery) => api.get<AuditPage>("/audit", { ...query }),
  searchTargets: (type: string, q: string) =>
    api.get<Ok<"getAuditTargets">>("/audit/targets", { type, q }).then((r) => r.items),
};
