CREATE TABLE "login_address_failure" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"failed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_job" (
	"name" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"runs" integer DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"claimed_by" text
);
--> statement-breakpoint
CREATE INDEX "login_address_failure_ip_idx" ON "login_address_failure" USING btree ("ip","failed_at");