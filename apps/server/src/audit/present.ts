import { displayNamesOf } from "../auth/userStore";
import type { Db } from "../db/client";
import type { auditLog } from "./tables";
import { auditTargetKinds } from "./targetKinds";

type AuditRecord = typeof auditLog.$inferSelect;

/**
 * Labels of the records these audit rows are about, by kind and id: one query per kind on the page, not one per row.
 * A kind no capability names, or a record since gone, has no label.
 */
export async function targetLabelsOf(
  db: Db,
  targets: { targetType: string | null; targetId: string | null }[],
): Promise<Map<string, string>> {
  const byKind = new Map<string, Set<string>>();
  for (const t of targets) {
    if (!t.targetType || !t.targetId || !auditTargetKinds[t.targetType]) continue;
    const ids = byKind.get(t.targetType) ?? new Set<string>();
    ids.add(t.targetId);
    byKind.set(t.targetType, ids);
  }
  const labels = new Map<string, string>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const found = await auditTargetKinds[kind]!.labels(db, [...ids]);
      for (const [id, label] of found) labels.set(`${kind}:${id}`, label);
    }),
  );
  return labels;
}

/** Audit rows as the API returns them: the target's label and the actor's display name resolved in bulk. */
export async function presentAuditRows(db: Db, rows: AuditRecord[]) {
  const [labels, people] = await Promise.all([
    targetLabelsOf(db, rows),
    displayNamesOf(
      db,
      rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
    ),
  ]);
  return rows.map(({ regionCode: _r, ...r }) => ({
    ...r,
    at: r.at.toISOString(),
    actorDisplayName: (r.actorId && people.get(r.actorId)?.displayName) || null,
    targetLabel: (r.targetType && r.targetId && labels.get(`${r.targetType}:${r.targetId}`)) || null,
  }));
}
