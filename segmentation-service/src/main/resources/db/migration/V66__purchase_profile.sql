-- The purchase profile (README, "Purchase profile"): the RFM snapshot's pass also stores, per customer, what the CLV
-- and churn passes aggregated the purchases again for, so that they read one row per customer instead.
ALTER TABLE rfm_snapshot
    ADD COLUMN currency_code     varchar(3),
    -- The snapshot of the statement that aggregated the activity: the profile is read only while every transaction
    -- that wrote activity since is visible in it (activity_write below). NULL before V66: never read as a profile.
    ADD COLUMN activity_snapshot pg_snapshot;

ALTER TABLE customer_rfm
    ADD COLUMN first_purchase_day    date,
    ADD COLUMN purchase_days         integer,
    ADD COLUMN spend_minor           bigint,
    ADD COLUMN first_day_spend_minor bigint;

-- One row per transaction that wrote activity since the latest profile (its pass deletes the rows it saw). A row per
-- transaction, not a counter: the writers (two import pieces at once) never wait for one another.
CREATE TABLE activity_write (
    xid xid8 PRIMARY KEY
);

CREATE FUNCTION note_activity_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_write (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_written AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON activity
    FOR EACH STATEMENT EXECUTE FUNCTION note_activity_write();
