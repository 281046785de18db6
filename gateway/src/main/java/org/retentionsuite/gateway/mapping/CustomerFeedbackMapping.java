package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.CustomerFeedbackErasure;
import org.retentionsuite.gateway.api.CustomerFeedbackExport;
import org.retentionsuite.gateway.api.CustomerFeedbackView;
import org.retentionsuite.gateway.api.ResponseChannel;
import org.retentionsuite.gateway.api.ResponseStatus;
import org.retentionsuite.gateway.api.ResponseView;
import org.retentionsuite.proto.feedback.v1.ExportCustomerResponse;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;

import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** A customer's feedback, its export and its erasure in JSON. */
@ApplicationScoped
public class CustomerFeedbackMapping {

    private final CaseMapping cases;

    public CustomerFeedbackMapping(CaseMapping cases) {
        this.cases = cases;
    }

    public int limit(String limit) {
        return limit == null || limit.isBlank() ? 0 : QueryParameters.integer("limit", limit, 1, 100);
    }

    public CustomerFeedbackView toView(String customerId, GetCustomerFeedbackResponse feedback) {
        return new CustomerFeedbackView(customerId, feedback.getRecentResponsesList().stream().map(CustomerFeedbackMapping::toView)
                .toList(), cases.toViews(feedback.getOpenCasesList()));
    }

    public CustomerFeedbackExport toView(ExportCustomerResponse export) {
        return new CustomerFeedbackExport(export.getCustomerId(),
                export.getResponsesList().stream().map(CustomerFeedbackMapping::toView).toList(),
                cases.toViews(export.getCasesList()));
    }

    public CustomerFeedbackErasure toView(ForgetCustomerResponse forgotten) {
        return new CustomerFeedbackErasure(forgotten.getResponsesAnonymised(), forgotten.getInvitationsForgotten(),
                forgotten.getCasesAnonymised());
    }

    private static ResponseView toView(SurveyResponse response) {
        return new ResponseView(response.getId(), response.getSurveyId(), response.getSurveyVersion(), response.getCustomerId(),
                response.getScore(), orNull(response.getComment()), response.getLanguage(),
                ResponseChannel.valueOf(response.getChannel().name().replace("RESPONSE_CHANNEL_", "")),
                toInstant(response.hasCompletedAt(), response.getCompletedAt()),
                response.getStatus() == org.retentionsuite.proto.feedback.v1.ResponseStatus.RESPONSE_STATUS_STARTED
                        ? ResponseStatus.STARTED : ResponseStatus.COMPLETED,
                toInstant(response.hasStartedAt(), response.getStartedAt()));
    }
}
