CREATE TABLE "registry_setting" (
	"region_code" char(6) PRIMARY KEY NOT NULL,
	"transfer_overdue_days" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
