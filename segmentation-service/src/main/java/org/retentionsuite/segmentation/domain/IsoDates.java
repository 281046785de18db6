package org.retentionsuite.segmentation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates in requests: a bad one is a violation naming its field. */
public final class IsoDates {

    private IsoDates() {
    }

    /** Null (with a violation) when blank or not a date. */
    public static LocalDate required(Violations violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(field, "is required");
            return null;
        }
        return parse(violations, field, text);
    }

    /** {@code fallback} when blank; null (with a violation) when not a date. */
    public static LocalDate optional(Violations violations, String field, String text, LocalDate fallback) {
        return text == null || text.isBlank() ? fallback : parse(violations, field, text);
    }

    private static LocalDate parse(Violations violations, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, "must be an ISO date such as 2024-01-31");
            return null;
        }
    }
}
