-- Points for events (sign-up, birthday, survey completed, referrals, custom keys) with caps, and
-- who referred whom.

CREATE TABLE event_rule (
    id           uuid        PRIMARY KEY,
    program_id   uuid        NOT NULL REFERENCES program (id),
    event_key    varchar(64) NOT NULL,
    points       bigint      NOT NULL CHECK (points > 0),
    cap_count    integer     NOT NULL DEFAULT 0 CHECK (cap_count >= 0),
    cap_period   varchar(8)  CHECK (cap_period IN ('DAY', 'WEEK', 'MONTH', 'LIFETIME')),
    active_from  timestamptz,
    active_until timestamptz,
    created_at   timestamptz NOT NULL,
    CONSTRAINT event_rule_once_per_key UNIQUE (program_id, event_key)
);

-- The events that earned points: what caps count.
CREATE TABLE member_event (
    id          uuid        PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES member (id),
    event_key   varchar(64) NOT NULL,
    points      bigint      NOT NULL,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX member_event_cap ON member_event (member_id, event_key, occurred_at);

ALTER TABLE member ADD COLUMN referred_by uuid REFERENCES member (id);
CREATE INDEX member_referred_by ON member (referred_by, enrolled_at) WHERE referred_by IS NOT NULL;
