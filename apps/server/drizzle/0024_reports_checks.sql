CREATE TABLE "report_check_resolution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"resolved_by" uuid,
	"resolved_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "report_check_resolution_uq" ON "report_check_resolution" USING btree ("region_code","year","code");