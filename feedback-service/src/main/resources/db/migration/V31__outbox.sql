-- Completed responses for loyalty (the survey's incentive) and segmentation (the feedback signal),
-- written in the transaction that records the response and delivered by a relay with retries.
-- The receivers de-duplicate: loyalty by the idempotency key, segmentation by the event id (both
-- the response id), so a delivery whose answer was lost does no harm when repeated.
CREATE TABLE outbox_event (
    id              uuid          PRIMARY KEY,
    destination     varchar(40)   NOT NULL,
    event_key       varchar(160)  NOT NULL,
    payload         bytea         NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    delivered_at    timestamptz,
    -- Set when the receiver refused the event itself (no such member, say): retrying would not help,
    -- so it stays here with the reason for an operator.
    dead_at         timestamptz,
    last_error      varchar(1000),
    UNIQUE (destination, event_key)
);
CREATE INDEX outbox_event_due ON outbox_event (destination, next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_event_delivered ON outbox_event (delivered_at) WHERE delivered_at IS NOT NULL;
