import { eq, inArray } from "drizzle-orm";
import { type AuditTargetKinds, tableKind, uuidsOf } from "../audit/targets";
import { exam, examImport } from "./tables";

const examTitle = (r: { name: string; version: number }) => (r.version > 1 ? `${r.name}(第${r.version}版)` : r.name);

/** Exams in the audit log by title (a corrected version with its number); a score import by exam and file. */
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
        .select({ id: examImport.id, fileName: examImport.fileName, name: exam.name, version: exam.version })
        .from(examImport)
        .innerJoin(exam, eq(exam.id, examImport.examId))
        .where(inArray(examImport.id, wanted));
      return new Map(rows.map((r) => [r.id, `${examTitle(r)} · ${r.fileName}`]));
    },
  },
};
