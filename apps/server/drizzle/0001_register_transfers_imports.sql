CREATE TABLE "import_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"school_id" uuid,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file" "bytea" NOT NULL,
	"status" text NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"created_by" uuid NOT NULL,
	"committed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"student_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"from_school_id" uuid NOT NULL,
	"to_school_id" uuid,
	"destination" text,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"initiated_on" date NOT NULL,
	"initiated_by" uuid NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "name_initials" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_student_id_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_from_school_id_school_id_fk" FOREIGN KEY ("from_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer" ADD CONSTRAINT "transfer_to_school_id_school_id_fk" FOREIGN KEY ("to_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_job_region_idx" ON "import_job" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "transfer_from_idx" ON "transfer" USING btree ("from_school_id","status");--> statement-breakpoint
CREATE INDEX "transfer_to_idx" ON "transfer" USING btree ("to_school_id","status");--> statement-breakpoint
CREATE INDEX "transfer_student_idx" ON "transfer" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "person_initials_idx" ON "person" USING btree ("region_code","name_initials");--> statement-breakpoint
CREATE INDEX "person_name_idx" ON "person" USING btree ("region_code","name");