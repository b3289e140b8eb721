ALTER TABLE "registry_setting" ADD COLUMN "current_school_year" smallint;--> statement-breakpoint
ALTER TABLE "registry_setting" ADD COLUMN "promotion_date" date;