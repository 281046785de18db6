package org.retentionsuite.loyalty.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/** The validated terms a programme is created with. */
public record ProgramTerms(String name, Currency currency, ZoneId timeZone, BigDecimal pointsPerCurrencyUnit,
        RoundingMode rounding, int pendingDays, ExpiryPolicy expiry, ReturnPolicy returnPolicy,
        Map<String, BigDecimal> exchangeRates, int reservationMinutes) {

    private static final BigDecimal MAX_POINTS_PER_UNIT = new BigDecimal("10000");
    private static final int MAX_SCALE = 4;
    private static final BigDecimal MAX_EXCHANGE_RATE = new BigDecimal("1000000");
    private static final int MAX_RATE_SCALE = 8;
    private static final int DEFAULT_RESERVATION_MINUTES = 15;

    /** The terms as a request states them; unset values are null or 0 and get the defaults. */
    public record Draft(String name, String currencyCode, String timeZone, String pointsPerCurrencyUnit,
            RoundingMode rounding, int pendingDays, ExpiryKind expiryKind, int expiryDays, int expiryPeriodsAfter,
            ReturnPolicy returnPolicy, Map<String, String> exchangeRates, int reservationMinutes) {
    }

    /** Validates a draft; reports every invalid field at once, by its contract name. */
    public static ProgramTerms of(Draft draft) {
        Violations violations = new Violations();
        String validName = violations.requiredText("name", draft.name(), 200);
        Currency currency = currency(violations, "currency_code", draft.currencyCode());
        ZoneId zone = timeZone(violations, draft.timeZone());
        BigDecimal rate = violations.positiveDecimal("points_per_currency_unit", draft.pointsPerCurrencyUnit(),
                MAX_POINTS_PER_UNIT, MAX_SCALE);
        if (draft.pendingDays() < 0 || draft.pendingDays() > 365) {
            violations.add("pending_days", "must be between 0 and 365");
        }
        ExpiryPolicy expiry = ExpiryPolicy.of(violations, draft.expiryKind(), draft.expiryDays(), draft.expiryPeriodsAfter());
        Map<String, BigDecimal> rates = exchangeRates(violations, draft.exchangeRates(), currency);
        int reservationMinutes = draft.reservationMinutes() == 0 ? DEFAULT_RESERVATION_MINUTES : draft.reservationMinutes();
        if (reservationMinutes < 1 || reservationMinutes > 10_080) {
            violations.add("reservation_minutes", "must be between 1 and 10080 (a week)");
        }
        violations.throwIfAny();
        return new ProgramTerms(validName, currency, zone, rate,
                draft.rounding() == null ? RoundingMode.DOWN : draft.rounding(), draft.pendingDays(), expiry,
                draft.returnPolicy() == null ? ReturnPolicy.ALLOW_NEGATIVE : draft.returnPolicy(), rates,
                reservationMinutes);
    }

    static Currency currency(Violations violations, String field, String code) {
        if (code == null || code.isBlank()) {
            violations.add(field, "is required");
            return null;
        }
        if (code.matches("[A-Z]{3}")) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
        }
        violations.add(field, "is not an ISO 4217 currency code such as \"EUR\"");
        return null;
    }

    private static ZoneId timeZone(Violations violations, String zone) {
        if (zone == null || zone.isBlank()) {
            violations.add("time_zone", "is required");
            return null;
        }
        // Region ids only: a fixed offset would ignore daylight saving time in period ends.
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            violations.add("time_zone", "is not an IANA time zone such as \"Europe/Amsterdam\"");
            return null;
        }
        return ZoneId.of(zone);
    }

    private static Map<String, BigDecimal> exchangeRates(Violations violations, Map<String, String> raw, Currency base) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        if (raw == null) {
            return rates;
        }
        raw.forEach((code, rate) -> {
            String field = "exchange_rates[" + code + "]";
            Currency currency = currency(violations, field, code);
            if (currency != null && currency.equals(base)) {
                violations.add(field, "is the programme's own currency");
            } else if (currency != null) {
                BigDecimal value = violations.positiveDecimal(field, rate, MAX_EXCHANGE_RATE, MAX_RATE_SCALE);
                if (value != null) {
                    rates.put(code, value);
                }
            }
        });
        return rates;
    }
}
