import { api } from "../app/api";

/** One row of the audit log (server: audit/routes.ts AuditRow). */
export interface AuditRow {
  id: number;
  /** ISO time */
  at: string;
  actorId: string | null;
  /** the username, or what was typed at a failed login */
  actorName: string;
  /** the account's display name (姓名); null for a failed login */
  actorDisplayName: string | null;
  /** dotted action name, e.g. users.create */
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** the record named for people (a finding's number and description, a student's name and masked ID, …) */
  targetLabel: string | null;
  reason: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

export interface AuditQuery {
  /** an action, or an area prefix such as "users" (matches users.*) */
  action?: string;
  /** a username or a display name */
  actor?: string;
  /** a kind of record, alone or with one record's id */
  targetType?: string;
  targetId?: string;
  /** YYYY-MM-DD, China Standard Time days, inclusive */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  /** the record filtered by, with its label */
  target: { type: string; id: string; label: string | null } | null;
}

export interface AuditTargetMatch {
  id: string;
  label: string;
}

export const auditApi = {
  list: (query: AuditQuery) => api.get<AuditPage>("/audit", { ...query }),
  searchTargets: (type: string, q: string) =>
    api.get<{ items: AuditTargetMatch[] }>("/audit/targets", { type, q }).then((r) => r.items),
};
