package org.retentionsuite.segmentation.grpc;

import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.repository.ActivityRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class ActivityOverGrpcTest {

    private static final Instant MARCH_1 = Instant.parse("2024-03-01T10:15:30.123456Z");

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    ActivityRepository activities;

    @Test
    void aNewBatchIsRecordedInFullOneRowPerEvent() {
        String customer = "rec-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();

        RecordActivityResponse response = segmentation.recordActivity(batch(
                purchase(event + "-1", customer, MARCH_1, 12_50),
                returned(event + "-2", customer, MARCH_1.plus(Duration.ofDays(2)), 3_00),
                activity(event + "-3", customer, ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1.minus(Duration.ofDays(1))),
                feedback(event + "-4", customer, MARCH_1, FeedbackKind.FEEDBACK_KIND_NPS, 9)));

        assertEquals(RecordActivityResponse.newBuilder().setRecordedCount(4).setDuplicateCount(0).build(), response);
        assertEquals(4, activities.count("customerId", customer));
        var purchase = activities.findById(event + "-1");
        assertEquals(customer, purchase.customerId());
        assertEquals(org.retentionsuite.segmentation.domain.ActivityType.PURCHASE, purchase.type());
        assertEquals(MARCH_1, purchase.occurredAt());
        assertEquals(12_50L, purchase.amountMinor());
        assertEquals("USD", purchase.currencyCode());
        var visit = activities.findById(event + "-3");
        assertEquals(null, visit.amountMinor());
        assertEquals(null, visit.currencyCode());
    }

    @Test
    void reSendingTheSameBatchRecordsNothingReportsEveryEventAsADuplicateAndLeavesTheInsightsUnchanged() {
        String customer = "resend-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        RecordActivityRequest request = batch(
                purchase(event + "-1", customer, MARCH_1, 20_00),
                returned(event + "-2", customer, MARCH_1.plusSeconds(60), 5_00),
                supportContact(event + "-3", customer, MARCH_1, SupportOutcome.SUPPORT_OUTCOME_RESOLVED));
        segmentation.recordActivity(request);
        CustomerInsights before = insightsOf(customer);

        RecordActivityResponse again = segmentation.recordActivity(request);

        assertEquals(RecordActivityResponse.newBuilder().setRecordedCount(0).setDuplicateCount(3).build(), again);
        assertEquals(before, insightsOf(customer));
        assertEquals(15_00, before.getTotalSpend().getAmountMinor());
        assertEquals(3, activities.count("customerId", customer));
    }

    @Test
    void anEventIdRepeatedWithinOneBatchIsRecordedOnceAndCountedAsADuplicate() {
        String customer = "twice-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();

        RecordActivityResponse response = segmentation.recordActivity(batch(
                purchase(event, customer, MARCH_1, 10_00),
                purchase(event, customer, MARCH_1, 10_00),
                purchase(event + "-other", customer, MARCH_1, 1_00)));

        assertEquals(RecordActivityResponse.newBuilder().setRecordedCount(2).setDuplicateCount(1).build(), response);
        assertEquals(2, activities.count("customerId", customer));
        assertEquals(11_00, insightsOf(customer).getTotalSpend().getAmountMinor());
    }

    @Test
    void anEventIdIsUniquePerCustomerSoTheSameIdForTwoCustomersIsAnEventOfEach() {
        String customer = "per-customer-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        RecordActivityRequest request = batch(
                purchase(event, customer + "-a", MARCH_1, 3_00),
                purchase(event, customer + "-b", MARCH_1, 4_00));

        RecordActivityResponse first = segmentation.recordActivity(request);
        RecordActivityResponse retry = segmentation.recordActivity(request);

        assertEquals(RecordActivityResponse.newBuilder().setRecordedCount(2).setDuplicateCount(0).build(), first);
        assertEquals(RecordActivityResponse.newBuilder().setRecordedCount(0).setDuplicateCount(2).build(), retry);
        assertEquals(2, activities.count("eventId", event));
        assertEquals(3_00, insightsOf(customer + "-a").getTotalSpend().getAmountMinor());
        assertEquals(4_00, insightsOf(customer + "-b").getTotalSpend().getAmountMinor());
    }

    @Test
    void theSameBatchSentByEightCallersAtOnceLeavesExactlyOneRowPerEventId() throws Exception {
        String customer = "race-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        RecordActivityRequest request = batch(IntStream.range(0, 50)
                .mapToObj(i -> purchase(event + "-" + i, customer, MARCH_1.plusSeconds(i), 1_00))
                .toArray(Activity[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RecordActivityResponse>> senders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                senders.add(() -> segmentation.recordActivity(request));
            }
            List<RecordActivityResponse> responses = new ArrayList<>();
            for (Future<RecordActivityResponse> response : pool.invokeAll(senders)) {
                responses.add(response.get());
            }

            assertEquals(50, responses.stream().mapToInt(RecordActivityResponse::getRecordedCount).sum());
            assertEquals(7 * 50, responses.stream().mapToInt(RecordActivityResponse::getDuplicateCount).sum());
            assertEquals(50, activities.count("customerId", customer));
            for (int i = 0; i < 50; i++) {
                assertEquals(1, activities.count("eventId", event + "-" + i));
            }
            assertEquals(50, insightsOf(customer).getPurchaseCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchWithInvalidActivitiesNamesEachInvalidFieldByIndexAndRecordsNothing() {
        String customer = "invalid-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        long before = activities.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.recordActivity(batch(
                purchase(event + "-0", customer, MARCH_1, 10_00),
                Activity.newBuilder()
                        .setEventId(event + "-1")
                        .setType(ActivityType.ACTIVITY_TYPE_UNSPECIFIED)
                        .setOccurredAt(timestamp(Instant.now().plus(Duration.ofHours(1))))
                        .build(),
                Activity.newBuilder()
                        .setEventId(event + "-2")
                        .setCustomerId(customer)
                        .setType(ActivityType.ACTIVITY_TYPE_PURCHASE)
                        .setOccurredAt(timestamp(MARCH_1))
                        .build(),
                activity(event + "-3", customer, ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1))));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "activities[1].customer_id", "is required",
                "activities[1].type", "must be one of PURCHASE, RETURN, VISIT, SUPPORT_CONTACT, FEEDBACK",
                "activities[1].occurred_at", "is more than 5 minutes in the future",
                "activities[2].amount", "is required for a purchase or a return"), fieldViolations(refused));
        assertEquals(before, activities.count());
        assertEquals(0, activities.count("customerId", customer));
    }

    @Test
    void invalidEventIdsTimesAndAmountsAreNamedByIndex() {
        String customer = "fields-" + UUID.randomUUID();
        long before = activities.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.recordActivity(batch(
                returned("", customer, MARCH_1, 0),
                returned("x".repeat(129), customer, MARCH_1, -5_00),
                activity("bell\u0007", customer, ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1).toBuilder()
                        .clearOccurredAt().build())));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "activities[0].event_id", "is required",
                "activities[1].event_id", "is longer than 128 characters",
                "activities[1].amount.amount_minor", "must not be negative",
                "activities[2].event_id", "contains control characters",
                "activities[2].occurred_at", "is required"), fieldViolations(refused));
        assertEquals(before, activities.count());
    }

    @Test
    void aPurchaseInAnotherCurrencyThanTheReportingCurrencyIsRefusedNamingIt() {
        String customer = "currency-" + UUID.randomUUID();
        Activity inEuros = purchase(UUID.randomUUID().toString(), customer, MARCH_1, 10_00).toBuilder()
                .setAmount(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(10_00))
                .build();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.recordActivity(batch(activity(UUID.randomUUID().toString(), customer,
                        ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1), inEuros)));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("activities[1].amount.currency_code", "EUR is not the reporting currency USD"),
                fieldViolations(refused));
        assertEquals(0, activities.count("customerId", customer));
    }

    @Test
    void anActivityAFewMinutesAheadOfOurClockIsAccepted() {
        String customer = "skew-" + UUID.randomUUID();

        RecordActivityResponse response = segmentation.recordActivity(batch(activity(UUID.randomUUID().toString(),
                customer, ActivityType.ACTIVITY_TYPE_VISIT, Instant.now().plus(Duration.ofMinutes(4)))));

        assertEquals(1, response.getRecordedCount());
    }

    @Test
    void anEmptyBatchIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.recordActivity(RecordActivityRequest.getDefaultInstance()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("activities", "must hold 1 to 1000 activities"), fieldViolations(refused));
    }

    @Test
    void aBatchOfAThousandIsRecordedAndOneOfMoreIsRefused() {
        String customer = "thousand-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        List<Activity> thousand = IntStream.range(0, 1000)
                .mapToObj(i -> activity(event + "-" + i, customer, ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1))
                .collect(Collectors.toCollection(ArrayList::new));

        assertEquals(1000, segmentation.recordActivity(batch(thousand.toArray(Activity[]::new))).getRecordedCount());

        thousand.add(activity(event + "-1000", customer, ActivityType.ACTIVITY_TYPE_VISIT, MARCH_1));
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.recordActivity(batch(thousand.toArray(Activity[]::new))));

        assertEquals(Map.of("activities", "must hold 1 to 1000 activities"), fieldViolations(refused));
        assertEquals(1000, activities.count("customerId", customer));
    }

    @Test
    void aThousandInvalidActivitiesAreRefusedNamingTheFirstTwentyFiveAndCountingTheRest() {
        String customer = "many-invalid-" + UUID.randomUUID();
        Activity[] inEuros = IntStream.range(0, 1000)
                .mapToObj(i -> purchase(UUID.randomUUID().toString(), customer, MARCH_1, 1_00).toBuilder()
                        .setAmount(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(1_00)).build())
                .toArray(Activity[]::new);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.recordActivity(batch(inEuros)));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(IntStream.range(0, 25).boxed().collect(Collectors.toMap(
                i -> "activities[" + i + "].amount.currency_code", i -> "EUR is not the reporting currency USD")),
                fieldViolations(refused));
        assertEquals("invalid request: 1000 invalid fields, the first 25 in the details",
                refused.getStatus().getDescription());
        assertEquals(0, activities.count("customerId", customer));
    }

    /** The figures of the customer's activity, without what is derived from all customers (RFM, churn risk, ...). */
    private CustomerInsights insightsOf(String customerId) {
        return segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customerId).build())
                .getInsights().toBuilder()
                .clearRfm().clearClv().clearChurnRisk().clearCohortMonth().clearAttributes()
                .build();
    }

    static RecordActivityRequest batch(Activity... activities) {
        return RecordActivityRequest.newBuilder().addAllActivities(List.of(activities)).build();
    }

    static Activity purchase(String eventId, String customerId, Instant occurredAt, long amountMinor) {
        return activity(eventId, customerId, ActivityType.ACTIVITY_TYPE_PURCHASE, occurredAt).toBuilder()
                .setAmount(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(amountMinor))
                .build();
    }

    static Activity returned(String eventId, String customerId, Instant occurredAt, long amountMinor) {
        return activity(eventId, customerId, ActivityType.ACTIVITY_TYPE_RETURN, occurredAt).toBuilder()
                .setAmount(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(amountMinor))
                .build();
    }

    static Activity feedback(String eventId, String customerId, Instant occurredAt, FeedbackKind kind, int score) {
        return activity(eventId, customerId, ActivityType.ACTIVITY_TYPE_FEEDBACK, occurredAt).toBuilder()
                .setFeedback(FeedbackScore.newBuilder().setKind(kind).setScore(score))
                .build();
    }

    static Activity supportContact(String eventId, String customerId, Instant occurredAt, SupportOutcome outcome) {
        return activity(eventId, customerId, ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, occurredAt).toBuilder()
                .setSupportOutcome(outcome)
                .build();
    }

    static Activity activity(String eventId, String customerId, ActivityType type, Instant occurredAt) {
        return Activity.newBuilder()
                .setEventId(eventId)
                .setCustomerId(customerId)
                .setType(type)
                .setOccurredAt(timestamp(occurredAt))
                .build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Map<String, String> fieldViolations(StatusRuntimeException e) {
        try {
            com.google.rpc.Status status = StatusProto.fromThrowable(e);
            BadRequest badRequest = status.getDetails(0).unpack(BadRequest.class);
            return badRequest.getFieldViolationsList().stream()
                    .collect(Collectors.toMap(BadRequest.FieldViolation::getField,
                            BadRequest.FieldViolation::getDescription));
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }
}
