package org.retentionsuite.gateway.api;

import java.math.BigDecimal;
import java.time.Instant;

public record ProgramView(String id, String name, String currency, String timeZone, BigDecimal pointsPerCurrencyUnit,
        Instant createdAt) {
}
