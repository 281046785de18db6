-- A snapshot of scores that rank a customer among all customers (RFM quintiles) or need the CLV
-- models (predicted CLV), for segment rules. A full pass over a segment that uses them refreshes it.

CREATE TABLE customer_score (
    customer_id         varchar(128) PRIMARY KEY,
    recency_score       smallint     NOT NULL CHECK (recency_score BETWEEN 1 AND 5),
    frequency_score     smallint     NOT NULL CHECK (frequency_score BETWEEN 1 AND 5),
    monetary_score      smallint     NOT NULL CHECK (monetary_score BETWEEN 1 AND 5),
    rfm_segment         varchar(20)  NOT NULL,
    -- One year ahead under the latest CLV fit, in minor units of the reporting currency; NULL without a fit
    -- or without a purchase up to its calibration end.
    predicted_clv_minor bigint,
    fit_id              uuid,
    as_of               date         NOT NULL,
    scored_at           timestamptz  NOT NULL
);
