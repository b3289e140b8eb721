import { type AuditTargetKinds, labelFromId } from "../audit/targets";

/** Backup files in the audit log: the row's target is the file name itself. */
export const backupAuditTargets: AuditTargetKinds = {
  backup: labelFromId((name) => name),
};
