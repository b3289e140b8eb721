CREATE TABLE "preschool_births" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"town_code" char(9) NOT NULL,
	"birth_year" smallint NOT NULL,
	"births" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preschool_population" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"town_code" char(9) NOT NULL,
	"school_year" smallint NOT NULL,
	"age3" integer NOT NULL,
	"age4" integer NOT NULL,
	"age5" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preschool_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"kind" text NOT NULL,
	"recognised_on" date,
	"recognised_document" text,
	"licence_number" text,
	"fee_fen_per_month" integer,
	"rural_central" boolean DEFAULT false NOT NULL,
	"principal_certified" boolean,
	"established_pay_fen" integer,
	"non_established_pay_fen" integer,
	"funding_per_child_fen" integer,
	"building_area" numeric(10, 2),
	"play_area" numeric(10, 2),
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preschool_settings" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preschool_survey" (
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"satisfaction" numeric(5, 4) NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preschool_survey_region_code_school_year_pk" PRIMARY KEY("region_code","school_year")
);
--> statement-breakpoint
CREATE TABLE "retention_absence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"month" char(7) NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"school_days" smallint NOT NULL,
	"approved_leave" boolean NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"number" text NOT NULL,
	"suspect_id" uuid NOT NULL,
	"student_id" uuid,
	"school_id" uuid,
	"town_code" char(9),
	"name_masked" text NOT NULL,
	"state" text NOT NULL,
	"chain" jsonb NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	"deadline" date NOT NULL,
	"confirmed_on" date,
	"returned_on" date,
	"closed_on" date,
	"close_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_case_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"case_id" uuid NOT NULL,
	"school_id" uuid,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"case_id" uuid NOT NULL,
	"visit_id" uuid,
	"school_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"thumbnail" "bytea",
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_explanation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"resident_id_hash" text NOT NULL,
	"kind" text NOT NULL,
	"stage" text,
	"detail" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_poverty_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"list" text NOT NULL,
	"resident_id_hash" text NOT NULL,
	"resident_id_masked" text NOT NULL,
	"name_masked" text NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_rate_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"result" jsonb NOT NULL,
	"computed_by" uuid NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_recheck" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"quarter" char(7) NOT NULL,
	"checked_on" date NOT NULL,
	"figures" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"checked_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_roster" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"import_job_id" uuid,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"matched_at" timestamp with time zone,
	"purged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "retention_roster_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"roster_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"resident_id_hash" text NOT NULL,
	"resident_id_masked" text NOT NULL,
	"resident_id_cipher" text,
	"name_masked" text NOT NULL,
	"details_cipher" text,
	"gender" char(1) NOT NULL,
	"birth_date" date NOT NULL,
	"village_code" char(12) NOT NULL,
	"village_name" text NOT NULL,
	"town_code" char(9) NOT NULL,
	"student_id" uuid,
	"enrollment_id" uuid,
	"school_id" uuid,
	"grade" smallint,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "retention_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"school_year" smallint NOT NULL,
	"ran_by" uuid NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"flagged" jsonb NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_setting" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"absence_threshold_days" smallint NOT NULL,
	"return_verify_days" smallint NOT NULL,
	"case_deadline_days" smallint NOT NULL,
	"zero_report_due_day" smallint NOT NULL,
	"keep_roster" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_suspect" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"resident_id_hash" text,
	"student_id" uuid,
	"school_id" uuid,
	"town_code" char(9),
	"name_masked" text NOT NULL,
	"resident_id_masked" text,
	"birth_date" date,
	"detail" text NOT NULL,
	"status" text NOT NULL,
	"priority_lists" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_run_id" uuid NOT NULL,
	"last_run_id" uuid NOT NULL,
	"cleared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"case_id" uuid NOT NULL,
	"school_id" uuid,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"method" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_zero_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"month" char(7) NOT NULL,
	"out_of_school" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "preschool_report" ADD CONSTRAINT "preschool_report_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_absence" ADD CONSTRAINT "retention_absence_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_case" ADD CONSTRAINT "retention_case_suspect_id_retention_suspect_id_fk" FOREIGN KEY ("suspect_id") REFERENCES "public"."retention_suspect"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_case_event" ADD CONSTRAINT "retention_case_event_case_id_retention_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."retention_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_evidence" ADD CONSTRAINT "retention_evidence_case_id_retention_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."retention_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_evidence" ADD CONSTRAINT "retention_evidence_visit_id_retention_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."retention_visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_roster_entry" ADD CONSTRAINT "retention_roster_entry_roster_id_retention_roster_id_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."retention_roster"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_visit" ADD CONSTRAINT "retention_visit_case_id_retention_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."retention_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_zero_report" ADD CONSTRAINT "retention_zero_report_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "preschool_births_town_year_uq" ON "preschool_births" USING btree ("region_code","town_code","birth_year");--> statement-breakpoint
CREATE UNIQUE INDEX "preschool_population_town_year_uq" ON "preschool_population" USING btree ("region_code","town_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "preschool_report_school_year_uq" ON "preschool_report" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "preschool_report_region_year_idx" ON "preschool_report" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE INDEX "retention_absence_school_idx" ON "retention_absence" USING btree ("school_id","month");--> statement-breakpoint
CREATE INDEX "retention_absence_region_idx" ON "retention_absence" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_case_number_uq" ON "retention_case" USING btree ("region_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_case_suspect_uq" ON "retention_case" USING btree ("suspect_id");--> statement-breakpoint
CREATE INDEX "retention_case_school_idx" ON "retention_case" USING btree ("school_id","state");--> statement-breakpoint
CREATE INDEX "retention_case_region_idx" ON "retention_case" USING btree ("region_code","state","deadline");--> statement-breakpoint
CREATE INDEX "retention_case_event_case_idx" ON "retention_case_event" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "retention_evidence_case_idx" ON "retention_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_explanation_uq" ON "retention_explanation" USING btree ("region_code","school_year","resident_id_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_poverty_uq" ON "retention_poverty_entry" USING btree ("region_code","list","resident_id_hash");--> statement-breakpoint
CREATE INDEX "retention_rate_region_idx" ON "retention_rate_snapshot" USING btree ("region_code","school_year","computed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_recheck_uq" ON "retention_recheck" USING btree ("region_code","quarter");--> statement-breakpoint
CREATE INDEX "retention_roster_region_idx" ON "retention_roster" USING btree ("region_code","school_year","imported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_roster_entry_hash_uq" ON "retention_roster_entry" USING btree ("roster_id","resident_id_hash");--> statement-breakpoint
CREATE INDEX "retention_roster_entry_roster_idx" ON "retention_roster_entry" USING btree ("roster_id","outcome");--> statement-breakpoint
CREATE INDEX "retention_roster_entry_hash_idx" ON "retention_roster_entry" USING btree ("resident_id_hash");--> statement-breakpoint
CREATE INDEX "retention_run_region_idx" ON "retention_run" USING btree ("region_code","kind","ran_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_suspect_source_uq" ON "retention_suspect" USING btree ("region_code","source","source_id");--> statement-breakpoint
CREATE INDEX "retention_suspect_school_idx" ON "retention_suspect" USING btree ("school_id","status");--> statement-breakpoint
CREATE INDEX "retention_suspect_region_idx" ON "retention_suspect" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "retention_visit_case_idx" ON "retention_visit" USING btree ("case_id","visited_on");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_zero_report_uq" ON "retention_zero_report" USING btree ("school_id","month");--> statement-breakpoint
CREATE INDEX "retention_zero_report_region_idx" ON "retention_zero_report" USING btree ("region_code","month");