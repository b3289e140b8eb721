import { and, eq, inArray } from "drizzle-orm";
import { type AuditTargetKinds, tableKind, uuidsOf } from "../audit/targets";
import { importJob } from "../excel/tables";
import { exam } from "./tables";

const examTitle = (r: { name: string; version: number }) => (r.version > 1 ? `${r.name}(第${r.version}版)` : r.name);

/**
 * Exams in the audit log by title (a corrected version with its number); a score import (an import job of capability
 * "exams", audited as "exam_import") by exam and file.
 */
export const examsAuditTargets: AuditTargetKinds = {
  exam: tableKind(exam, exam.id, { name: exam.name, version: exam.version }, examTitle, {
    region: exam.regionCode,
    match: [exam.name],
  }),
  exam_import: {
    labels: async (db, ids) => {
      const wanted = uuidsOf(ids);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select({ id: importJob.id, fileName: importJob.fileName, name: exam.name, version: exam.version })
        .from(importJob)
        .innerJoin(exam, eq(exam.id, importJob.targetId))
        .where(and(inArray(importJob.id, wanted), eq(importJob.capability, "exams")));
      return new Map(rows.map((r) => [r.id, `${examTitle(r)} · ${r.fileName}`]));
    },
  },
};
