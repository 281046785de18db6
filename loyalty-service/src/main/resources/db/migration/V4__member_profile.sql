-- Member profiles: country, birthday, marketing consent, a referral code, and why a member is suspended.

ALTER TABLE member
    ADD COLUMN country           varchar(2),
    ADD COLUMN birthday          date,
    ADD COLUMN marketing_consent boolean      NOT NULL DEFAULT false,
    ADD COLUMN referral_code     varchar(16),
    ADD COLUMN status_reason     varchar(300);

-- Members enrolled before this migration get a code too.
UPDATE member SET referral_code = upper(substr(md5(random()::text || id::text), 1, 8)) WHERE referral_code IS NULL;

ALTER TABLE member
    ALTER COLUMN referral_code SET NOT NULL,
    ADD CONSTRAINT member_referral_code_unique UNIQUE (program_id, referral_code);
