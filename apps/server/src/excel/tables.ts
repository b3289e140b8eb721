/**
 * The one table of Excel uploads (导入批次) for every capability: the uploaded file is kept with its validation report
 * between upload and commit, so the commit writes exactly what was checked; once committed (or left uncommitted
 * for a day) the file is dropped. `capability` and `kind` say whose import it is (registry/students, exams/scores,
 * …); `target_id` is the record the rows go into when there is one (the exam of a score import). The file is kept
 * encrypted (jobFileCipher.ts): AES-256-GCM under a key of its own, that key encrypted with the platform key.
 */
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, id, regionCode, timestamps } from "../db/columns";

export const importJob = pgTable(
  "import_job",
  {
    id: id(),
    regionCode: regionCode(),
    /** the capability whose importer checked the file: registry | exams | … */
    capability: text("capability").notNull(),
    /** the importer within the capability: students | staff | schools | conditions | scores | … */
    kind: text("kind").notNull(),
    /** the record the rows go into, if any (exams: the exam) */
    targetId: uuid("target_id"),
    /** the school the uploader is limited to, if any */
    schoolId: uuid("school_id"),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    /** the upload, encrypted with `file_key` (iv, tag, ciphertext); empty once committed or discarded */
    file: bytea("file").notNull(),
    /**
     * the file's own key, encrypted with the platform key (the personal-data cipher's "v1:" form); null for a file
     * kept in clear (uploads stored before files were encrypted, readable until purged)
     */
    fileKey: text("file_key"),
    /** validated | failed (has errors) | committed | discarded */
    status: text("status").notNull(),
    rowCount: integer("row_count").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    /** the validation report, in the importer's shape: at least `problems` by row and column, and a summary */
    report: jsonb("report").$type<Record<string, unknown>>(),
    createdBy: uuid("created_by").notNull(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("import_job_region_idx").on(t.regionCode, t.createdAt),
    index("import_job_target_idx").on(t.targetId, t.createdAt),
  ],
);
