CREATE TABLE "ledger_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"finding_id" uuid NOT NULL,
	"school_id" uuid,
	"transition_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"thumbnail" "bytea",
	"uploaded_by" uuid NOT NULL,
	"uploader_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"inspection_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"school_id" uuid,
	"institution_id" uuid,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"scope" text NOT NULL,
	"common_group" uuid,
	"checklist_code" text,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"responsible_unit" text NOT NULL,
	"responsible_person" text NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"raised_on" date NOT NULL,
	"original_deadline" date NOT NULL,
	"deadline" date NOT NULL,
	"extension_deadline" date,
	"extension_reason" text,
	"closed_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_inspection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"type_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"inspected_on" date NOT NULL,
	"inspectors" jsonb NOT NULL,
	"self_inspection" boolean DEFAULT false NOT NULL,
	"school_id" uuid,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_inspection_target" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"inspection_id" uuid NOT NULL,
	"school_id" uuid,
	"institution_id" uuid,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ledger_inspection_type" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"default_days" smallint DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_institution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"licence" text NOT NULL,
	"address" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'operating' NOT NULL,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_transition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"finding_id" uuid NOT NULL,
	"school_id" uuid,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"deadline_before" date,
	"deadline_after" date,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"actor_party" text NOT NULL,
	"evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_evidence" ADD CONSTRAINT "ledger_evidence_finding_id_ledger_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."ledger_finding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_finding" ADD CONSTRAINT "ledger_finding_inspection_id_ledger_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."ledger_inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_finding" ADD CONSTRAINT "ledger_finding_target_id_ledger_inspection_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."ledger_inspection_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_finding" ADD CONSTRAINT "ledger_finding_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_finding" ADD CONSTRAINT "ledger_finding_institution_id_ledger_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."ledger_institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_inspection" ADD CONSTRAINT "ledger_inspection_type_id_ledger_inspection_type_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."ledger_inspection_type"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_inspection" ADD CONSTRAINT "ledger_inspection_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_inspection_target" ADD CONSTRAINT "ledger_inspection_target_inspection_id_ledger_inspection_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."ledger_inspection"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_inspection_target" ADD CONSTRAINT "ledger_inspection_target_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_inspection_target" ADD CONSTRAINT "ledger_inspection_target_institution_id_ledger_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."ledger_institution"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transition" ADD CONSTRAINT "ledger_transition_finding_id_ledger_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."ledger_finding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_evidence_finding_idx" ON "ledger_evidence" USING btree ("finding_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_finding_number_uq" ON "ledger_finding" USING btree ("region_code","number");--> statement-breakpoint
CREATE INDEX "ledger_finding_board_idx" ON "ledger_finding" USING btree ("region_code","state","deadline");--> statement-breakpoint
CREATE INDEX "ledger_finding_school_idx" ON "ledger_finding" USING btree ("school_id","state","deadline");--> statement-breakpoint
CREATE INDEX "ledger_finding_inspection_idx" ON "ledger_finding" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "ledger_finding_kind_idx" ON "ledger_finding" USING btree ("region_code","kind","state");--> statement-breakpoint
CREATE INDEX "ledger_inspection_region_idx" ON "ledger_inspection" USING btree ("region_code","inspected_on");--> statement-breakpoint
CREATE INDEX "ledger_inspection_school_idx" ON "ledger_inspection" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "ledger_target_inspection_idx" ON "ledger_inspection_target" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "ledger_target_school_idx" ON "ledger_inspection_target" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_type_region_name_uq" ON "ledger_inspection_type" USING btree ("region_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_institution_licence_uq" ON "ledger_institution" USING btree ("region_code","licence");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transition_finding_seq_uq" ON "ledger_transition" USING btree ("finding_id","seq");