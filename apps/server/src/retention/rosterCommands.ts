/** Commands on the household roster (户籍适龄人口名单): the audited view, the reveal of one child, explanations. */
import { type auth, retention } from "@edubureau/core";
import { eq } from "drizzle-orm";
import { recordAudit } from "../audit/store";
import { authorize } from "../auth/authorize";
import type { PersonalDataCipher } from "../auth/personalData";
import type { Db } from "../db/client";
import { AppError, forbidden, notFound } from "../http/errors";
import { type CommandContext, invalid, isRetentionSection, sectionActor } from "./commands";
import { findRosterEntry } from "./store";
import { retentionExplanation, retentionRoster, retentionRosterEntry } from "./tables";

/** Writes the audit row of a view of the roster (every view of the most sensitive file is logged). */
export async function auditRosterView(
  db: Db,
  a: auth.Actor,
  rosterId: string,
  details: Record<string, unknown>,
  ctx: CommandContext,
) {
  await recordAudit(db, {
    actor: a,
    action: "retention.roster.view",
    targetType: "retention_roster",
    targetId: rosterId,
    details,
    ip: ctx.ip,
    at: ctx.now,
  });
}

export interface RevealedChild {
  residentId: string;
  name: string;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
}

/**
 * Reveals one roster child's resident ID, name, address and guardian, with a reason, audited. Only the section; a
 * purged entry answers 410.
 */
export async function revealChild(
  db: Db,
  actor: auth.Actor | null,
  entryId: string,
  reason: string,
  cipher: PersonalDataCipher,
  ctx: CommandContext,
): Promise<RevealedChild> {
  const a = authorize(actor, "reveal", "retention");
  if (!isRetentionSection(a)) throw forbidden("retention.readRoster");
  const entry = await findRosterEntry(db, a.regionCode, entryId);
  if (!entry) throw notFound("适龄儿童");
  if (!entry.residentIdCipher || !entry.detailsCipher) {
    throw new AppError(410, "PURGED", "该儿童已与学籍比对成功,户籍名单中的身份信息已按规定清除;请到学籍中查看");
  }
  const id = cipher.decrypt(entry.residentIdCipher);
  const details = cipher.decrypt(entry.detailsCipher);
  if (!id || !details) throw new AppError(500, "DECRYPT_FAILED", "无法解密该记录,请联系系统管理员核对平台密钥");
  const d = JSON.parse(details) as {
    name: string;
    address: string | null;
    guardianName: string | null;
    guardianPhone: string | null;
  };
  await recordAudit(db, {
    actor: a,
    action: "retention.roster.reveal",
    targetType: "retention_roster_entry",
    targetId: entry.id,
    reason,
    details: { rosterId: entry.rosterId, rowNumber: entry.rowNumber },
    ip: ctx.ip,
    at: ctx.now,
  });
  return { residentId: id, ...d };
}

/** Records (or replaces) the explanation of a school-age child not on the register. Section only. */
export async function recordExplanation(
  db: Db,
  actor: auth.Actor | null,
  entryId: string,
  body: { kind: retention.ExplanationKind; stage: retention.Stage | null; detail: string },
  ctx: CommandContext,
) {
  const a = sectionActor(actor);
  const entry = await findRosterEntry(db, a.regionCode, entryId);
  if (!entry) throw notFound("适龄儿童");
  if (retention.explanationEffect[body.kind] === "in_school" && body.kind === "outside_county" && !body.stage) {
    throw invalid(`县外就读${retention.explanationRequirement.outside_county}`, "stage");
  }
  const [roster] = await db.select().from(retentionRoster).where(eq(retentionRoster.id, entry.rosterId));
  const schoolYear = roster!.schoolYear;
  if (entry.birthDate > retention.latestSchoolAgeBirthDate(schoolYear)) {
    throw invalid(`该儿童截至${schoolYear}年8月31日未满6周岁(学龄前),不参与户籍与学籍比对,无需登记未入学说明`, "kind");
  }
  return db.transaction(async (tx) => {
    const values = {
      regionCode: a.regionCode,
      schoolYear,
      residentIdHash: entry.residentIdHash,
      kind: body.kind,
      stage: body.stage,
      detail: body.detail,
      recordedBy: a.userId,
      updatedAt: ctx.now,
    };
    const [row] = await tx
      .insert(retentionExplanation)
      .values(values)
      .onConflictDoUpdate({
        target: [retentionExplanation.regionCode, retentionExplanation.schoolYear, retentionExplanation.residentIdHash],
        set: { kind: body.kind, stage: body.stage, detail: body.detail, recordedBy: a.userId, updatedAt: ctx.now },
      })
      .returning({ id: retentionExplanation.id });
    if (entry.outcome !== "enrolled") {
      await tx.update(retentionRosterEntry).set({ outcome: "explained" }).where(eq(retentionRosterEntry.id, entry.id));
    }
    await recordAudit(tx, {
      actor: a,
      action: "retention.explanation.record",
      targetType: "retention_roster_entry",
      targetId: entry.id,
      after: body,
      details: { kind: body.kind, stage: body.stage },
      ip: ctx.ip,
      at: ctx.now,
    });
    return row!.id;
  });
}
