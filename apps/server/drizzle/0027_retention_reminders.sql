CREATE TABLE "retention_reminder" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"key" text NOT NULL,
	"case_id" uuid,
	"school_id" uuid,
	"town_code" char(9),
	"month" text,
	"message" text NOT NULL,
	"raised_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "retention_roster_entry_roster_idx";--> statement-breakpoint
ALTER TABLE "retention_setting" ADD COLUMN "leadership_escalation_days" smallint DEFAULT 30 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "retention_reminder_key_uq" ON "retention_reminder" USING btree ("region_code","key");--> statement-breakpoint
CREATE INDEX "retention_reminder_region_idx" ON "retention_reminder" USING btree ("region_code","raised_on");--> statement-breakpoint
CREATE INDEX "retention_reminder_school_idx" ON "retention_reminder" USING btree ("school_id","raised_on");