package org.retentionsuite.gateway.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A programme with its terms; {@code exchangeRates} holds decimal strings per ISO 4217 code. */
public record ProgramView(String id, String name, String currency, String timeZone, BigDecimal pointsPerCurrencyUnit,
        Instant createdAt, PointsRounding rounding, int pendingDays, ExpiryTerms expiry, ReturnPolicy returnPolicy,
        Map<String, String> exchangeRates, int reservationMinutes) {
}
