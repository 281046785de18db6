package org.retentionsuite.gateway.error;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates a field path of a gRPC request into the path of the same field in the REST request. */
final class FieldNames {

    /** Contract field names whose REST name is not simply their camelCase form. */
    private static final Map<String, String> RENAMED = Map.of(
            "currency_code", "currency",
            "amount_minor", "amount",
            "rounding_mode", "rounding",
            "window_kind", "window",
            "marketing_consent_only", "marketingConsent",
            // Given as a header and query parameters, named as the client sends them.
            "idempotency_key", "Idempotency-Key",
            "page_size", "limit",
            "page_token", "cursor");

    /** Batches are JSON arrays at the REST API: {@code activities[2].event_id} is {@code [2].eventId}. */
    private static final Pattern BATCH_PREFIX = Pattern.compile("^(activities|customers)(?=\\[)");
    /** A survey's further content is nested in the contract and flat in the REST request: {@code details.title} is {@code title}. */
    private static final Pattern SURVEY_DETAILS_PREFIX = Pattern.compile("^details\\.");
    private static final Pattern SNAKE = Pattern.compile("_([a-z0-9])");
    /** A CSV import names cells by line and column as the file's header spells them: {@code line[4].occurred_at}. */
    private static final Pattern CSV_CELL = Pattern.compile("^line\\[\\d+]");

    private FieldNames() {
    }

    static String toJsonPath(String protoPath) {
        if (CSV_CELL.matcher(protoPath).find()) {
            return protoPath;
        }
        String path = SURVEY_DETAILS_PREFIX.matcher(BATCH_PREFIX.matcher(protoPath).replaceFirst("")).replaceFirst("");
        StringBuilder json = new StringBuilder();
        for (String segment : path.split("\\.", -1)) {
            if (!json.isEmpty()) {
                json.append('.');
            }
            json.append(toJsonName(segment));
        }
        return json.toString();
    }

    private static String toJsonName(String segment) {
        int bracket = segment.indexOf('[');
        String name = bracket < 0 ? segment : segment.substring(0, bracket);
        String suffix = bracket < 0 ? "" : segment.substring(bracket);
        String renamed = RENAMED.get(name);
        if (renamed == null) {
            Matcher snake = SNAKE.matcher(name);
            renamed = snake.replaceAll(m -> m.group(1).toUpperCase());
        }
        return renamed + suffix;
    }
}
