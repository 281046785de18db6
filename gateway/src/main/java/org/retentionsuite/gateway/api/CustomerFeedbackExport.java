package org.retentionsuite.gateway.api;

import java.util.List;

/** Everything feedback holds on a customer: responses with their comments, cases with their notes. */
public record CustomerFeedbackExport(String customerId, List<ResponseView> responses, List<CaseView> cases) {
}
