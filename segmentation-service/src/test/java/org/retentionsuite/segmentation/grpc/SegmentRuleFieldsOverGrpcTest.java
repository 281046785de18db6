package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.CustomerRfm;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.Segment;
import org.retentionsuite.proto.segmentation.v1.SegmentMember;
import org.retentionsuite.proto.segmentation.v1.SegmentRule;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.segmentation.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.KpisOverGrpcTest.usd;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.all;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.any;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;

/** Rules on customer attributes, churn risk, RFM scores and predicted CLV, each kind with its own customers. */
@QuarkusTest
class SegmentRuleFieldsOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attributeRulesSelectByCountryLanguageChannelAndSignUpDateAndFollowAnUpdateAtOnce() {
        String p = "attr-" + UUID.randomUUID() + "-";
        upsert(attributes(p + "de-2024", "DE", "de", "2024-03-01", "referral", 10_00),
                attributes(p + "at-2024", "AT", "de", "2024-11-30", "paid_search", 40_00),
                attributes(p + "fr-2024", "FR", "fr", "2024-06-15", "referral", 5_00),
                attributes(p + "de-2023", "DE", "en", "2023-12-31", "paid_search", 20_00));

        Segment dach2024 = create("dach 2024 " + p, all(when("customerId", "startsWith", p),
                when("country", "in", "DE", "AT"), when("signedUpOn", "between", "2024-01-01", "2024-12-31")));
        Segment referredOrEnglish = create("referred or english " + p, all(when("customerId", "startsWith", p),
                any(when("acquisitionChannel", "equals", "referral"), when("language", "equals", "en"))));
        Segment cheap = create("cheap " + p, all(when("customerId", "startsWith", p),
                when("acquisitionCost", "atMost", "10.00"), when("daysSinceSignUp", "greaterThan", "30")));

        assertEquals(List.of(p + "at-2024", p + "de-2024"), members(dach2024));
        assertEquals(List.of(p + "de-2023", p + "de-2024", p + "fr-2024"), members(referredOrEnglish));
        assertEquals(List.of(p + "de-2024", p + "fr-2024"), members(cheap));

