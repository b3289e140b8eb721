CREATE TABLE "admissions_catchment_zone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"stage" text NOT NULL,
	"units" jsonb NOT NULL,
	"school_ids" jsonb NOT NULL,
	"places" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "admissions_catchment_zone_region_idx" ON "admissions_catchment_zone" USING btree ("region_code","stage");