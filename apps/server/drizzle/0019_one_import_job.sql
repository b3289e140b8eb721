ALTER TABLE "import_job" ADD COLUMN "capability" text DEFAULT 'registry' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_job" ALTER COLUMN "capability" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "import_job" ADD COLUMN "target_id" uuid;--> statement-breakpoint
CREATE INDEX "import_job_target_idx" ON "import_job" USING btree ("target_id","created_at");--> statement-breakpoint
-- score uploads move into the one job table with their ids, so audit rows about them (target type exam_import) still resolve
INSERT INTO "import_job" ("id", "region_code", "capability", "kind", "target_id", "school_id", "file_name", "file_sha256", "file", "status", "row_count", "error_count", "report", "created_by", "committed_at", "created_at", "updated_at")
SELECT "id", "region_code", 'exams', 'scores', "exam_id", "school_id", "file_name", "file_sha256", "file", "status", "row_count", "error_count",
  jsonb_set(coalesce("report", '{}'::jsonb), '{summary,layout}', to_jsonb("layout"), true),
  "created_by", "committed_at", "created_at", "updated_at"
FROM "exam_import";--> statement-breakpoint
DROP TABLE "exam_import" CASCADE;
