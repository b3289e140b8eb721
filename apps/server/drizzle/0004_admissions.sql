CREATE TABLE "admissions_draw_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"algorithm" text NOT NULL,
	"algorithm_version" smallint NOT NULL,
	"event_time" timestamp with time zone NOT NULL,
	"school_year" smallint,
	"grade" smallint,
	"source" text NOT NULL,
	"settings" jsonb NOT NULL,
	"roster" jsonb NOT NULL,
	"teams" jsonb NOT NULL,
	"input_text" text NOT NULL,
	"input_digest" text NOT NULL,
	"contributions" jsonb NOT NULL,
	"seed" text,
	"result_text" text,
	"result_digest" text,
	"result_count" integer,
	"frozen_at" timestamp with time zone,
	"drawn_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"rerun_of_id" uuid,
	"rerun_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admissions_draw_event" ADD CONSTRAINT "admissions_draw_event_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admissions_draw_event_code_uq" ON "admissions_draw_event" USING btree ("code");--> statement-breakpoint
CREATE INDEX "admissions_draw_event_region_idx" ON "admissions_draw_event" USING btree ("region_code","kind");--> statement-breakpoint
CREATE INDEX "admissions_draw_event_school_idx" ON "admissions_draw_event" USING btree ("school_id");