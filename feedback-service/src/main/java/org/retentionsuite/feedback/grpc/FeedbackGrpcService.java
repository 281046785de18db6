package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.feedback.mapping.FeedbackMapper;
import org.retentionsuite.feedback.service.SurveyService;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc;

/** The feedback contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class FeedbackGrpcService extends MutinyFeedbackServiceGrpc.FeedbackServiceImplBase {

    private final SurveyService surveys;
    private final FeedbackMapper mapper;

    public FeedbackGrpcService(SurveyService surveys, FeedbackMapper mapper) {
        this.surveys = surveys;
        this.mapper = mapper;
    }

    @Override
    public Uni<CreateSurveyResponse> createSurvey(CreateSurveyRequest request) {
        return Uni.createFrom().item(() -> CreateSurveyResponse.newBuilder()
                .setSurvey(mapper.toProto(surveys.createSurvey(mapper.toDefinition(request))))
                .build());
    }

    @Override
    public Uni<GetSurveyResponse> getSurvey(GetSurveyRequest request) {
        return Uni.createFrom().item(() -> GetSurveyResponse.newBuilder()
                .setSurvey(mapper.toProto(surveys.getSurvey(request.getSurveyId())))
                .build());
    }
}
