-- An event id is unique per customer, not across all customers: activity's primary key becomes (customer_id,
-- event_key) instead of event_key alone (README, "Event key"). A bulk import's rows for a range of customers then
-- land in that range's slice of the key index, instead of on nearly every page of an index in random key order
-- (larger than shared_buffers at ten million rows: every 8 MiB piece read, dirtied and wrote a full-page image of
-- most of it into the WAL). The old key was unique on its own, so the new one holds for every row recorded before.
ALTER TABLE activity DROP CONSTRAINT activity_pkey;
ALTER TABLE activity ADD CONSTRAINT activity_pkey PRIMARY KEY (customer_id, event_key);

-- One customer's activity is read through the key's leading column (tens of rows, sorted in memory where a query
-- wants them in time order): the (customer_id, occurred_at) index was a third B-tree for every row to go into.
DROP INDEX activity_customer_occurred;

-- Purchases are read as a whole (RFM, KPIs, cohorts, CLV, churn signals: sequential scans), so (type, occurred_at)
-- served only feedback: the latest NPS answer of a customer (rule field npsScore) and the latest feedback of the last
-- 90 days of every customer (churn signals). A partial index on the feedback rows serves both, in the order they
-- want, without an entry per purchase.
DROP INDEX activity_type_occurred;
CREATE INDEX activity_feedback ON activity (customer_id, occurred_at) WHERE type = 'FEEDBACK';
