package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipResponse;
import org.retentionsuite.proto.segmentation.v1.GetSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesRequest;
import org.retentionsuite.proto.segmentation.v1.MembershipChangeKind;
import org.retentionsuite.proto.segmentation.v1.Segment;
import org.retentionsuite.proto.segmentation.v1.SegmentMember;
import org.retentionsuite.proto.segmentation.v1.SegmentMembershipChange;
import org.retentionsuite.proto.segmentation.v1.SegmentRule;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.MovableClock;
import org.retentionsuite.segmentation.service.SegmentRefreshPass;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.all;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.any;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.within;

@QuarkusTest
class SegmentsOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub activity;

    @Inject
    MovableClock clock;

    @Inject
    SegmentRefreshPass refreshPass;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /*
     * The hand-made set (today is now): frequent buys three times in the last 30 days; lapsed
     * bought 60 days ago and contacted support twice last week; detractor bought 5 days ago and
     * answered an NPS survey with 3; promoter bought 5 days ago and answered 9; one-off bought
     * once, 10 days ago; big-spender bought for 500.00 a year ago.
     */
    @Test
    void aNestedRuleSelectsExactlyTheCustomersOfTheHandMadeSetWhoMatchIt() {
        String p = "set-" + UUID.randomUUID() + "-";
        Instant now = clock.instant();
        String e = UUID.randomUUID().toString();
        activity.recordActivity(batch(
                purchase(e + "f1", p + "frequent", days(now, 2), 10_00),
                purchase(e + "f2", p + "frequent", days(now, 12), 10_00),
                purchase(e + "f3", p + "frequent", days(now, 29), 10_00),
                purchase(e + "l1", p + "lapsed", days(now, 60), 10_00),
                activity(e + "l2", p + "lapsed", ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, days(now, 6)).toBuilder()
                        .setSupportOutcome(SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED).build(),
                activity(e + "l3", p + "lapsed", ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, days(now, 7)).toBuilder()
                        .setSupportOutcome(SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED).build(),
                purchase(e + "d1", p + "detractor", days(now, 5), 10_00),
                activity(e + "d2", p + "detractor", ActivityType.ACTIVITY_TYPE_FEEDBACK, days(now, 4)).toBuilder()
                        .setFeedback(nps(3)).build(),
                purchase(e + "p1", p + "promoter", days(now, 5), 10_00),
                activity(e + "p2", p + "promoter", ActivityType.ACTIVITY_TYPE_FEEDBACK, days(now, 4)).toBuilder()
                        .setFeedback(nps(9)).build(),
                purchase(e + "o1", p + "one-off", days(now, 10), 10_00),
                purchase(e + "b1", p + "big-spender", days(now, 365), 500_00)));

        Segment segment = create("needs care " + p, all(
                when("customerId", "startsWith", p),
                any(within(30, "purchaseCount", "atLeast", "3"),
                        all(within(30, "purchaseCount", "equals", "0"), within(30, "supportContactCount", "atLeast", "2")),
                        within(30, "npsScore", "atMost", "6"),
                        when("totalSpend", "greaterThan", "499.99"))));

        assertEquals(4, segment.getMemberCount());
        ListSegmentMembersResponse members = segments.listSegmentMembers(
                ListSegmentMembersRequest.newBuilder().setSegmentId(segment.getId()).build());
        assertEquals(List.of(p + "big-spender", p + "detractor", p + "frequent", p + "lapsed"),
                members.getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        assertTrue(membership(segment, p + "lapsed").getMember());
        assertFalse(membership(segment, p + "promoter").getMember());
        assertFalse(membership(segment, p + "one-off").getMember());
    }

    /*
     * A full pass reads the behaviour fields from one aggregation over every customer's activity, the
     * evaluation on arrival per customer; they must agree. recent bought 10 days ago and visited 3 days
     * ago; old bought 40 days ago; visitor only visited, 2 days ago (no purchase: no days since one, spend 0).
     */
    @Test
    void theFullPassAndTheEvaluationOnArrivalAgreeOnTheBehaviourFields() {
        String p = "agree-" + UUID.randomUUID() + "-";
        Instant now = clock.instant();
        String e = UUID.randomUUID().toString();
        activity.recordActivity(batch(
                purchase(e + "r1", p + "recent", days(now, 10), 20_00),
                activity(e + "r2", p + "recent", ActivityType.ACTIVITY_TYPE_VISIT, days(now, 3)),
                purchase(e + "o1", p + "old", days(now, 40), 30_00),
                activity(e + "v1", p + "visitor", ActivityType.ACTIVITY_TYPE_VISIT, days(now, 2))));
        SegmentRule rule = all(when("customerId", "startsWith", p),
                any(when("daysSinceLastPurchase", "greaterThan", "20"),
                        all(within(7, "visitCount", "atLeast", "1"), when("totalSpend", "atMost", "0"))));

        Segment segment = create("agree " + p, rule);

        List<String> expected = List.of(p + "old", p + "visitor");
        assertEquals(expected, segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder()
                .setSegmentId(segment.getId()).build()).getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        activity.recordActivity(batch(
                activity(e + "r3", p + "recent", ActivityType.ACTIVITY_TYPE_VISIT, days(now, 1)),
                activity(e + "o2", p + "old", ActivityType.ACTIVITY_TYPE_VISIT, days(now, 1)),
                activity(e + "v2", p + "visitor", ActivityType.ACTIVITY_TYPE_VISIT, days(now, 1))));
        assertEquals(expected, segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder()
                .setSegmentId(segment.getId()).build()).getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        assertEquals(2, segments.listSegmentMembershipChanges(ListSegmentMembershipChangesRequest.newBuilder()
                .setSegmentId(segment.getId()).build()).getChangesCount());
    }

    @Test
    void membersArePagedByCustomerIdWithACursor() {
        String p = "paged-" + UUID.randomUUID() + "-";
        Instant now = clock.instant();
        activity.recordActivity(batch(purchase(p + "1", p + "c", days(now, 1), 1_00),
                purchase(p + "2", p + "a", days(now, 1), 1_00), purchase(p + "3", p + "b", days(now, 1), 1_00)));
        Segment segment = create("paged " + p, when("customerId", "startsWith", p));

        ListSegmentMembersResponse first = segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder()
                .setSegmentId(segment.getId()).setPageSize(2).build());
        ListSegmentMembersResponse second = segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder()
                .setSegmentId(segment.getId()).setPageSize(2).setPageToken(first.getNextPageToken()).build());

        assertEquals(List.of(p + "a", p + "b"), first.getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        assertEquals(List.of(p + "c"), second.getMembersList().stream().map(SegmentMember::getCustomerId).toList());
        assertEquals("", second.getNextPageToken());
        assertEquals(3, second.getMemberCount());
    }

    @Test
    void aCustomerLeavesWhenTheirActivityArrivesAndEntersAgainInTheFullPassWhenTimeHasPassed() {
        String customer = "lapsing-" + UUID.randomUUID();
        Instant start = clock.instant();
        activity.recordActivity(batch(purchase(UUID.randomUUID().toString(), customer, days(start, 40), 20_00)));
        Segment segment = create("no purchase in 30 days " + customer,
                all(when("customerId", "equals", customer), within(30, "purchaseCount", "equals", "0")));
        Instant created = Instant.ofEpochSecond(segment.getCreatedAt().getSeconds(), segment.getCreatedAt().getNanos());

        activity.recordActivity(batch(purchase(UUID.randomUUID().toString(), customer, clock.instant(), 5_00)));
        assertFalse(membership(segment, customer).getMember());

        clock.advance(Duration.ofDays(31));
        refreshPass.runOnce();
        Instant reentered = membershipTime(membership(segment, customer));

        List<SegmentMembershipChange> history = segments.listSegmentMembershipChanges(ListSegmentMembershipChangesRequest
                .newBuilder().setSegmentId(segment.getId()).setCustomerId(customer).build()).getChangesList();
        // Newest first.
        assertEquals(List.of(MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_ENTERED, MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_LEFT,
                        MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_ENTERED),
                history.stream().map(SegmentMembershipChange::getKind).toList());
        assertEquals(created, time(history.get(2)));
        assertTrue(time(history.get(1)).isAfter(created) && time(history.get(1)).isBefore(created.plus(Duration.ofDays(1))));
        assertEquals(reentered, time(history.get(0)));
        assertTrue(reentered.isAfter(created.plus(Duration.ofDays(31))));
    }

    @Test
    void aMalformedRuleIsRefusedNamingTheOffendingPartAndNothingIsStored() {
        String name = "malformed " + UUID.randomUUID();
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segments.createSegment(
                CreateSegmentRequest.newBuilder().setName(name).setRule(any(
                        within(30, "purchaseCount", "atLeast", "3"),
                        all(when("npsScore", "below", "7"), when("loyaltyTier", "equals", "gold")))).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "rule.any[1].all[0].operator", "\"below\" does not apply; npsScore takes atLeast, atMost, between, equals,"
                        + " greaterThan, in, lessThan, notEquals, notIn",
                "rule.any[1].all[1].field", "unknown field \"loyaltyTier\"; known fields: customerId, probabilityAlive,"
                        + " purchaseCount, visitCount, supportContactCount, totalSpend, npsScore, daysSinceLastPurchase,"
                        + " country, language, acquisitionChannel, referredBy, signedUpOn, acquisitionCost, daysSinceSignUp,"
                        + " churnRiskScore, churnRiskLevel, recencyScore, frequencyScore, monetaryScore, rfmSegment,"
                        + " predictedClv"),
                fieldViolations(refused));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM segment WHERE name = ?1").setParameter(1, name).getSingleResult()));
    }

    @Test
    void anUnknownSegmentIsNotFoundAndATakenNameAlreadyExists() {
        String id = UUID.randomUUID().toString();
        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
                () -> segments.getSegment(GetSegmentRequest.newBuilder().setSegmentId(id).build()));
        assertEquals(Status.Code.NOT_FOUND, missing.getStatus().getCode());
        assertEquals("no segment " + id, missing.getStatus().getDescription());

        String name = "twice " + id;
        create(name, when("customerId", "equals", id));
        StatusRuntimeException taken = assertThrows(StatusRuntimeException.class,
                () -> create(name, when("customerId", "equals", id)));
        assertEquals(Status.Code.ALREADY_EXISTS, taken.getStatus().getCode());
        assertEquals("a segment named \"" + name + "\" exists already", taken.getStatus().getDescription());
    }

    /** The SQL of probabilityAlive agrees with GetCustomerClv under the latest fit, for repeat buyers of CDNOW. */
    @Test
    void probabilityAliveInARuleIsTheCustomersUnderTheLatestFit() {
        activity.importActivity(ImportActivityRequest.newBuilder().setCsv(CdnowCsv.read()).build());
        activity.fitClvModel(FitClvModelRequest.newBuilder().setCalibrationStart("1997-01-01")
                .setCalibrationEnd("1997-09-30").setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build());
        List<CustomerClv> repeatBuyers = IntStream.rangeClosed(100, 160).mapToObj(String::valueOf)
                .map(id -> activity.getCustomerClv(GetCustomerClvRequest.newBuilder().setCustomerId(id).build()).getClv())
                .filter(clv -> clv.getRepeatPurchases() > 0).limit(3).toList();
        assertEquals(3, repeatBuyers.size());

        for (CustomerClv clv : repeatBuyers) {
            double alive = clv.getProbabilityAlive();
            String tag = clv.getCustomerId() + " " + UUID.randomUUID();
            Segment around = create("alive around " + tag, all(when("customerId", "equals", clv.getCustomerId()),
                    when("probabilityAlive", "between", String.valueOf(alive - 1e-9), String.valueOf(alive + 1e-9))));
            Segment above = create("alive above " + tag, all(when("customerId", "equals", clv.getCustomerId()),
                    when("probabilityAlive", "greaterThan", String.valueOf(alive + 1e-6))));
            assertEquals(1, around.getMemberCount(), "P(alive) " + alive + " of customer " + clv.getCustomerId());
            assertEquals(0, above.getMemberCount());
        }
    }

    private Segment create(String name, SegmentRule rule) {
        return segments.createSegment(CreateSegmentRequest.newBuilder().setName(name).setRule(rule).build()).getSegment();
    }

    private GetSegmentMembershipResponse membership(Segment segment, String customer) {
        return segments.getSegmentMembership(GetSegmentMembershipRequest.newBuilder().setSegmentId(segment.getId())
                .setCustomerId(customer).build());
    }

    /** Activity storage keeps the feedback score in these columns (named after the contract's FeedbackScore). */
    private static FeedbackScore nps(int score) {
        return FeedbackScore.newBuilder().setKind(FeedbackKind.FEEDBACK_KIND_NPS).setScore(score).build();
    }

    private static Instant days(Instant now, int ago) {
        return now.minus(Duration.ofDays(ago));
    }

    private static Instant membershipTime(GetSegmentMembershipResponse membership) {
        assertTrue(membership.getMember());
        return Instant.ofEpochSecond(membership.getEnteredAt().getSeconds(), membership.getEnteredAt().getNanos());
    }

    private static Instant time(SegmentMembershipChange change) {
        return Instant.ofEpochSecond(change.getChangedAt().getSeconds(), change.getChangedAt().getNanos());
    }
}
