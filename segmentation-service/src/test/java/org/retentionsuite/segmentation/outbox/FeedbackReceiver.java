package org.retentionsuite.segmentation.outbox;

import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Feedback's InviteToPurposeSurvey as the relay sees it: each idempotency key invites once. */
@GrpcService
public class FeedbackReceiver extends MutinyFeedbackServiceGrpc.FeedbackServiceImplBase {

    public static final Map<String, InviteToPurposeSurveyRequest> INVITED = new ConcurrentHashMap<>();

    @Override
    public Uni<InviteToPurposeSurveyResponse> inviteToPurposeSurvey(InviteToPurposeSurveyRequest request) {
        INVITED.putIfAbsent(request.getIdempotencyKey(), request);
        return Uni.createFrom().item(InviteToPurposeSurveyResponse.newBuilder().setSurveyId("exit-survey").build());
    }
}
