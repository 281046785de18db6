-- Challenges ("3 purchases in 30 days") and the badges members earn by completing them.

CREATE TABLE challenge (
    id           uuid         PRIMARY KEY,
    program_id   uuid         NOT NULL REFERENCES program (id),
    name         varchar(200) NOT NULL,
    badge        varchar(100) NOT NULL,
    metric       varchar(10)  NOT NULL CHECK (metric IN ('PURCHASES', 'SPEND')),
    target       bigint       NOT NULL CHECK (target > 0),
    window_days  integer      NOT NULL CHECK (window_days BETWEEN 1 AND 3660),
    bonus_points bigint       NOT NULL DEFAULT 0 CHECK (bonus_points >= 0),
    active_from  timestamptz,
    active_until timestamptz,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX challenge_program ON challenge (program_id);

CREATE TABLE member_badge (
    id           uuid         PRIMARY KEY,
    member_id    uuid         NOT NULL REFERENCES member (id),
    challenge_id uuid         NOT NULL REFERENCES challenge (id),
    badge        varchar(100) NOT NULL,
    earned_at    timestamptz  NOT NULL,
    CONSTRAINT member_badge_once UNIQUE (member_id, challenge_id)
);

-- The leaderboard sums earnings per member over a period.
CREATE INDEX ledger_entry_earnings ON ledger_entry (occurred_at) WHERE kind = 'EARN';
