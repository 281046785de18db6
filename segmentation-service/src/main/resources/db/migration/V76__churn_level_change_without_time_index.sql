-- Nothing reads churn_level_change by time: the playbooks of a level run in the scoring transaction itself, for the
-- changes it recorded (RiskLevelTrigger), and a customer's history is read through (customer_id, id). Every scoring
-- pass paid for the (changed_at, id) index on each change it wrote: half a million entries in a first full pass over
-- a million customers.

DROP INDEX churn_level_change_changed;
