-- Customer activity as senders report it, one row per event id (the de-duplication key).

CREATE TABLE activity (
    event_id      varchar(128) PRIMARY KEY,
    customer_id   varchar(128) NOT NULL,
    type          varchar(20)  NOT NULL
                  CHECK (type IN ('PURCHASE', 'RETURN', 'VISIT', 'SUPPORT_CONTACT', 'FEEDBACK')),
    occurred_at   timestamptz  NOT NULL,
    amount_minor  bigint,
    currency_code varchar(3),
    recorded_at   timestamptz  NOT NULL
);

-- Insights read one customer's activity in time order.
CREATE INDEX activity_customer_occurred ON activity (customer_id, occurred_at);