        // A customer's new attributes move them at once, without waiting for the full pass.
        upsert(attributes(p + "fr-2024", "AT", "fr", "2024-06-15", "referral", 5_00));
        assertEquals(List.of(p + "at-2024", p + "de-2024", p + "fr-2024"), members(dach2024));
    }

    @Test
    void churnRiskRulesSelectByTheStoredLevelAndScore() {
        String p = "churn-" + UUID.randomUUID() + "-";
        Instant now = clock.instant();
        // Bought every 10 days for half a year, then nothing for 100 days: overdue. The other bought yesterday.
        segmentation.recordActivity(batch(IntStream.range(0, 18).mapToObj(i -> purchase(p + "gone-" + i, p + "gone",
                now.minus(Duration.ofDays(100 + 10L * i)), 20_00)).toArray(org.retentionsuite.proto.segmentation.v1.Activity[]::new)));
        segmentation.recordActivity(batch(purchase(p + "fresh-1", p + "fresh", now.minus(Duration.ofDays(1)), 20_00)));
        Segment highRisk = create("high churn risk " + p, all(when("customerId", "startsWith", p),
                when("churnRiskLevel", "in", "high", "medium")));
        assertEquals(List.of(), members(highRisk));

        var gone = score(p + "gone");
        var fresh = score(p + "fresh");
        assertTrue(gone.getLevel() == ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH || gone.getLevel() == ChurnRiskLevel.CHURN_RISK_LEVEL_MEDIUM,
                "the lapsed customer scores " + gone.getScore());
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_LOW, fresh.getLevel());

        // Scoring a customer re-evaluates their segments at once.
        assertEquals(List.of(p + "gone"), members(highRisk));
        Segment byScore = create("churn score band " + p, all(when("customerId", "startsWith", p),
                when("churnRiskScore", "between", String.valueOf(fresh.getScore() - 1e-9), String.valueOf(fresh.getScore() + 1e-9))));
        assertEquals(List.of(p + "fresh"), members(byScore));
        Segment low = create("low churn risk " + p, all(when("customerId", "startsWith", p),
                when("churnRiskLevel", "notEquals", "HIGH"), when("churnRiskLevel", "notEquals", "MEDIUM")));
        assertEquals(List.of(p + "fresh"), members(low));
    }

    /** The snapshot's RFM scores are the ones GetCustomerInsights computes for the same day and customers. */
    @Test
    void rfmRulesSelectByScoresAndTheNamedSegmentAsRfmComputesThem() {
        String p = "rfm-" + UUID.randomUUID() + "-";
        Instant now = clock.instant();
        segmentation.recordActivity(batch(
                purchase(p + "1", p + "often", now.minus(Duration.ofDays(1)), 900_00),
                purchase(p + "2", p + "often", now.minus(Duration.ofDays(3)), 900_00),
                purchase(p + "3", p + "often", now.minus(Duration.ofDays(5)), 900_00),
                purchase(p + "4", p + "once", now.minus(Duration.ofDays(700)), 1_00)));
        // Insights read the stored RFM snapshot, which the rules' score snapshot copies: both rank them once refreshed.
        segmentation.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance());
        CustomerRfm often = rfm(p + "often");
        CustomerRfm once = rfm(p + "once");
        assertFalse(often.getSegment().equals(once.getSegment()));

        for (CustomerRfm rfm : List.of(often, once)) {
            String named = rfm.getSegment().name().substring("RFM_SEGMENT_".length()).toLowerCase(Locale.ROOT);
            Segment exact = create("rfm exact " + rfm.getCustomerId(), all(when("customerId", "startsWith", p),
                    when("recencyScore", "equals", String.valueOf(rfm.getRecencyScore())),
                    when("frequencyScore", "equals", String.valueOf(rfm.getFrequencyScore())),
                    when("monetaryScore", "equals", String.valueOf(rfm.getMonetaryScore())),
                    when("rfmSegment", "equals", named)));
            assertEquals(List.of(rfm.getCustomerId()), members(exact));
        }
        Segment neither = create("rfm neither " + p, all(when("customerId", "startsWith", p),
                when("rfmSegment", "notIn", often.getSegment().name().substring(12), once.getSegment().name().substring(12))));
        assertEquals(List.of(), members(neither));
    }

    /** The snapshot's predicted CLV is GetCustomerClv's one year ahead under the latest fit, to the cent. */
    @Test
    void aPredictedClvRuleSelectsTheCustomersWhoseOneYearClvIsInRange() {
        segmentation.importActivity(ImportActivityRequest.newBuilder().setCsv(CdnowCsv.read()).build());
        segmentation.fitClvModel(FitClvModelRequest.newBuilder().setCalibrationStart("1997-01-01")
                .setCalibrationEnd("1997-09-30").setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build());
        List<CustomerClv> repeatBuyers = IntStream.rangeClosed(200, 260).mapToObj(String::valueOf)
                .map(id -> segmentation.getCustomerClv(GetCustomerClvRequest.newBuilder().setCustomerId(id).build()).getClv())
                .filter(clv -> clv.getRepeatPurchases() > 0).limit(2).toList();
        assertEquals(2, repeatBuyers.size());

        for (CustomerClv clv : repeatBuyers) {
            long cents = clv.getClv().getAmountMinor();
            String tag = clv.getCustomerId() + " " + UUID.randomUUID();
            Segment around = create("clv around " + tag, all(when("customerId", "equals", clv.getCustomerId()),
                    when("predictedClv", "between", dollars(cents - 1), dollars(cents + 1))));
            Segment above = create("clv above " + tag, all(when("customerId", "equals", clv.getCustomerId()),
                    when("predictedClv", "greaterThan", dollars(cents + 1))));
            assertEquals(List.of(clv.getCustomerId()), members(around), "CLV " + cents + " of customer " + clv.getCustomerId());
            assertEquals(List.of(), members(above));
        }
    }

    @Test
    void rulesOnUnknownFieldsLabelsOrDatesAreRefusedNamingTheOffendingPart() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segments.createSegment(
                CreateSegmentRequest.newBuilder().setName("bad fields " + UUID.randomUUID()).setRule(all(
                        when("churnRiskLevel", "in", "HIGH", "SEVERE"),
                        any(when("rfmSegment", "equals", "whales"), when("signedUpOn", "atLeast", "31.01.2024")),
                        when("rfmSegment", "atLeast", "LOST"),
                        when("loyaltyTier", "equals", "gold"))).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        Map<String, String> violations = fieldViolations(refused);
        assertEquals(5, violations.size(), violations.toString());
        assertEquals("\"SEVERE\" is not one of LOW, MEDIUM, HIGH", violations.get("rule.all[0].values[1]"));
        assertEquals("\"whales\" is not one of CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION,"
                + " ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE_THEM, HIBERNATING, LOST", violations.get("rule.all[1].any[0].values[0]"));
        assertEquals("\"31.01.2024\" is not an ISO date such as 2026-01-31", violations.get("rule.all[1].any[1].values[0]"));
        assertEquals("\"atLeast\" does not apply; rfmSegment takes equals, in, notEquals, notIn",
                violations.get("rule.all[2].operator"));
        assertTrue(violations.get("rule.all[3].field").startsWith("unknown field \"loyaltyTier\"; known fields: customerId,"),
                violations.get("rule.all[3].field"));
    }

    private org.retentionsuite.proto.segmentation.v1.ChurnRisk score(String customer) {
        return segmentation.scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest.newBuilder().setCustomerId(customer).build())
                .getChurnRisk();
    }

    private CustomerRfm rfm(String customer) {
        return segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customer).build())
                .getInsights().getRfm();
    }

    private static String dollars(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static CustomerAttributes attributes(String customer, String country, String language, String signedUpOn,
            String channel, long costCents) {
        return CustomerAttributes.newBuilder().setCustomerId(customer).setCountry(country).setLanguage(language)
                .setSignedUpOn(signedUpOn).setAcquisitionChannel(channel).setAcquisitionCost(usd(costCents)).build();
    }

    private void upsert(CustomerAttributes... customers) {
        segmentation.upsertCustomers(UpsertCustomersRequest.newBuilder().addAllCustomers(List.of(customers)).build());
    }

    private Segment create(String name, SegmentRule rule) {
        return segments.createSegment(CreateSegmentRequest.newBuilder().setName(name).setRule(rule).build()).getSegment();
    }

    private List<String> members(Segment segment) {
        return segments.listSegmentMembers(ListSegmentMembersRequest.newBuilder().setSegmentId(segment.getId()).build())
                .getMembersList().stream().map(SegmentMember::getCustomerId).toList();
    }
}
