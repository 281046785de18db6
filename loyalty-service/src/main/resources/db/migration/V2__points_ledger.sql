-- The points ledger: programme terms for earning, lots, append-only entries, rewards and
-- redemptions, and idempotency keys. CHECK constraints are the last guard against overdrawing.

ALTER TABLE program
    ADD COLUMN rounding_mode        varchar(8)  NOT NULL DEFAULT 'DOWN'
        CHECK (rounding_mode IN ('DOWN', 'HALF_UP', 'UP')),
    ADD COLUMN pending_days         integer     NOT NULL DEFAULT 0 CHECK (pending_days BETWEEN 0 AND 365),
    ADD COLUMN expiry_kind          varchar(12) NOT NULL DEFAULT 'NEVER'
        CHECK (expiry_kind IN ('NEVER', 'AFTER_DAYS', 'END_OF_MONTH', 'END_OF_YEAR')),
    ADD COLUMN expiry_days          integer     NOT NULL DEFAULT 0 CHECK (expiry_days >= 0),
    ADD COLUMN expiry_periods_after integer     NOT NULL DEFAULT 0 CHECK (expiry_periods_after >= 0),
    ADD COLUMN return_policy        varchar(16) NOT NULL DEFAULT 'ALLOW_NEGATIVE'
        CHECK (return_policy IN ('ALLOW_NEGATIVE', 'STOP_AT_ZERO')),
    ADD COLUMN reservation_minutes  integer     NOT NULL DEFAULT 15 CHECK (reservation_minutes BETWEEN 1 AND 10080);

CREATE TABLE program_exchange_rate (
    program_id    uuid           NOT NULL REFERENCES program (id),
    currency_code varchar(3)     NOT NULL,
    rate          numeric(18, 8) NOT NULL CHECK (rate > 0),
    PRIMARY KEY (program_id, currency_code)
);

-- The balance snapshot, kept equal to the sum of the member's ledger entries.
ALTER TABLE member
    ADD COLUMN active_points   bigint NOT NULL DEFAULT 0 CHECK (active_points >= 0),
    ADD COLUMN pending_points  bigint NOT NULL DEFAULT 0 CHECK (pending_points >= 0),
    ADD COLUMN reserved_points bigint NOT NULL DEFAULT 0 CHECK (reserved_points >= 0),
    ADD COLUMN points_debt     bigint NOT NULL DEFAULT 0 CHECK (points_debt >= 0),
    ADD COLUMN lifetime_earned bigint NOT NULL DEFAULT 0 CHECK (lifetime_earned >= 0),
    ADD COLUMN lifetime_spent  bigint NOT NULL DEFAULT 0 CHECK (lifetime_spent >= 0),
    ADD COLUMN expired_points  bigint NOT NULL DEFAULT 0 CHECK (expired_points >= 0);

CREATE TABLE earning_rule (
    id           uuid          PRIMARY KEY,
    program_id   uuid          NOT NULL REFERENCES program (id),
    match        varchar(8)    NOT NULL CHECK (match IN ('SKU', 'CATEGORY')),
    value        varchar(128)  NOT NULL,
    multiplier   numeric(8, 4) NOT NULL CHECK (multiplier > 0),
    active_from  timestamptz,
    active_until timestamptz,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX earning_rule_program ON earning_rule (program_id);

-- Points earned together: one lot per purchase, spent earliest expiry first.
CREATE TABLE points_lot (
    id           uuid        PRIMARY KEY,
    member_id    uuid        NOT NULL REFERENCES member (id),
    points       bigint      NOT NULL CHECK (points > 0),
    remaining    bigint      NOT NULL CHECK (remaining >= 0 AND remaining <= points),
    status       varchar(8)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'EXPIRED')),
    earned_at    timestamptz NOT NULL,
    activates_at timestamptz NOT NULL,
    expires_at   timestamptz
);
CREATE INDEX points_lot_spendable ON points_lot (member_id, expires_at) WHERE status = 'ACTIVE' AND remaining > 0;
CREATE INDEX points_lot_due_activation ON points_lot (activates_at) WHERE status = 'PENDING';
CREATE INDEX points_lot_due_expiry ON points_lot (expires_at) WHERE status = 'ACTIVE' AND remaining > 0;

CREATE TABLE ledger_entry (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id      uuid         NOT NULL REFERENCES member (id),
    kind           varchar(8)   NOT NULL
        CHECK (kind IN ('EARN', 'ACTIVATE', 'SPEND', 'RESERVE', 'RELEASE', 'EXPIRE', 'RETURN', 'ADJUST')),
    active_delta   bigint       NOT NULL,
    pending_delta  bigint       NOT NULL,
    reserved_delta bigint       NOT NULL,
    debt_delta     bigint       NOT NULL,
    reference      varchar(128),
    description    varchar(300) NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    recorded_at    timestamptz  NOT NULL
);
CREATE INDEX ledger_entry_member ON ledger_entry (member_id, id DESC);

