package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.Map;

public record SurveyView(String id, String name, SurveyKind kind, String defaultLanguage, Map<String, String> question,
        String status, int version, Instant createdAt) {
}
