-- Languages a survey is offered in, and its own invitation cool-down.
CREATE TABLE survey_language (
    survey_id uuid        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    language  varchar(35) NOT NULL,
    PRIMARY KEY (survey_id, language)
);
INSERT INTO survey_language (survey_id, language) SELECT survey_id, language FROM survey_question;

ALTER TABLE survey ADD COLUMN invitation_cool_down_days integer CHECK (invitation_cool_down_days BETWEEN 0 AND 365);

-- One row per customer ever invited: the guarded upsert on it is what serialises concurrent
-- invitations of one customer, so the survey-fatigue rule holds across replicas.
CREATE TABLE customer_contact (
    customer_id     varchar(100) PRIMARY KEY,
    last_invited_at timestamptz  NOT NULL
);

-- A batch of invitations sent with an idempotency key, so that a retry invites nobody twice.
CREATE TABLE invitation_batch (
    idempotency_key varchar(200) PRIMARY KEY,
    survey_id       uuid         NOT NULL REFERENCES survey (id),
    request_hash    bytea        NOT NULL,
    created_at      timestamptz  NOT NULL
);

-- The token itself is never stored: only its SHA-256, so a copy of the database holds no live link.
CREATE TABLE invitation (
    id              uuid         PRIMARY KEY,
    survey_id       uuid         NOT NULL REFERENCES survey (id),
    customer_id     varchar(100) NOT NULL,
    language        varchar(35)  NOT NULL,
    token_hash      bytea        NOT NULL UNIQUE,
    invited_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    used_at         timestamptz,
    idempotency_key varchar(200) REFERENCES invitation_batch (idempotency_key)
);
-- Response rate per period: invitations of a survey by the time they were sent.
CREATE INDEX invitation_survey_invited_at ON invitation (survey_id, invited_at) INCLUDE (used_at);
CREATE INDEX invitation_idempotency_key ON invitation (idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE response (
    id             uuid         PRIMARY KEY,
    survey_id      uuid         NOT NULL REFERENCES survey (id),
    -- Unique: one completed response per token, whatever the application does.
    invitation_id  uuid         NOT NULL UNIQUE REFERENCES invitation (id),
    survey_version integer      NOT NULL,
    customer_id    varchar(100) NOT NULL,
    language       varchar(35)  NOT NULL,
    channel        varchar(16)  NOT NULL CHECK (channel IN ('WEB', 'EMAIL', 'SMS', 'IN_APP', 'API')),
    score          smallint     NOT NULL,
    comment        varchar(2000),
    completed_at   timestamptz  NOT NULL
);
-- Metrics read a survey's scores in a time range: an index-only scan with the score included.
CREATE INDEX response_survey_completed_at ON response (survey_id, completed_at) INCLUDE (score);
