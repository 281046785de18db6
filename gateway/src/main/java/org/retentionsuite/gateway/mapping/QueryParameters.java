package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.error.InvalidFieldException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters arrive as text; a bad one is refused on its name as the client wrote it. */
final class QueryParameters {

    private QueryParameters() {
    }

    static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notAnInteger) {
            // answered below
        }
        throw new InvalidFieldException(name, max == Integer.MAX_VALUE
                ? "must be an integer of at least " + min
                : "must be an integer between " + min + " and " + max);
    }

    static boolean bool(String name, String value) {
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFieldException(name, "must be true or false");
        };
    }

    static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new InvalidFieldException(name, "must be an ISO 8601 instant such as 2026-01-31T09:30:00Z");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFieldException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
