-- The de-duplication key of activity becomes a 16-byte uuid derived from the event id (the first 16 bytes of the
-- SHA-256 of its UTF-8 text; the service computes it, EventKey) instead of the event id text itself. Event ids of
-- imports are 64 hex characters in random order: a B-tree on them is three times as large, and a bulk import
-- writes a full-page image into the WAL for nearly every page of it after each checkpoint. Two different event
-- ids sharing a key would need a 128-bit collision of SHA-256, which nobody can produce on purpose.

ALTER TABLE activity ADD COLUMN event_key uuid;
UPDATE activity SET event_key = encode(substr(sha256(convert_to(event_id, 'UTF8')), 1, 16), 'hex')::uuid;
ALTER TABLE activity ALTER COLUMN event_key SET NOT NULL;
ALTER TABLE activity DROP CONSTRAINT activity_pkey;
ALTER TABLE activity ADD CONSTRAINT activity_pkey PRIMARY KEY (event_key);
