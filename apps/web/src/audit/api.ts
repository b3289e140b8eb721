import { api } from "../app/api";

/** One row of the audit log (server: audit/tables.ts auditLog, as JSON). */
export interface AuditRow {
  id: number;
  /** ISO time */
  at: string;
  regionCode: string | null;
  actorId: string | null;
  /** the username, or what was typed at a failed login */
  actorName: string;
  /** dotted action name, e.g. users.create */
  action: string;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditQuery {
  /** an action, or an area prefix such as "users" (matches users.*) */
  action?: string;
  /** exact username */
  actor?: string;
  /** YYYY-MM-DD, China Standard Time days, inclusive */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<{ rows: AuditRow[]; total: number }>("/audit", { ...query }),
};
