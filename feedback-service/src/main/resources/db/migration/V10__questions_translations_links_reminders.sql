-- Survey settings beyond the main question: purpose, CES scale, schedule, limit, reminder, public link.
ALTER TABLE survey
    ADD COLUMN purpose             varchar(16) NOT NULL DEFAULT 'GENERAL' CHECK (purpose IN ('GENERAL', 'EXIT', 'CHECK_IN')),
    -- The main question's scale as answered (CES: 1-7 agreement, higher easier; or 1-5 effort, lower easier).
    ADD COLUMN ces_variant         varchar(16) CHECK (ces_variant IN ('AGREEMENT_7', 'EFFORT_5')),
    ADD COLUMN score_min           smallint,
    ADD COLUMN score_max           smallint,
    ADD COLUMN lower_score_is_better boolean NOT NULL DEFAULT false,
    ADD COLUMN starts_at           timestamptz,
    ADD COLUMN closes_at           timestamptz,
    ADD COLUMN response_limit      integer CHECK (response_limit > 0),
    ADD COLUMN reminder_after_days integer CHECK (reminder_after_days BETWEEN 1 AND 365),
    ADD COLUMN link_slug           varchar(40) UNIQUE,
    ADD COLUMN link_views          bigint NOT NULL DEFAULT 0;
UPDATE survey SET score_min = CASE kind WHEN 'NPS' THEN 0 ELSE 1 END,
                  score_max = CASE kind WHEN 'NPS' THEN 10 WHEN 'CSAT' THEN 5 ELSE 7 END,
                  ces_variant = CASE kind WHEN 'CES' THEN 'AGREEMENT_7' END;
ALTER TABLE survey ALTER COLUMN score_min SET NOT NULL, ALTER COLUMN score_max SET NOT NULL;
-- A playbook invites to the active survey of a purpose.
CREATE INDEX survey_purpose_active ON survey (purpose, created_at) WHERE status = 'ACTIVE';

-- The content of each version of a survey: further questions and their choices, in order.
CREATE TABLE survey_item (
    survey_id   uuid        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    version     integer     NOT NULL,
    position    smallint    NOT NULL,
    question_id varchar(40) NOT NULL,
    type        varchar(16) NOT NULL CHECK (type IN ('RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'OPEN_TEXT')),
    required    boolean     NOT NULL,
    rating_min  smallint,
    rating_max  smallint,
    PRIMARY KEY (survey_id, version, question_id)
);
CREATE TABLE survey_choice (
    survey_id   uuid        NOT NULL,
    version     integer     NOT NULL,
    question_id varchar(40) NOT NULL,
    position    smallint    NOT NULL,
    choice_id   varchar(40) NOT NULL,
    PRIMARY KEY (survey_id, version, question_id, choice_id),
    FOREIGN KEY (survey_id, version, question_id) REFERENCES survey_item ON DELETE CASCADE
);
-- Every text of a version per language: 'title', 'thank_you', 'expired', 'already_answered',
-- 'q:<question>' and 'q:<question>:c:<choice>'.
CREATE TABLE survey_text (
    survey_id uuid          NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    version   integer       NOT NULL,
    text_key  varchar(100)  NOT NULL,
    language  varchar(35)   NOT NULL,
    text      varchar(2000) NOT NULL,
    PRIMARY KEY (survey_id, version, text_key, language)
);

-- The invitation's customer locale when the inviter gave one (the page's language otherwise comes
-- from the browser); when the one reminder was recorded.
ALTER TABLE invitation ADD COLUMN locale varchar(35), ADD COLUMN reminded_at timestamptz;
-- The reminder job's scan: unanswered, not yet reminded invitations by age.
CREATE INDEX invitation_reminder_due ON invitation (invited_at) WHERE used_at IS NULL AND reminded_at IS NULL;

-- Reminders to send, recorded by the reminder job and picked up by whichever sender delivers them.
CREATE TABLE invitation_reminder (
    invitation_id uuid         PRIMARY KEY REFERENCES invitation (id),
    survey_id     uuid         NOT NULL REFERENCES survey (id),
    customer_id   varchar(100),
    language      varchar(35)  NOT NULL,
    due_at        timestamptz  NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    sent_at       timestamptz
);
CREATE INDEX invitation_reminder_unsent ON invitation_reminder (recorded_at) WHERE sent_at IS NULL;

-- Responses may be partial (started) and may come from a public link (no invitation, no customer).
ALTER TABLE response
    ADD COLUMN status       varchar(16) NOT NULL DEFAULT 'COMPLETED' CHECK (status IN ('STARTED', 'COMPLETED')),
    ADD COLUMN started_at   timestamptz,
    ADD COLUMN link_session varchar(64) UNIQUE,
    ALTER COLUMN invitation_id DROP NOT NULL,
    ALTER COLUMN customer_id DROP NOT NULL,
    ALTER COLUMN score DROP NOT NULL,
    ALTER COLUMN completed_at DROP NOT NULL;
UPDATE response SET started_at = completed_at;
ALTER TABLE response ALTER COLUMN started_at SET NOT NULL,
    ADD CONSTRAINT response_completed_has_score CHECK (status = 'STARTED' OR (score IS NOT NULL AND completed_at IS NOT NULL)),
    ADD CONSTRAINT response_has_source CHECK (invitation_id IS NOT NULL OR link_session IS NOT NULL);
-- The response limit counts a survey's completed responses.
CREATE INDEX response_survey_status ON response (survey_id) WHERE status = 'COMPLETED';

CREATE TABLE response_answer (
    response_id uuid          NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id varchar(40)   NOT NULL,
    rating      smallint,
    choice_ids  varchar(40)[],
    text        varchar(2000),
    PRIMARY KEY (response_id, question_id)
);
