package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code GET /customers/{customerId}/feedback}: the latest responses and the cases still open. */
public record CustomerFeedbackView(String customerId, List<ResponseView> recentResponses, List<CaseView> openCases) {
}
