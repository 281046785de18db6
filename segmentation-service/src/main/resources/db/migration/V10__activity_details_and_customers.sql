-- What visits, support contacts and feedback carry beyond their type, and customers' attributes.

ALTER TABLE activity
    -- Visits: what happened ("app_open", "store_visit"); optional.
    ADD COLUMN name                 varchar(64),
    ADD COLUMN feedback_kind        varchar(8)  CHECK (feedback_kind IN ('NPS', 'CSAT', 'CES')),
    ADD COLUMN feedback_score       smallint,
    ADD COLUMN feedback_survey_id   varchar(128),
    ADD COLUMN feedback_response_id varchar(128),
    ADD COLUMN support_outcome      varchar(16) CHECK (support_outcome IN ('RESOLVED', 'UNRESOLVED')),
    ADD CONSTRAINT activity_feedback_in_range CHECK (
        feedback_kind IS NULL
        OR (feedback_kind = 'NPS' AND feedback_score BETWEEN 0 AND 10)
        OR (feedback_kind = 'CSAT' AND feedback_score BETWEEN 1 AND 5)
        OR (feedback_kind = 'CES' AND feedback_score BETWEEN 1 AND 7));

-- Analyses scan purchases by time (RFM, KPIs, cohorts) without reading other activity.
CREATE INDEX activity_type_occurred ON activity (type, occurred_at);

CREATE TABLE customer (
    customer_id            varchar(128) PRIMARY KEY,
    country                varchar(2),
    language               varchar(35),
    signed_up_on           date,
    acquisition_channel    varchar(64),
    acquisition_cost_minor bigint CHECK (acquisition_cost_minor >= 0),
    currency_code          varchar(3),
    referred_by            varchar(128),
    updated_at             timestamptz  NOT NULL
);
