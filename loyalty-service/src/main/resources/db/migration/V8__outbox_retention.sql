-- Delivered outbox events are kept for a while (to trace a delivery), then purged by the
-- maintenance pass; this index keeps that purge from scanning the whole table.
CREATE INDEX outbox_event_delivered ON outbox_event (delivered_at) WHERE delivered_at IS NOT NULL;
