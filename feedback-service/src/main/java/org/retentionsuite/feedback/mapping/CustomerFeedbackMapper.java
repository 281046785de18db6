package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.service.CustomerPrivacyService.CustomerExport;
import org.retentionsuite.feedback.service.CustomerPrivacyService.CustomerFeedback;
import org.retentionsuite.feedback.service.CustomerPrivacyService.Forgotten;
import org.retentionsuite.proto.feedback.v1.ExportCustomerResponse;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;

/** One customer's feedback, export and erasure in the feedback contract. */
@ApplicationScoped
public class CustomerFeedbackMapper {

    private final ResponseMapper responses;
    private final CaseMapper cases;

    public CustomerFeedbackMapper(ResponseMapper responses, CaseMapper cases) {
        this.responses = responses;
        this.cases = cases;
    }

    public GetCustomerFeedbackResponse toProto(CustomerFeedback feedback) {
        GetCustomerFeedbackResponse.Builder proto = GetCustomerFeedbackResponse.newBuilder();
        feedback.recentResponses().forEach(r -> proto.addRecentResponses(responses.toProto(r)));
        feedback.openCases().forEach(c -> proto.addOpenCases(cases.toProto(c)));
        return proto.build();
    }

    public ExportCustomerResponse toProto(CustomerExport export) {
        ExportCustomerResponse.Builder proto = ExportCustomerResponse.newBuilder().setCustomerId(export.customerId());
        export.responses().forEach(r -> proto.addResponses(responses.toProto(r)));
        export.cases().forEach(c -> proto.addCases(cases.toProto(c)));
        return proto.build();
    }

    public ForgetCustomerResponse toProto(Forgotten forgotten) {
        return ForgetCustomerResponse.newBuilder()
                .setResponsesAnonymised(forgotten.responses())
                .setInvitationsForgotten(forgotten.invitations())
                .setCasesAnonymised(forgotten.cases())
                .build();
    }
}
