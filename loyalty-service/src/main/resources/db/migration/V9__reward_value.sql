-- What a reward gives, by its kind: an amount off or paid back, a percentage, a product or an
-- experience. Rewards created before this have no value (all columns null).
ALTER TABLE reward
    ADD COLUMN value_currency     varchar(3),
    ADD COLUMN value_amount_minor bigint        CHECK (value_amount_minor > 0),
    ADD COLUMN value_percent      numeric(5, 2) CHECK (value_percent > 0 AND value_percent <= 100),
    ADD COLUMN value_sku          varchar(128),
    ADD COLUMN value_description  varchar(500),
    ADD CONSTRAINT reward_value_by_kind CHECK (
        (value_currency IS NULL AND value_amount_minor IS NULL AND value_percent IS NULL AND value_sku IS NULL
            AND value_description IS NULL)
        OR (kind IN ('FIXED_DISCOUNT', 'CASHBACK') AND value_currency IS NOT NULL AND value_amount_minor IS NOT NULL
            AND value_percent IS NULL AND value_sku IS NULL AND value_description IS NULL)
        OR (kind = 'PERCENTAGE_DISCOUNT' AND value_percent IS NOT NULL AND value_currency IS NULL
            AND value_amount_minor IS NULL AND value_sku IS NULL AND value_description IS NULL)
        OR (kind = 'FREE_PRODUCT' AND value_sku IS NOT NULL AND value_currency IS NULL AND value_amount_minor IS NULL
            AND value_percent IS NULL AND value_description IS NULL)
        OR (kind = 'EXPERIENCE' AND value_description IS NOT NULL AND value_currency IS NULL
            AND value_amount_minor IS NULL AND value_percent IS NULL AND value_sku IS NULL));
