CREATE TABLE "capability_owner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"capability" text NOT NULL,
	"section" text NOT NULL,
	"effective_from" date NOT NULL,
	"basis" text NOT NULL,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "capability_owner_uq" ON "capability_owner" USING btree ("region_code","capability","effective_from");