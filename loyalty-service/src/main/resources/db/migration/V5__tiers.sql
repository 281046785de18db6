-- Tier ladders: what qualifies (points earned or spend) within which window, the tiers with their
-- thresholds and earn multipliers, each member's tier and the history of changes.

CREATE TABLE tier_ladder (
    program_id  uuid        PRIMARY KEY REFERENCES program (id),
    basis       varchar(16) NOT NULL CHECK (basis IN ('POINTS_EARNED', 'SPEND')),
    window_kind varchar(16) NOT NULL CHECK (window_kind IN ('ROLLING_DAYS', 'CALENDAR_YEAR')),
    window_days integer     NOT NULL CHECK (window_days >= 0),
    created_at  timestamptz NOT NULL
);

CREATE TABLE tier (
    id              uuid          PRIMARY KEY,
    program_id      uuid          NOT NULL REFERENCES tier_ladder (program_id),
    name            varchar(60)   NOT NULL,
    rank            integer       NOT NULL CHECK (rank > 0),
    threshold       bigint        NOT NULL CHECK (threshold >= 0),
    earn_multiplier numeric(6, 3) NOT NULL CHECK (earn_multiplier >= 1),
    perks           varchar(2000) NOT NULL DEFAULT '',
    CONSTRAINT tier_name_once UNIQUE (program_id, name),
    CONSTRAINT tier_rank_once UNIQUE (program_id, rank)
);

ALTER TABLE member
    ADD COLUMN tier_id    uuid REFERENCES tier (id),
    ADD COLUMN tier_since timestamptz;

CREATE TABLE tier_change (
    id         uuid         PRIMARY KEY,
    member_id  uuid         NOT NULL REFERENCES member (id),
    from_tier  uuid         REFERENCES tier (id),
    to_tier    uuid         REFERENCES tier (id),
    reason     varchar(300) NOT NULL,
    changed_at timestamptz  NOT NULL
);
CREATE INDEX tier_change_member ON tier_change (member_id, changed_at DESC);

-- Spend in the programme's currency, for the SPEND basis: converted once, when the purchase is recorded.
ALTER TABLE purchase ADD COLUMN program_amount_minor bigint;
UPDATE purchase SET program_amount_minor = amount_minor WHERE program_amount_minor IS NULL;
ALTER TABLE purchase ALTER COLUMN program_amount_minor SET NOT NULL;
CREATE INDEX purchase_member_time ON purchase (member_id, occurred_at);
