CREATE TABLE "fitness_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"test_year" smallint NOT NULL,
	"test_date" date NOT NULL,
	"standard_version" text NOT NULL,
	"source" text NOT NULL,
	"file_name" text,
	"row_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fitness_correction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"item" text,
	"grade" smallint NOT NULL,
	"sex" text NOT NULL,
	"score" smallint,
	"threshold" double precision,
	"bmi_level" text,
	"bmi_min" double precision,
	"bmi_max" double precision,
	"previous" jsonb NOT NULL,
	"reason" text NOT NULL,
	"effective_from" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fitness_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"test_year" smallint NOT NULL,
	"student_id" uuid NOT NULL,
	"class_id" uuid,
	"batch_id" uuid NOT NULL,
	"grade" smallint NOT NULL,
	"sex" text NOT NULL,
	"status" text NOT NULL,
	"exempt_reason" text,
	"exempt_proof" text,
	"height_cm" double precision,
	"weight_kg" double precision,
	"values" jsonb NOT NULL,
	"bmi" double precision,
	"bmi_level" text,
	"scores" jsonb NOT NULL,
	"missing" jsonb NOT NULL,
	"standard_score" double precision,
	"bonus" double precision DEFAULT 0 NOT NULL,
	"total" double precision,
	"band" text,
	"standard_version" text NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fitness_batch" ADD CONSTRAINT "fitness_batch_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitness_result" ADD CONSTRAINT "fitness_result_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitness_result" ADD CONSTRAINT "fitness_result_student_id_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitness_result" ADD CONSTRAINT "fitness_result_class_id_school_class_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fitness_result" ADD CONSTRAINT "fitness_result_batch_id_fitness_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."fitness_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fitness_batch_school_idx" ON "fitness_batch" USING btree ("region_code","school_id","test_year");--> statement-breakpoint
CREATE INDEX "fitness_correction_region_idx" ON "fitness_correction" USING btree ("region_code","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "fitness_result_student_year_uq" ON "fitness_result" USING btree ("test_year","student_id");--> statement-breakpoint
CREATE INDEX "fitness_result_school_idx" ON "fitness_result" USING btree ("region_code","test_year","school_id");--> statement-breakpoint
CREATE INDEX "fitness_result_class_idx" ON "fitness_result" USING btree ("class_id") WHERE "fitness_result"."class_id" is not null;