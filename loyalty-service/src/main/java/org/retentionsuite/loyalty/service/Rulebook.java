package org.retentionsuite.loyalty.service;

import org.retentionsuite.loyalty.domain.Challenge;
import org.retentionsuite.loyalty.domain.EarningRule;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Tier;
import org.retentionsuite.loyalty.domain.TierLadder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme with the rules every purchase applies: its earning rules, tier ladder (null when it
 * has none) and challenges. Read-only: the entities are shared between requests, never changed.
 */
public record Rulebook(Program program, List<EarningRule> earningRules, TierLadder ladder, List<Tier> tiers,
        List<Challenge> challenges) {

    public Optional<Tier> tier(UUID tierId) {
        return tierId == null ? Optional.empty() : tiers.stream().filter(tier -> tier.id().equals(tierId)).findFirst();
    }
}
