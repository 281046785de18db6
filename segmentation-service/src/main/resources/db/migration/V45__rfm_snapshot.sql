-- The RFM of every customer as of a date, computed by a pass (scheduled, or RefreshRfmSnapshot):
-- the insights read one customer's row instead of ranking every customer on each call.

CREATE TABLE rfm_snapshot (
    id              bigserial   PRIMARY KEY,
    as_of           date        NOT NULL,
    computed_at     timestamptz NOT NULL,
    customer_count  bigint      NOT NULL,
    -- The quintile boundaries: the highest value of scores 1 to 4 (recency: the lowest, it is reversed),
    -- which score a customer who made a first purchase after the snapshot.
    recency_cuts    integer[]   NOT NULL,
    frequency_cuts  bigint[]    NOT NULL,
    monetary_cuts   bigint[]    NOT NULL,
    duration_millis bigint      NOT NULL
);

CREATE TABLE customer_rfm (
    -- No foreign key: the pass writes both tables in one transaction, and a key would scan this table for
    -- every snapshot row it deletes.
    snapshot_id    bigint       NOT NULL,
    customer_id    varchar(128) NOT NULL,
    recency_days   integer      NOT NULL,
    frequency      bigint       NOT NULL,
    monetary_minor bigint       NOT NULL,
    r              smallint     NOT NULL,
    f              smallint     NOT NULL,
    m              smallint     NOT NULL,
    -- Customer first: an erasure finds the customer's rows without knowing the snapshot.
    PRIMARY KEY (customer_id, snapshot_id)
);
