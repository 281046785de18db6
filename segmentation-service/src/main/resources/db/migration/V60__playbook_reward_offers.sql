-- A playbook action that gives a reward of a loyalty programme free of points (loyalty's OfferReward):
-- the programme in program_id, the reward here.
ALTER TABLE playbook ADD COLUMN reward_id uuid;
ALTER TABLE playbook DROP CONSTRAINT playbook_action_kind_check;
ALTER TABLE playbook ADD CONSTRAINT playbook_action_kind_check
        CHECK (action_kind IN ('BONUS_POINTS', 'SURVEY_INVITATION', 'ALERT', 'REWARD_OFFER')),
    ADD CONSTRAINT playbook_reward_offer_names_its_reward
        CHECK (action_kind <> 'REWARD_OFFER' OR (program_id IS NOT NULL AND reward_id IS NOT NULL));
