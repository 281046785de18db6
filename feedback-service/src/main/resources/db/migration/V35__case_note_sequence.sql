-- Notes written in the same instant list in the order they were written, not by their random ids.
ALTER TABLE case_note ADD COLUMN sequence bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX case_note_case_order ON case_note (case_id, created_at, sequence);
