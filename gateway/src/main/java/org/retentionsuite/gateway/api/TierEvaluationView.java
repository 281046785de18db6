package org.retentionsuite.gateway.api;

/** How many members an evaluation of the tiers moved up, down, or left where they were. */
public record TierEvaluationView(int upgraded, int downgraded, int unchanged) {
}
