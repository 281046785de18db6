package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc.MutinyFeedbackServiceStub;
import org.retentionsuite.proto.feedback.v1.Survey;

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

    private <T> Uni<T> call(Function<MutinyFeedbackServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
