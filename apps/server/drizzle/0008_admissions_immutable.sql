-- A published draw event never changes (docs/verifiable-draws.md §1): the database refuses to alter what was
-- published (input, contributions, seed, result, digests, code, times, status) or to delete the event. Recording
-- that the result was written into the register's classes (confirmed_at) stays possible.
CREATE OR REPLACE FUNCTION admissions_draw_event_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'published' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'published draw event % cannot be deleted', OLD.code;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status
      OR NEW.code IS DISTINCT FROM OLD.code
      OR NEW.kind IS DISTINCT FROM OLD.kind
      OR NEW.title IS DISTINCT FROM OLD.title
      OR NEW.algorithm IS DISTINCT FROM OLD.algorithm
      OR NEW.algorithm_version IS DISTINCT FROM OLD.algorithm_version
      OR NEW.event_time IS DISTINCT FROM OLD.event_time
      OR NEW.input_text IS DISTINCT FROM OLD.input_text
      OR NEW.input_digest IS DISTINCT FROM OLD.input_digest
      OR NEW.contributions IS DISTINCT FROM OLD.contributions
      OR NEW.seed IS DISTINCT FROM OLD.seed
      OR NEW.result_text IS DISTINCT FROM OLD.result_text
      OR NEW.result_digest IS DISTINCT FROM OLD.result_digest
      OR NEW.roster IS DISTINCT FROM OLD.roster
      OR NEW.teams IS DISTINCT FROM OLD.teams
      OR NEW.published_at IS DISTINCT FROM OLD.published_at THEN
      RAISE EXCEPTION 'published draw event % is immutable', OLD.code;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER admissions_draw_event_immutable
  BEFORE UPDATE OR DELETE ON admissions_draw_event
  FOR EACH ROW EXECUTE FUNCTION admissions_draw_event_immutable();
