CREATE TABLE "report_figure_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"figure_key" text NOT NULL,
	"capability" text NOT NULL,
	"scope_key" text NOT NULL,
	"status" text NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"missing" text,
	"stale" boolean DEFAULT true NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_sentence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"figure_key" text NOT NULL,
	"text" text NOT NULL,
	"value_at_edit" double precision,
	"edited_by" uuid,
	"edited_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "report_figure_value_uq" ON "report_figure_value" USING btree ("region_code","year","figure_key","scope_key");--> statement-breakpoint
CREATE INDEX "report_figure_value_stale_idx" ON "report_figure_value" USING btree ("region_code","capability") WHERE not "report_figure_value"."stale";--> statement-breakpoint
CREATE UNIQUE INDEX "report_sentence_uq" ON "report_sentence" USING btree ("region_code","year","figure_key");