package org.retentionsuite.loyalty.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;

/** The validated terms a programme is created with. */
public record ProgramTerms(String name, Currency currency, ZoneId timeZone, BigDecimal pointsPerCurrencyUnit) {

    private static final BigDecimal MAX_POINTS_PER_UNIT = new BigDecimal("10000");
    private static final int MAX_SCALE = 4;

    /** Validates raw request values; reports every invalid field at once, by its contract name. */
    public static ProgramTerms of(String name, String currencyCode, String timeZone, String pointsPerCurrencyUnit) {
        Violations violations = new Violations();
        String validName = violations.requiredText("name", name, 200);
        Currency currency = currency(violations, currencyCode);
        ZoneId zone = timeZone(violations, timeZone);
        BigDecimal rate = pointsPerUnit(violations, pointsPerCurrencyUnit);
        violations.throwIfAny();
        return new ProgramTerms(validName, currency, zone, rate);
    }

    private static Currency currency(Violations violations, String code) {
        if (code == null || code.isBlank()) {
            violations.add("currency_code", "is required");
            return null;
        }
        if (code.matches("[A-Z]{3}")) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
        }
        violations.add("currency_code", "is not an ISO 4217 currency code such as \"EUR\"");
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

    private static BigDecimal pointsPerUnit(Violations violations, String value) {
        if (value == null || value.isBlank()) {
            violations.add("points_per_currency_unit", "is required");
            return null;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(value.strip()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            violations.add("points_per_currency_unit", "is not a decimal number");
            return null;
        }
        if (rate.signum() <= 0 || rate.compareTo(MAX_POINTS_PER_UNIT) > 0) {
            violations.add("points_per_currency_unit", "must be more than 0 and at most " + MAX_POINTS_PER_UNIT);
            return null;
        }
        if (rate.scale() > MAX_SCALE) {
            violations.add("points_per_currency_unit", "has more than " + MAX_SCALE + " decimal places");
            return null;
        }
        return rate;
    }
}
