package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.segmentation.domain.Feedback;
import org.retentionsuite.segmentation.repository.ActivityRepository;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.feedback;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.supportContact;

/** Visits with a name, support contacts with their outcome and feedback scores are stored and validated. */
@QuarkusTest
class ActivityDetailsOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    ActivityRepository activities;

    @Test
    void aNamedVisitAContactWithItsOutcomeAndAFeedbackScoreAreStoredWithTheirDetails() {
        String customer = "details-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                activity(customer + "-v", customer, ActivityType.ACTIVITY_TYPE_VISIT, Days.noon("2024-05-01")).toBuilder()
                        .setName("app_open").build(),
                supportContact(customer + "-s", customer, Days.noon("2024-05-02"), SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED),
                feedback(customer + "-f", customer, Days.noon("2024-05-03"), FeedbackKind.FEEDBACK_KIND_CES, 7).toBuilder()
                        .setFeedback(FeedbackScore.newBuilder().setKind(FeedbackKind.FEEDBACK_KIND_CES).setScore(7)
                                .setSurveyId("survey-1").setResponseId("response-9")).build()));

        assertEquals("app_open", activities.findById(customer + "-v").name());
        assertEquals(org.retentionsuite.segmentation.domain.SupportOutcome.UNRESOLVED,
                activities.findById(customer + "-s").supportOutcome());
        assertEquals(new Feedback(org.retentionsuite.segmentation.domain.FeedbackKind.CES, 7, "survey-1", "response-9"),
                activities.findById(customer + "-f").feedback());
        assertEquals(null, activities.findById(customer + "-v").feedback());
    }

    @Test
    void scoresOutOfTheirRangeMissingOutcomesAndDetailsOnTheWrongTypeAreNamedAndNothingIsRecorded() {
        String customer = "bad-details-" + UUID.randomUUID();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.recordActivity(batch(
                feedback(customer + "-0", customer, Days.noon("2024-05-01"), FeedbackKind.FEEDBACK_KIND_NPS, 11),
                feedback(customer + "-1", customer, Days.noon("2024-05-01"), FeedbackKind.FEEDBACK_KIND_CSAT, 0),
                activity(customer + "-2", customer, ActivityType.ACTIVITY_TYPE_FEEDBACK, Days.noon("2024-05-01")),
                activity(customer + "-3", customer, ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, Days.noon("2024-05-01")),
                purchase(customer + "-4", customer, Days.noon("2024-05-01"), 1_00).toBuilder().setName("till")
                        .setSupportOutcome(SupportOutcome.SUPPORT_OUTCOME_RESOLVED).build(),
                activity(customer + "-5", customer, ActivityType.ACTIVITY_TYPE_VISIT, Days.noon("2024-05-01")).toBuilder()
                        .setAmount(KpisOverGrpcTest.usd(1_00))
                        .setFeedback(FeedbackScore.newBuilder().setKind(FeedbackKind.FEEDBACK_KIND_NPS).setScore(5))
                        .build(),
                feedback(customer + "-6", customer, Days.noon("2024-05-01"), FeedbackKind.FEEDBACK_KIND_UNSPECIFIED, 5))));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "activities[0].feedback.score", "must be 0 to 10 for NPS",
                "activities[1].feedback.score", "must be 1 to 5 for CSAT",
                "activities[2].feedback", "is required for feedback: its kind and score",
                "activities[3].support_outcome", "is required for a support contact: RESOLVED or UNRESOLVED",
                "activities[4].name", "is only for a visit",
                "activities[4].support_outcome", "is only for a support contact",
                "activities[5].amount", "is only for a purchase or a return",
                "activities[5].feedback", "is only for feedback",
                "activities[6].feedback.kind", "must be one of NPS, CSAT, CES"), fieldViolations(refused));
        assertEquals(0, activities.count("customerId", customer));
    }
}
