-- Retention playbooks, their runs (treated or control), alerts, and the outbox of actions for
-- loyalty and feedback.

CREATE TABLE playbook (
    id                uuid             PRIMARY KEY,
    name              varchar(200)     NOT NULL UNIQUE,
    segment_id        uuid             REFERENCES segment (id),
    churn_risk_level  varchar(8)       CHECK (churn_risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    action_kind       varchar(20)      NOT NULL CHECK (action_kind IN ('BONUS_POINTS', 'SURVEY_INVITATION', 'ALERT')),
    program_id        varchar(128),
    points            bigint           NOT NULL,
    survey_purpose    varchar(10)      CHECK (survey_purpose IN ('CHECK_IN', 'EXIT')),
    alert_message     varchar(1000),
    cooldown_days     integer          NOT NULL,
    control_share     double precision NOT NULL,
    churn_window_days integer          NOT NULL,
    created_at        timestamptz      NOT NULL,
    -- Triggered by exactly one of the two.
    CHECK ((segment_id IS NULL) <> (churn_risk_level IS NULL))
);

CREATE INDEX playbook_segment ON playbook (segment_id);

-- The last run per customer: a run is due only after the cool-down, decided by one upsert.
CREATE TABLE playbook_cooldown (
    playbook_id uuid         NOT NULL REFERENCES playbook (id),
    customer_id varchar(128) NOT NULL,
    last_run_at timestamptz  NOT NULL,
    PRIMARY KEY (playbook_id, customer_id)
);

CREATE TABLE playbook_run (
    id           uuid         PRIMARY KEY,
    playbook_id  uuid         NOT NULL REFERENCES playbook (id),
    customer_id  varchar(128) NOT NULL,
    arm          varchar(8)   NOT NULL CHECK (arm IN ('TREATED', 'CONTROL')),
    triggered_at timestamptz  NOT NULL
);

CREATE INDEX playbook_run_playbook ON playbook_run (playbook_id, triggered_at);
CREATE INDEX playbook_run_customer ON playbook_run (customer_id);

CREATE TABLE playbook_alert (
    id          uuid          PRIMARY KEY,
    playbook_id uuid          NOT NULL REFERENCES playbook (id),
    run_id      uuid          NOT NULL REFERENCES playbook_run (id),
    customer_id varchar(128)  NOT NULL,
    message     varchar(1000) NOT NULL,
    raised_at   timestamptz   NOT NULL
);

CREATE INDEX playbook_alert_playbook ON playbook_alert (playbook_id, raised_at DESC, id);
CREATE INDEX playbook_alert_customer ON playbook_alert (customer_id);

-- Actions for other services, written in the run's transaction and delivered by the relay.
-- event_key is the receiver's idempotency key. Refused events stay, with dead_at and the reason.
CREATE TABLE outbox_event (
    id              uuid          PRIMARY KEY,
    destination     varchar(20)   NOT NULL,
    event_key       varchar(200)  NOT NULL UNIQUE,
    payload         bytea         NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    delivered_at    timestamptz,
    dead_at         timestamptz,
    last_error      varchar(1000)
);

CREATE INDEX outbox_event_due ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL AND dead_at IS NULL;
