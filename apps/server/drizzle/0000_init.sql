CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"region_code" char(6),
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"reason" text,
	"before_digest" text,
	"after_digest" text,
	"details" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"section" text,
	"school_id" uuid,
	"staff_id" uuid,
	"disabled" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "class_teacher" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"subject" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"staff_id" uuid NOT NULL,
	"post_type" text NOT NULL,
	"establishment" text NOT NULL,
	"subject" text,
	"stage_taught" text,
	"qualification" text NOT NULL,
	"title" text NOT NULL,
	"backbone_level" text DEFAULT 'none' NOT NULL,
	"has_certificate" boolean DEFAULT true NOT NULL,
	"full_time" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"student_id" uuid NOT NULL,
	"class_id" uuid,
	"grade" smallint NOT NULL,
	"status" text NOT NULL,
	"entered_on" date,
	"left_on" date,
	"from_school_id" uuid,
	"to_school_id" uuid
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"gender" char(1) NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text DEFAULT '汉族' NOT NULL,
	"resident_id_hash" text,
	"resident_id_masked" text,
	"resident_id_cipher" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" char(6)
);
--> statement-breakpoint
CREATE TABLE "school" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"code" char(10) NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"locality" text NOT NULL,
	"ownership" text NOT NULL,
	"town_code" char(9),
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"principal" text,
	"phone" text,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date,
	"closed_on" date,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_class" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"grade" smallint NOT NULL,
	"number" smallint NOT NULL,
	"name" text NOT NULL,
	"head_teacher_id" uuid
);
--> statement-breakpoint
CREATE TABLE "school_condition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" smallint NOT NULL,
	"building_area" numeric(12, 2) NOT NULL,
	"teaching_area" numeric(12, 2) NOT NULL,
	"sports_area" numeric(12, 2) NOT NULL,
	"equipment_value_fen" bigint NOT NULL,
	"books" integer NOT NULL,
	"student_computers" integer NOT NULL,
	"multimedia_rooms" integer NOT NULL,
	"music_rooms" integer DEFAULT 0 NOT NULL,
	"music_room_area" numeric(10, 2) DEFAULT 0 NOT NULL,
	"art_rooms" integer DEFAULT 0 NOT NULL,
	"art_room_area" numeric(10, 2) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "school_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_id" uuid NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"other_school_id" uuid
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"person_id" uuid NOT NULL,
	"staff_number" text NOT NULL,
	"hire_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"person_id" uuid NOT NULL,
	"student_number" text NOT NULL,
	"household_type" text NOT NULL,
	"household_in_county" boolean DEFAULT true NOT NULL,
	"left_behind" boolean DEFAULT false NOT NULL,
	"migrant" boolean DEFAULT false NOT NULL,
	"disability" text,
	"disability_placement" text,
	"orphan" boolean DEFAULT false NOT NULL,
	"poverty_registered" boolean DEFAULT false NOT NULL,
	"dibao" boolean DEFAULT false NOT NULL,
	"address" text,
	"guardian_name" text,
	"guardian_phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "town" (
	"code" char(9) PRIMARY KEY NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_teacher" ADD CONSTRAINT "class_teacher_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_teacher" ADD CONSTRAINT "class_teacher_class_id_school_class_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "class_teacher" ADD CONSTRAINT "class_teacher_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment" ADD CONSTRAINT "employment_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment" ADD CONSTRAINT "employment_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_student_id_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_class_id_school_class_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."school_class"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_class" ADD CONSTRAINT "school_class_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_condition" ADD CONSTRAINT "school_condition_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_event" ADD CONSTRAINT "school_event_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student" ADD CONSTRAINT "student_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_action_idx" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_uq" ON "app_user" USING btree ("username");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "class_teacher_class_subject_uq" ON "class_teacher" USING btree ("class_id","subject");--> statement-breakpoint
CREATE INDEX "class_teacher_staff_idx" ON "class_teacher" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employment_staff_year_uq" ON "employment" USING btree ("staff_id","school_year");--> statement-breakpoint
CREATE INDEX "employment_school_year_idx" ON "employment" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "employment_region_year_idx" ON "employment" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollment_student_year_school_uq" ON "enrollment" USING btree ("student_id","school_year","school_id");--> statement-breakpoint
CREATE INDEX "enrollment_school_year_idx" ON "enrollment" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "enrollment_class_idx" ON "enrollment" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "enrollment_region_year_idx" ON "enrollment" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "person_resident_id_uq" ON "person" USING btree ("resident_id_hash");--> statement-breakpoint
CREATE INDEX "person_region_idx" ON "person" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "school_code_uq" ON "school" USING btree ("code");--> statement-breakpoint
CREATE INDEX "school_region_idx" ON "school" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "class_school_year_grade_number_uq" ON "school_class" USING btree ("school_id","school_year","grade","number");--> statement-breakpoint
CREATE INDEX "class_region_year_idx" ON "school_class" USING btree ("region_code","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "condition_school_year_uq" ON "school_condition" USING btree ("school_id","school_year");--> statement-breakpoint
CREATE INDEX "school_event_school_idx" ON "school_event" USING btree ("school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_number_uq" ON "staff" USING btree ("staff_number");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_person_uq" ON "staff" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "student_number_uq" ON "student" USING btree ("student_number");--> statement-breakpoint
CREATE UNIQUE INDEX "student_person_uq" ON "student" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "student_region_idx" ON "student" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "town_region_idx" ON "town" USING btree ("region_code");