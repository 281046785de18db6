-- The outer loop: tags on responses (by hand, and keyword rules per language applied when a
-- response completes) and improvement ideas that link the responses asking for them.

CREATE TABLE tag_rule (
    id         uuid         PRIMARY KEY,
    -- The primary language subtag ("de" matches responses in "de" and "de-AT").
    language   varchar(8)   NOT NULL,
    -- Lower case; matched anywhere in the lower-cased comment.
    keyword    varchar(100) NOT NULL,
    tag        varchar(50)  NOT NULL,
    created_at timestamptz  NOT NULL,
    UNIQUE (language, keyword, tag)
);

CREATE TABLE response_tag (
    response_id uuid        NOT NULL REFERENCES response (id),
    tag         varchar(50) NOT NULL,
    source      varchar(8)  NOT NULL CHECK (source IN ('MANUAL', 'RULE')),
    tagged_at   timestamptz NOT NULL,
    PRIMARY KEY (response_id, tag)
);
CREATE INDEX response_tag_tag ON response_tag (tag);

CREATE TABLE improvement_idea (
    id            uuid          PRIMARY KEY,
    title         varchar(200)  NOT NULL,
    description   varchar(4000),
    effort        smallint      NOT NULL CHECK (effort BETWEEN 1 AND 10),
    currency_code varchar(3),
    status        varchar(8)    NOT NULL CHECK (status IN ('OPEN', 'SHIPPED')),
    created_at    timestamptz   NOT NULL,
    shipped_at    timestamptz,
    announcement  varchar(4000)
);

CREATE TABLE idea_response (
    idea_id              uuid        NOT NULL REFERENCES improvement_idea (id) ON DELETE CASCADE,
    response_id          uuid        NOT NULL REFERENCES response (id),
    customer_value_minor bigint      CHECK (customer_value_minor >= 0),
    linked_at            timestamptz NOT NULL,
    PRIMARY KEY (idea_id, response_id)
);
