-- Rewards offered free of points (OfferReward: by hand or from a segmentation playbook) are
-- committed redemptions of 0 points, with the reason they were given.
ALTER TABLE redemption DROP CONSTRAINT redemption_points_check;
ALTER TABLE redemption ADD CONSTRAINT redemption_points_check CHECK (points >= 0),
    ADD COLUMN offer_reason varchar(200),
    ADD CONSTRAINT redemption_offer_is_free CHECK (offer_reason IS NULL OR (points = 0 AND status = 'COMMITTED'));
