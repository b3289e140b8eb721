import { admissionsAuditTargets } from "../admissions/auditTargets";
import { backupAuditTargets } from "../backup/auditTargets";
import { balanceAuditTargets } from "../balance/auditTargets";
import { examsAuditTargets } from "../exams/auditTargets";
import { fitnessAuditTargets } from "../fitness/auditTargets";
import { ledgerAuditTargets } from "../ledger/auditTargets";
import { preschoolAuditTargets } from "../preschool/auditTargets";
import { registryAuditTargets } from "../registry/auditTargets";
import { reportsAuditTargets } from "../reports/auditTargets";
import { retentionAuditTargets } from "../retention/auditTargets";
import { settingsAuditTargets } from "../settings/auditTargets";
import { staffingAuditTargets } from "../staffing/auditTargets";
import { usersAuditTargets } from "../users/auditTargets";
import type { AuditTargetKinds } from "./targets";

/**
 * Every kind of record the audit log can name, from the capability that owns it. A new capability that audits its
 * records exports its kinds from its own `auditTargets.ts` and adds them here; the log's page, its object filter and
 * its search then name them without further change.
 */
export const auditTargetKinds: AuditTargetKinds = {
  ...usersAuditTargets,
  ...backupAuditTargets,
  ...registryAuditTargets,
  ...balanceAuditTargets,
  ...examsAuditTargets,
  ...fitnessAuditTargets,
  ...ledgerAuditTargets,
  ...staffingAuditTargets,
  ...preschoolAuditTargets,
  ...admissionsAuditTargets,
  ...retentionAuditTargets,
  ...reportsAuditTargets,
  ...settingsAuditTargets,
};
