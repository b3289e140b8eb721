CREATE TABLE "staffing_exemption" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"staff_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_profile" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"region_code" char(6) NOT NULL,
	"position" text DEFAULT 'teacher' NOT NULL,
	"position_since" date,
	"also_teaches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"at_school_since" date,
	"double_qualified" boolean DEFAULT false NOT NULL,
	"certificate" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_recognition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"level" text NOT NULL,
	"subject" text,
	"recognised_on" date NOT NULL,
	"expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_recruit_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"plan_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"retirements" integer NOT NULL,
	"gap" numeric(6, 1) NOT NULL,
	"replacement" integer NOT NULL,
	"for_shortage" integer NOT NULL,
	"proposed" integer NOT NULL,
	"quantity" integer NOT NULL,
	"arrived" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_recruit_need" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"subject" text NOT NULL,
	"count" smallint NOT NULL,
	"reason" text NOT NULL,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_recruit_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"retirements_per_recruit" smallint NOT NULL,
	"recruit_rounding" text NOT NULL,
	"retirements" integer NOT NULL,
	"proposed_total" integer NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_researcher" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"staff_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"appointed_on" date NOT NULL,
	"term_ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_reserve" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	"criteria" text NOT NULL,
	"assessment" text,
	"assessed_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_rotation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"staff_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"to_school_id" uuid,
	"status" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"note" text DEFAULT '' NOT NULL,
	"proposed_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_school_year" (
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"boarding_students" integer DEFAULT 0 NOT NULL,
	"high_performing" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staffing_school_year_school_id_school_year_pk" PRIMARY KEY("school_id","school_year")
);
--> statement-breakpoint
CREATE TABLE "staffing_setting" (
	"region_code" char(6) NOT NULL,
	"from_year" smallint NOT NULL,
	"province" text NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staffing_setting_region_code_from_year_pk" PRIMARY KEY("region_code","from_year")
);
--> statement-breakpoint
CREATE TABLE "staffing_studio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"host_staff_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"founded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_studio_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"studio_id" uuid NOT NULL,
	"on" date NOT NULL,
	"title" text NOT NULL,
	"participants" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_studio_member" (
	"region_code" char(6) NOT NULL,
	"studio_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"joined_on" date NOT NULL,
	CONSTRAINT "staffing_studio_member_studio_id_staff_id_pk" PRIMARY KEY("studio_id","staff_id")
);
--> statement-breakpoint
CREATE TABLE "staffing_training" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"course" text NOT NULL,
	"level" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staffing_exemption" ADD CONSTRAINT "staffing_exemption_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_exemption" ADD CONSTRAINT "staffing_exemption_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_profile" ADD CONSTRAINT "staffing_profile_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recognition" ADD CONSTRAINT "staffing_recognition_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recognition" ADD CONSTRAINT "staffing_recognition_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recruit_line" ADD CONSTRAINT "staffing_recruit_line_plan_id_staffing_recruit_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."staffing_recruit_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recruit_line" ADD CONSTRAINT "staffing_recruit_line_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recruit_need" ADD CONSTRAINT "staffing_recruit_need_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_researcher" ADD CONSTRAINT "staffing_researcher_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reserve" ADD CONSTRAINT "staffing_reserve_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_reserve" ADD CONSTRAINT "staffing_reserve_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rotation" ADD CONSTRAINT "staffing_rotation_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rotation" ADD CONSTRAINT "staffing_rotation_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_rotation" ADD CONSTRAINT "staffing_rotation_to_school_id_school_id_fk" FOREIGN KEY ("to_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_school_year" ADD CONSTRAINT "staffing_school_year_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_studio" ADD CONSTRAINT "staffing_studio_host_staff_id_staff_id_fk" FOREIGN KEY ("host_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_studio_activity" ADD CONSTRAINT "staffing_studio_activity_studio_id_staffing_studio_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."staffing_studio"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_studio_member" ADD CONSTRAINT "staffing_studio_member_studio_id_staffing_studio_id_fk" FOREIGN KEY ("studio_id") REFERENCES "public"."staffing_studio"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_studio_member" ADD CONSTRAINT "staffing_studio_member_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_training" ADD CONSTRAINT "staffing_training_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_training" ADD CONSTRAINT "staffing_training_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_exemption_staff_year_uq" ON "staffing_exemption" USING btree ("staff_id","school_year");--> statement-breakpoint
CREATE INDEX "staffing_profile_region_idx" ON "staffing_profile" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "staffing_recognition_region_idx" ON "staffing_recognition" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "staffing_recognition_staff_idx" ON "staffing_recognition" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_recruit_line_uq" ON "staffing_recruit_line" USING btree ("plan_id","school_id","subject");--> statement-breakpoint
CREATE INDEX "staffing_recruit_need_region_year_idx" ON "staffing_recruit_need" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_recruit_plan_year_uq" ON "staffing_recruit_plan" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_researcher_staff_uq" ON "staffing_researcher" USING btree ("staff_id","appointed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_reserve_staff_uq" ON "staffing_reserve" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "staffing_reserve_region_idx" ON "staffing_reserve" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_rotation_staff_year_uq" ON "staffing_rotation" USING btree ("staff_id","school_year");--> statement-breakpoint
CREATE INDEX "staffing_rotation_region_year_idx" ON "staffing_rotation" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE INDEX "staffing_school_year_region_idx" ON "staffing_school_year" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_studio_name_uq" ON "staffing_studio" USING btree ("region_code","name");--> statement-breakpoint
CREATE INDEX "staffing_studio_activity_studio_idx" ON "staffing_studio_activity" USING btree ("studio_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_training_course_uq" ON "staffing_training" USING btree ("staff_id","course","start_date");--> statement-breakpoint
CREATE INDEX "staffing_training_region_end_idx" ON "staffing_training" USING btree ("region_code","end_date");--> statement-breakpoint
CREATE INDEX "staffing_training_school_idx" ON "staffing_training" USING btree ("school_id");