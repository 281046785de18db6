package org.retentionsuite.segmentation.domain.segment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/** What a field's values are, which operators apply to it, and how a written value is read. */
public enum ValueKind {

    TEXT(Set.of("equals", "notEquals", "in", "notIn", "startsWith")),
    NUMBER(Set.of("equals", "notEquals", "in", "notIn", "between", "atLeast", "atMost", "greaterThan", "lessThan")),
    /** An amount in the reporting currency, written as a decimal and compared in minor units. */
    MONEY(NUMBER.operators),
    /** A calendar date, written as an ISO date (2026-01-31). */
    DATE(NUMBER.operators),
    /** One of the field's named values (a risk level, an RFM segment), written in any case. */
    LABEL(Set.of("equals", "notEquals", "in", "notIn"));

    private final Set<String> operators;

    ValueKind(Set<String> operators) {
        this.operators = operators;
    }

    public Set<String> operators() {
        return operators;
    }

    /** The value to bind, or an {@link IllegalArgumentException} saying what is wrong with the text. */
    public Object read(String text, Currency currency) {
        return switch (this) {
            case TEXT -> {
                if (text.length() > 256) {
                    throw new IllegalArgumentException("is longer than 256 characters");
                }
                yield text;
            }
            case NUMBER -> decimal(text);
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(text.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("\"" + text + "\" is not an ISO date such as 2026-01-31");
                }
            }
            case LABEL -> text.strip().toUpperCase(java.util.Locale.ROOT);
            case MONEY -> {
                BigDecimal amount = decimal(text);
                try {
                    yield amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("\"" + text + "\" has more decimals than "
                            + currency.getCurrencyCode() + " has");
                }
            }
        };
    }

    private static BigDecimal decimal(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                throw new IllegalArgumentException("\"" + text + "\" is out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a decimal number such as 3 or 12.50");
        }
    }
}
