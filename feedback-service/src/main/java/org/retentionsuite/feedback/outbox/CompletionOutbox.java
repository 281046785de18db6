package org.retentionsuite.feedback.outbox;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyKind;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.domain.ClosedLoopSettings;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;

import java.time.Clock;
import java.time.Instant;

/**
 * What a completed response tells other services: segmentation gets the score as a feedback
 * signal, loyalty the survey's incentive event. Written in the caller's transaction (MANDATORY), so
 * the events exist exactly when the response was committed.
 */
@ApplicationScoped
public class CompletionOutbox {

    public static final String LOYALTY = "loyalty";
    public static final String SEGMENTATION = "segmentation";

    private final OutboxRepository outbox;
    private final Clock clock;

    public CompletionOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void completed(Survey survey, SurveyResponse response, ClosedLoopSettings settings) {
        String responseId = response.id().toString();
        Activity signal = Activity.newBuilder()
                .setEventId(responseId)
                .setCustomerId(response.customerId())
                .setType(ActivityType.ACTIVITY_TYPE_FEEDBACK)
                .setOccurredAt(timestamp(response.completedAt()))
                .setFeedback(FeedbackScore.newBuilder()
                        .setKind(kind(survey.kind()))
                        .setScore(response.score())
                        .setSurveyId(survey.id().toString())
                        .setResponseId(responseId))
                .build();
        Instant now = clock.instant();
        outbox.persist(new OutboxEvent(SEGMENTATION, responseId, signal.toByteArray(), now));
        if (settings != null && settings.hasIncentive()) {
            RecordEventRequest incentive = RecordEventRequest.newBuilder()
                    .setProgramId(settings.incentiveProgramId().toString())
                    .setCustomerId(response.customerId())
                    .setEventKey(settings.incentiveEventKey())
                    .setOccurredAt(timestamp(response.completedAt()))
                    .setIdempotencyKey(responseId)
                    .build();
            outbox.persist(new OutboxEvent(LOYALTY, responseId, incentive.toByteArray(), now));
        }
    }

    private static FeedbackKind kind(SurveyKind kind) {
        return switch (kind) {
            case NPS -> FeedbackKind.FEEDBACK_KIND_NPS;
            case CSAT -> FeedbackKind.FEEDBACK_KIND_CSAT;
            case CES -> FeedbackKind.FEEDBACK_KIND_CES;
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
