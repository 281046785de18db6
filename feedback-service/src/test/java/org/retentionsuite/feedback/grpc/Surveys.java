package org.retentionsuite.feedback.grpc;

import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.InvitationResult;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;

import java.util.List;
import java.util.UUID;

/** Surveys and invitations the tests start from. Customer ids are fresh per call: fatigue is global. */
final class Surveys {

    private Surveys() {
    }

    static CreateSurveyRequest.Builder draft(SurveyKind kind) {
        return CreateSurveyRequest.newBuilder()
                .setName("After the purchase")
                .setKind(kind)
                .setDefaultLanguage("en")
                .putQuestion("en", "How did we do?");
    }

    static Survey active(FeedbackServiceBlockingStub feedback, SurveyKind kind) {
        Survey survey = feedback.createSurvey(draft(kind).build()).getSurvey();
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()).getSurvey();
    }

    static String newCustomer() {
        return "C-" + UUID.randomUUID();
    }

    static List<InvitationResult> invite(FeedbackServiceBlockingStub feedback, String surveyId, String... customers) {
        return feedback.inviteCustomers(InviteCustomersRequest.newBuilder()
                .setSurveyId(surveyId)
                .addAllCustomerIds(List.of(customers))
                .build()).getResultsList();
    }

    /** A token of a fresh customer's invitation to the survey. */
    static String token(FeedbackServiceBlockingStub feedback, String surveyId) {
        return invite(feedback, surveyId, newCustomer()).get(0).getToken();
    }
}
