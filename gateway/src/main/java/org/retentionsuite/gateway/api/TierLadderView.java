package org.retentionsuite.gateway.api;

import java.util.List;

/** A programme's tier ladder, lowest tier first. */
public record TierLadderView(String programId, TierBasis basis, TierWindow window, int windowDays, List<Tier> tiers) {

    public record Tier(String name, int rank, long threshold, String earnMultiplier, List<String> perks) {
    }
}
