DROP INDEX "person_initials_idx";--> statement-breakpoint
CREATE INDEX "person_name_chars_idx" ON "person" USING gin (string_to_array(lower("name"), null));--> statement-breakpoint
CREATE INDEX "person_resident_id_last4_idx" ON "person" USING btree (lower(right("resident_id_masked", 4)));--> statement-breakpoint
CREATE INDEX "person_initials_idx" ON "person" USING btree ("region_code","name_initials" text_pattern_ops);