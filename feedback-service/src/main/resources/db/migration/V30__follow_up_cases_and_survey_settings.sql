-- The closed loop's settings of a survey, beside the survey's own table: its follow-up SLA and the
-- loyalty incentive for completing it. No row: the deployment's SLA and no incentive.
CREATE TABLE survey_settings (
    survey_id             uuid        PRIMARY KEY REFERENCES survey (id) ON DELETE CASCADE,
    follow_up_sla_hours   integer     CHECK (follow_up_sla_hours BETWEEN 1 AND 8760),
    incentive_program_id  uuid,
    incentive_event_key   varchar(64)
);

-- A follow-up of an unhappy respondent, opened in the transaction that recorded the response.
CREATE TABLE follow_up_case (
    id           uuid         PRIMARY KEY,
    response_id  uuid         NOT NULL UNIQUE REFERENCES response (id),
    survey_id    uuid         NOT NULL REFERENCES survey (id),
    -- A pseudonym once the customer was forgotten.
    customer_id  varchar(100) NOT NULL,
    survey_kind  varchar(8)   NOT NULL,
    score        smallint     NOT NULL,
    -- The respondent's comment, copied so that a case reads alone; erased when the customer is forgotten.
    comment      varchar(2000),
    status       varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    owner        varchar(200),
    opened_at    timestamptz  NOT NULL,
    due_at       timestamptz  NOT NULL,
    resolved_at  timestamptz,
    closed_at    timestamptz,
    customer_messaged_at timestamptz
);
-- The overdue list reads only unresolved cases by due time.
CREATE INDEX follow_up_case_due ON follow_up_case (due_at) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX follow_up_case_opened ON follow_up_case (opened_at DESC, id DESC);
CREATE INDEX follow_up_case_customer ON follow_up_case (customer_id);

CREATE TABLE case_note (
    id              uuid          PRIMARY KEY,
    case_id         uuid          NOT NULL REFERENCES follow_up_case (id) ON DELETE CASCADE,
    kind            varchar(20)   NOT NULL CHECK (kind IN ('INTERNAL', 'CUSTOMER_MESSAGE')),
    author          varchar(200)  NOT NULL,
    -- Null once the customer was forgotten: notes are free text about them.
    text            varchar(4000),
    idempotency_key varchar(200)  NOT NULL,
    created_at      timestamptz   NOT NULL,
    UNIQUE (case_id, idempotency_key)
);

-- The customer's responses for the 360 view, export and erasure.
CREATE INDEX response_customer ON response (customer_id, completed_at DESC);
CREATE INDEX invitation_customer ON invitation (customer_id);
