-- Surveys and the texts of their main question. Invitations and responses arrive later.

CREATE TABLE survey (
    id               uuid         PRIMARY KEY,
    name             varchar(200) NOT NULL,
    kind             varchar(8)   NOT NULL CHECK (kind IN ('NPS', 'CSAT', 'CES')),
    default_language varchar(35)  NOT NULL,
    status           varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')),
    version          integer      NOT NULL CHECK (version > 0),
    created_at       timestamptz  NOT NULL
);

-- One row per language of the main question; translations of a text are keyed the same way.
CREATE TABLE survey_question (
    survey_id uuid          NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    language  varchar(35)   NOT NULL,
    text      varchar(1000) NOT NULL,
    PRIMARY KEY (survey_id, language)
);
