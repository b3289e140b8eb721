CREATE TABLE "balance_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"school_year" smallint NOT NULL,
	"stage" text NOT NULL,
	"version" smallint NOT NULL,
	"inputs_sha256" text NOT NULL,
	"config" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"published_by" uuid NOT NULL,
	"published_by_name" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "balance_snapshot_version_uq" ON "balance_snapshot" USING btree ("region_code","school_year","stage","version");