-- Events for other services, written in the same transaction as the change they report and
-- delivered by a relay with retries; receivers de-duplicate by the event's id.

CREATE TABLE outbox_event (
    id              uuid          PRIMARY KEY,
    destination     varchar(40)   NOT NULL,
    event_key       varchar(160)  NOT NULL UNIQUE,
    payload         bytea         NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    delivered_at    timestamptz,
    -- Set when the receiver refused the event as invalid: retrying would not help.
    dead_at         timestamptz,
    last_error      varchar(1000)
);
CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL;
