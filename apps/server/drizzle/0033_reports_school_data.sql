CREATE TABLE "report_after_school" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"term" text NOT NULL,
	"participants" integer NOT NULL,
	"teachers" integer NOT NULL,
	"content" text,
	"charged" boolean NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_exam_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"exam" text NOT NULL,
	"candidate_number" text NOT NULL,
	"student_id" uuid,
	"school_id" uuid,
	"sat" boolean NOT NULL,
	"total_score" double precision,
	"tier" text NOT NULL,
	"admitted_school" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_school_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"books_added" integer NOT NULL,
	"books_total" integer,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_after_school" ADD CONSTRAINT "report_after_school_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_exam_result" ADD CONSTRAINT "report_exam_result_student_id_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_exam_result" ADD CONSTRAINT "report_exam_result_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_school_count" ADD CONSTRAINT "report_school_count_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_after_school_uq" ON "report_after_school" USING btree ("school_id","year","term");--> statement-breakpoint
CREATE UNIQUE INDEX "report_exam_result_uq" ON "report_exam_result" USING btree ("region_code","year","exam","candidate_number");--> statement-breakpoint
CREATE INDEX "report_exam_result_school_idx" ON "report_exam_result" USING btree ("school_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "report_school_count_uq" ON "report_school_count" USING btree ("school_id","year");