-- Rule segments, their current members and the history of who entered and left when.

CREATE TABLE segment (
    id           uuid          PRIMARY KEY,
    name         varchar(200)  NOT NULL UNIQUE,
    description  varchar(2000) NOT NULL,
    -- The rule as the contract's SegmentRule message encodes it (proto3 binary).
    rule         bytea         NOT NULL,
    created_at   timestamptz   NOT NULL,
    -- The last full pass; the scheduled pass claims the segment refreshed longest ago.
    refreshed_at timestamptz
);

CREATE TABLE segment_member (
    segment_id  uuid         NOT NULL REFERENCES segment (id),
    customer_id varchar(128) NOT NULL,
    entered_at  timestamptz  NOT NULL,
    PRIMARY KEY (segment_id, customer_id)
);

-- A customer's segments (insights, privacy export and erasure).
CREATE INDEX segment_member_customer ON segment_member (customer_id);

CREATE TABLE segment_membership_change (
    id          bigserial    PRIMARY KEY,
    segment_id  uuid         NOT NULL REFERENCES segment (id),
    customer_id varchar(128) NOT NULL,
    kind        varchar(8)   NOT NULL CHECK (kind IN ('ENTERED', 'LEFT')),
    changed_at  timestamptz  NOT NULL
);

CREATE INDEX segment_membership_change_segment ON segment_membership_change (segment_id, id);
CREATE INDEX segment_membership_change_customer ON segment_membership_change (customer_id);

-- Feedback scores on activity, named after the contract's Activity.feedback (FeedbackScore kind and
-- score); the rule field npsScore reads them. IF NOT EXISTS: activity storage may add them first.
ALTER TABLE activity ADD COLUMN IF NOT EXISTS feedback_kind varchar(8);
ALTER TABLE activity ADD COLUMN IF NOT EXISTS feedback_score integer;
