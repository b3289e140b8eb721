import { eq, inArray } from "drizzle-orm";
import { type AuditTargetKinds, clip, tableKind, uuidsOf } from "../audit/targets";
import { schoolNamesOf } from "../registry/auditTargets";
import {
  ledgerEvidence,
  ledgerFinding,
  ledgerInspection,
  ledgerInspectionTarget,
  ledgerInspectionType,
  ledgerInstitution,
} from "./tables";

/** The ledger's records in the audit log: a finding by its number (编号) and description, an inspection by title. */
export const ledgerAuditTargets: AuditTargetKinds = {
  ledger_finding: tableKind(
    ledgerFinding,
    ledgerFinding.id,
    { number: ledgerFinding.number, description: ledgerFinding.description },
    (r) => `${r.number} ${clip(r.description)}`,
    { region: ledgerFinding.regionCode, match: [ledgerFinding.number, ledgerFinding.description] },
  ),
  ledger_inspection: tableKind(
    ledgerInspection,
    ledgerInspection.id,
    { title: ledgerInspection.title, inspectedOn: ledgerInspection.inspectedOn },
    (r) => `${r.title}(${r.inspectedOn})`,
    { region: ledgerInspection.regionCode, match: [ledgerInspection.title] },
  ),
  ledger_inspection_type: tableKind(
    ledgerInspectionType,
    ledgerInspectionType.id,
    { name: ledgerInspectionType.name },
    (r) => r.name,
    { region: ledgerInspectionType.regionCode, match: [ledgerInspectionType.name] },
  ),
  ledger_institution: tableKind(
    ledgerInstitution,
    ledgerInstitution.id,
    { name: ledgerInstitution.name },
    (r) => r.name,
    { region: ledgerInstitution.regionCode, match: [ledgerInstitution.name, ledgerInstitution.licence] },
  ),
  ledger_evidence: tableKind(
    ledgerEvidence,
    ledgerEvidence.id,
    { fileName: ledgerEvidence.fileName },
    (r) => r.fileName,
  ),
  ledger_inspection_target: {
    // the inspection's title and the school or institution inspected
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({
          id: ledgerInspectionTarget.id,
          title: ledgerInspection.title,
          schoolId: ledgerInspectionTarget.schoolId,
          institution: ledgerInstitution.name,
        })
        .from(ledgerInspectionTarget)
        .innerJoin(ledgerInspection, eq(ledgerInspection.id, ledgerInspectionTarget.inspectionId))
        .leftJoin(ledgerInstitution, eq(ledgerInstitution.id, ledgerInspectionTarget.institutionId))
        .where(inArray(ledgerInspectionTarget.id, wanted));
      const schools = await schoolNamesOf(
        db,
        rows.flatMap((r) => (r.schoolId ? [r.schoolId] : [])),
      );
      return new Map(
        rows.map((r) => {
          const who = (r.schoolId && schools.get(r.schoolId)) || r.institution;
          return [r.id, who ? `${r.title} · ${who}` : r.title];
        }),
      );
    },
  },
};
