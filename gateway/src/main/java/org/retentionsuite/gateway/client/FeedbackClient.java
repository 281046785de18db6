package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.CloseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CloseSurveyResponse;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyResponse;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.InviteCustomersResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc.MutinyFeedbackServiceStub;
import org.retentionsuite.proto.feedback.v1.PauseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.PauseSurveyResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SubmitResponseResponse;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkResponse;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.SurveyLink;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersRequest;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersResponse;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyResponse;

import java.time.Duration;
import java.util.function.Function;

/** The feedback service, as the gateway calls it. */
@ApplicationScoped
public class FeedbackClient {

    static final String SERVICE = "feedback";

    private final MutinyFeedbackServiceStub stub;
    private final Duration deadline;

    public FeedbackClient(@GrpcClient(SERVICE) MutinyFeedbackServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<Survey> createSurvey(CreateSurveyRequest request) {
        return call(s -> s.createSurvey(request)).map(CreateSurveyResponse::getSurvey);
    }

    public Uni<Survey> getSurvey(String surveyId) {
        return call(s -> s.getSurvey(GetSurveyRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(GetSurveyResponse::getSurvey);
    }

    public Uni<Survey> activateSurvey(String surveyId) {
        return call(s -> s.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(ActivateSurveyResponse::getSurvey);
    }

    public Uni<Survey> pauseSurvey(String surveyId) {
        return call(s -> s.pauseSurvey(PauseSurveyRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(PauseSurveyResponse::getSurvey);
    }

    public Uni<Survey> closeSurvey(String surveyId) {
        return call(s -> s.closeSurvey(CloseSurveyRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(CloseSurveyResponse::getSurvey);
    }

    public Uni<InviteCustomersResponse> inviteCustomers(InviteCustomersRequest request) {
        return call(s -> s.inviteCustomers(request));
    }

    public Uni<SurveyResponse> submitResponse(SubmitResponseRequest request) {
        return call(s -> s.submitResponse(request)).map(SubmitResponseResponse::getResponse);
    }

    public Uni<GetSurveyMetricsResponse> getSurveyMetrics(GetSurveyMetricsRequest request) {
        return call(s -> s.getSurveyMetrics(request));
    }

    public Uni<Survey> updateSurvey(UpdateSurveyRequest request) {
        return call(s -> s.updateSurvey(request)).map(UpdateSurveyResponse::getSurvey);
    }

    public Uni<GetSurveyFormResponse> getSurveyForm(GetSurveyFormRequest request) {
        return call(s -> s.getSurveyForm(request));
    }

    public Uni<SurveyLink> createSurveyLink(String surveyId) {
        return call(s -> s.createSurveyLink(CreateSurveyLinkRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(CreateSurveyLinkResponse::getLink);
    }

    public Uni<SurveyLink> getSurveyLink(String surveyId) {
        return call(s -> s.getSurveyLink(GetSurveyLinkRequest.newBuilder().setSurveyId(surveyId).build()))
                .map(GetSurveyLinkResponse::getLink);
    }

    public Uni<InviteToPurposeSurveyResponse> inviteToPurposeSurvey(InviteToPurposeSurveyRequest request) {
        return call(s -> s.inviteToPurposeSurvey(request));
    }

    /** Not repeated on a failure: a repeat would take further reminders. */
    public Uni<TakeDueRemindersResponse> takeDueReminders(TakeDueRemindersRequest request) {
        return call(s -> s.takeDueReminders(request));
    }

    private <T> Uni<T> call(Function<MutinyFeedbackServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
