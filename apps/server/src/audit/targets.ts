import { and, asc, eq, ilike, inArray, or } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";

/** A record of one kind found by its label, for the audit log's object filter. */
export interface AuditTargetMatch {
  id: string;
  label: string;
}

/**
 * How the audit log names the records of one kind (an audit row's `targetType`). Each capability exports the kinds
 * it audits (its `auditTargets.ts`) and reads its own tables there; the audit log never reads them itself.
 */
export interface AuditTargetKind {
  /**
   * Human labels of these records, in one query for all of them: a finding by its number and description, a
   * student by name and masked ID (never the full resident ID or 学籍号), an exam by its title. An id with no
   * record (or not of the kind's form) is left out; the page then shows the kind and a short id.
   */
  labels(db: Db, ids: string[]): Promise<Map<string, string>>;
  /** Records in the county whose label contains the text, at most `limit` (for picking an object to filter by). */
  search?(db: Db, regionCode: string, text: string, limit: number): Promise<AuditTargetMatch[]>;
}

export type AuditTargetKinds = Record<string, AuditTargetKind>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that are UUIDs (an audit row's target id is text; a uuid column compared with other text would fail). */
export function uuidsOf(ids: string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)))];
}

/** A LIKE pattern matching the text anywhere, its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}

/** Shortens a long free text for a label (a finding's description). */
export function clip(text: string, max = 24): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

/** A kind whose label is pure arithmetic on the id (a backup's file name), without a query. */
export function labelFromId(label: (id: string) => string | null): AuditTargetKind {
  return {
    labels: async (_db, ids) => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const l = label(id);
        if (l) out.set(id, l);
      }
      return out;
    },
  };
}

/**
 * A kind labelled from its own table's columns: one query by id for the labels, and (given the county column and
 * the columns to match) a search by any of them. The capability that owns the table declares it.
 *
 * @example
 * ledger_inspection: tableKind(ledgerInspection, ledgerInspection.id, { title: ledgerInspection.title },
 *   (r) => r.title, { region: ledgerInspection.regionCode, match: [ledgerInspection.title] })
 */
export function tableKind<L extends Record<string, AnyPgColumn>>(
  table: PgTable,
  id: AnyPgColumn,
  columns: L,
  label: (row: { [K in keyof L]: L[K]["_"]["data"] | (L[K]["_"]["notNull"] extends true ? never : null) }) => string,
  searchBy?: { region: AnyPgColumn; match: AnyPgColumn[] },
): AuditTargetKind {
  const select = { id, ...columns };
  type Row = Parameters<typeof label>[0] & { id: string };
  const kind: AuditTargetKind = {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = (await db.select(select).from(table).where(inArray(id, wanted))) as Row[];
      return new Map(rows.map((r) => [r.id, label(r)]));
    },
  };
  if (searchBy)
    kind.search = async (db, regionCode, text, limit) => {
      const pattern = containsPattern(text);
      const rows = (await db
        .select(select)
        .from(table)
        .where(and(eq(searchBy.region, regionCode), or(...searchBy.match.map((c) => ilike(c, pattern)))))
        .orderBy(...searchBy.match.map((c) => asc(c)), asc(id))
        .limit(limit)) as Row[];
      return rows.map((r) => ({ id: r.id, label: label(r) }));
    };
  return kind;
}