-- Which lots a spend, reservation or return took its points from.
CREATE TABLE lot_allocation (
    entry_id bigint NOT NULL REFERENCES ledger_entry (id),
    lot_id   uuid   NOT NULL REFERENCES points_lot (id),
    points   bigint NOT NULL CHECK (points > 0),
    PRIMARY KEY (entry_id, lot_id)
);

CREATE TABLE purchase (
    id                  uuid         PRIMARY KEY,
    program_id          uuid         NOT NULL REFERENCES program (id),
    member_id           uuid         NOT NULL REFERENCES member (id),
    order_id            varchar(128) NOT NULL,
    currency_code       varchar(3)   NOT NULL,
    amount_minor        bigint       NOT NULL CHECK (amount_minor > 0),
    points              bigint       NOT NULL CHECK (points >= 0),
    lot_id              uuid         REFERENCES points_lot (id),
    returned_minor      bigint       NOT NULL DEFAULT 0 CHECK (returned_minor >= 0 AND returned_minor <= amount_minor),
    points_reversed     bigint       NOT NULL DEFAULT 0 CHECK (points_reversed >= 0 AND points_reversed <= points),
    occurred_at         timestamptz  NOT NULL,
    CONSTRAINT purchase_order_once UNIQUE (program_id, order_id)
);

CREATE TABLE purchase_return (
    id              uuid         PRIMARY KEY,
    purchase_id     uuid         NOT NULL REFERENCES purchase (id),
    return_id       varchar(128) NOT NULL,
    program_id      uuid         NOT NULL REFERENCES program (id),
    amount_minor    bigint       NOT NULL CHECK (amount_minor > 0),
    points_reversed bigint       NOT NULL CHECK (points_reversed >= 0),
    shortfall       bigint       NOT NULL CHECK (shortfall >= 0),
    occurred_at     timestamptz  NOT NULL,
    CONSTRAINT purchase_return_once UNIQUE (program_id, return_id)
);

CREATE TABLE reward (
    id               uuid        PRIMARY KEY,
    program_id       uuid        NOT NULL REFERENCES program (id),
    kind             varchar(20) NOT NULL
        CHECK (kind IN ('FIXED_DISCOUNT', 'PERCENTAGE_DISCOUNT', 'FREE_PRODUCT', 'EXPERIENCE', 'CASHBACK')),
    points_cost      bigint      NOT NULL CHECK (points_cost > 0),
    stock            bigint      CHECK (stock >= 0),
    per_member_limit integer     CHECK (per_member_limit > 0),
    valid_from       timestamptz,
    valid_until      timestamptz,
    created_at       timestamptz NOT NULL
);
CREATE INDEX reward_program ON reward (program_id);

CREATE TABLE reward_name (
    reward_id uuid         NOT NULL REFERENCES reward (id) ON DELETE CASCADE,
    language  varchar(35)  NOT NULL,
    name      varchar(200) NOT NULL,
    PRIMARY KEY (reward_id, language)
);

CREATE TABLE redemption (
    id               uuid        PRIMARY KEY,
    program_id       uuid        NOT NULL REFERENCES program (id),
    member_id        uuid        NOT NULL REFERENCES member (id),
    reward_id        uuid        NOT NULL REFERENCES reward (id),
    points           bigint      NOT NULL CHECK (points > 0),
    status           varchar(10) NOT NULL CHECK (status IN ('RESERVED', 'COMMITTED', 'CANCELLED', 'EXPIRED')),
    coupon_code      varchar(32) NOT NULL UNIQUE,
    hold_entry_id    bigint      REFERENCES ledger_entry (id),
    created_at       timestamptz NOT NULL,
    expires_at       timestamptz,
    completed_at     timestamptz
);
CREATE INDEX redemption_member_reward ON redemption (member_id, reward_id);
CREATE INDEX redemption_open ON redemption (expires_at) WHERE status = 'RESERVED';

-- Idempotency keys (IETF httpapi draft): the first result is kept and replayed.
CREATE TABLE idempotency_key (
    scope          varchar(80)   NOT NULL,
    key            varchar(255)  NOT NULL,
    request_hash   bytea         NOT NULL,
    status         varchar(10)   NOT NULL CHECK (status IN ('IN_FLIGHT', 'DONE')),
    response       bytea,
    error_kind     varchar(64),
    error_message  varchar(1000),
    claimed_at     timestamptz   NOT NULL,
    completed_at   timestamptz,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_age ON idempotency_key (claimed_at);
