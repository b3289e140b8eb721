CREATE TABLE "exam" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"series_id" uuid NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL,
	"school_year" smallint NOT NULL,
	"term" smallint NOT NULL,
	"grade" smallint NOT NULL,
	"graduating" boolean DEFAULT false NOT NULL,
	"subjects" jsonb NOT NULL,
	"config" jsonb NOT NULL,
	"baseline_exam_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"change_note" text,
	"changes" jsonb,
	"input_hash" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"exam_id" uuid NOT NULL,
	"school_id" uuid,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file" "bytea" NOT NULL,
	"layout" text NOT NULL,
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
CREATE TABLE "exam_score" (
	"exam_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid,
	"scores" double precision[] NOT NULL,
	"items" double precision[],
	CONSTRAINT "exam_score_exam_id_student_id_pk" PRIMARY KEY("exam_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "exam_teacher" (
	"exam_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "exam_teacher_exam_id_class_id_subject_pk" PRIMARY KEY("exam_id","class_id","subject")
);
--> statement-breakpoint
ALTER TABLE "exam_import" ADD CONSTRAINT "exam_import_exam_id_exam_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exam"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_score" ADD CONSTRAINT "exam_score_exam_id_exam_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exam"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_score" ADD CONSTRAINT "exam_score_student_id_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_score" ADD CONSTRAINT "exam_score_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_score" ADD CONSTRAINT "exam_score_class_id_school_class_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_teacher" ADD CONSTRAINT "exam_teacher_exam_id_exam_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exam"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_teacher" ADD CONSTRAINT "exam_teacher_class_id_school_class_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_teacher" ADD CONSTRAINT "exam_teacher_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_series_version_uq" ON "exam" USING btree ("series_id","version");--> statement-breakpoint
CREATE INDEX "exam_region_year_idx" ON "exam" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE INDEX "exam_import_exam_idx" ON "exam_import" USING btree ("exam_id","created_at");--> statement-breakpoint
CREATE INDEX "exam_score_school_idx" ON "exam_score" USING btree ("exam_id","school_id");