CREATE TABLE "balance_scenario" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"name" text NOT NULL,
	"school_year" smallint NOT NULL,
	"stage" text NOT NULL,
	"adjustments" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "balance_settings" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"config" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "balance_scenario_region_idx" ON "balance_scenario" USING btree ("region_code","created_at");