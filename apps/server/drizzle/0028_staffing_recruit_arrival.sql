CREATE TABLE "staffing_recruit_arrival" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"line_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"arrived_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staffing_recruit_arrival" ADD CONSTRAINT "staffing_recruit_arrival_line_id_staffing_recruit_line_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."staffing_recruit_line"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recruit_arrival" ADD CONSTRAINT "staffing_recruit_arrival_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_recruit_arrival" ADD CONSTRAINT "staffing_recruit_arrival_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_recruit_arrival_staff_uq" ON "staffing_recruit_arrival" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "staffing_recruit_arrival_line_idx" ON "staffing_recruit_arrival" USING btree ("line_id");