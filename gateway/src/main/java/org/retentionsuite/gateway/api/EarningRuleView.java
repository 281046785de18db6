package org.retentionsuite.gateway.api;

import java.time.Instant;

public record EarningRuleView(String id, String programId, EarningRuleMatch match, String value, String multiplier,
        Instant activeFrom, Instant activeUntil) {
}
