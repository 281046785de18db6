package org.retentionsuite.feedback.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A validated request to invite customers; a null language means the survey's default, a null key no idempotency. */
public record InvitationRequest(UUID surveyId, List<String> customerIds, String language, String idempotencyKey) {

    public static final int MAX_CUSTOMER_ID_LENGTH = 100;
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    public InvitationRequest {
        customerIds = List.copyOf(customerIds);
    }

    public static InvitationRequest of(String surveyId, List<String> customerIds, String language, String idempotencyKey,
            int maxBatchSize) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        if (customerIds.isEmpty()) {
            violations.add("customer_ids", "is required");
        } else if (customerIds.size() > maxBatchSize) {
            violations.add("customer_ids", "has more than " + maxBatchSize + " customers; send them in batches");
        }
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < customerIds.size() && customerIds.size() <= maxBatchSize; i++) {
            String field = "customer_ids[" + i + "]";
            String customerId = violations.requiredText(field, customerIds.get(i), MAX_CUSTOMER_ID_LENGTH);
            if (!seen.add(customerId) && !customerId.isEmpty()) {
                violations.add(field, "is listed twice");
            }
            ids.add(customerId);
        }
        String validLanguage = language == null || language.isBlank() ? null : violations.requiredLanguageTag("language", language);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : violations.requiredText("idempotency_key", idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH);
        violations.throwIfAny();
        return new InvitationRequest(id, ids, validLanguage, key);
    }

    /** What a repeated idempotency key is compared by: the survey, the language and the customers in order. */
    public byte[] fingerprint() {
        String canonical = surveyId + "\n" + language + "\n" + String.join("\n", customerIds);
        return InvitationToken.hashOf(canonical);
    }
}
