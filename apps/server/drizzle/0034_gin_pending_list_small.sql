DROP INDEX "person_name_chars_idx";--> statement-breakpoint
CREATE INDEX "person_name_chars_idx" ON "person" USING gin (string_to_array(lower("name"), null)) WITH (gin_pending_list_limit=64);