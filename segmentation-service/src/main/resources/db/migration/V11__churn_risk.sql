-- The latest churn risk score per customer, and every change of level (playbooks act on these).

CREATE TABLE churn_risk (
    customer_id       varchar(128)     PRIMARY KEY,
    score             double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
    level             varchar(8)       NOT NULL CHECK (level IN ('LOW', 'MEDIUM', 'HIGH')),
    -- The indicators that fired: [{"indicator", "value", "baseline", "description"}].
    reasons           jsonb            NOT NULL,
    probability_alive double precision,
    fit_id            uuid,
    as_of             date             NOT NULL,
    scored_at         timestamptz      NOT NULL
);

CREATE INDEX churn_risk_level ON churn_risk (level);

CREATE TABLE churn_level_change (
    id          bigserial        PRIMARY KEY,
    customer_id varchar(128)     NOT NULL,
    -- NULL: the customer's first score (recorded only when it is not LOW).
    from_level  varchar(8)       CHECK (from_level IN ('LOW', 'MEDIUM', 'HIGH')),
    to_level    varchar(8)       NOT NULL CHECK (to_level IN ('LOW', 'MEDIUM', 'HIGH')),
    score       double precision NOT NULL,
    as_of       date             NOT NULL,
    changed_at  timestamptz      NOT NULL
);

-- Playbooks read the changes after the last one they handled; a customer's history reads in order.
CREATE INDEX churn_level_change_changed ON churn_level_change (changed_at, id);
CREATE INDEX churn_level_change_customer ON churn_level_change (customer_id, id);
