package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.MovableClock;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersResponse;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.Tier;
import org.retentionsuite.proto.loyalty.v1.TierBasis;
import org.retentionsuite.proto.loyalty.v1.TierChange;
import org.retentionsuite.proto.loyalty.v1.TierWindowKind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.euros;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.timestamp;

@QuarkusTest
class TiersOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPurchaseThatReachesTheNextTierUpgradesAtOnceAndItsMultiplierCountsFromTheNextPurchase() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        ladder(program, TierBasis.TIER_BASIS_POINTS_EARNED, TierWindowKind.TIER_WINDOW_KIND_ROLLING_DAYS, 365);
        String customer = newMember(loyalty, program);

        loyalty.recordPurchase(purchase(program, customer, "O-1", 100_00));
        String tierAfterFirst = tier(program, customer);
        RecordPurchaseResponse second = loyalty.recordPurchase(purchase(program, customer, "O-2", 100_00));

        assertEquals("Silver", tierAfterFirst);
        assertEquals(150, second.getPointsEarned());
        assertEquals("tier:Silver", second.getBreakdown(1).getRule());
        assertEquals("Silver tier 1.5x", second.getBreakdown(1).getDescription());
        assertEquals("Gold", tier(program, customer)); // 250 points earned
        List<TierChange> changes = changes(program, customer);
        assertEquals(List.of("Gold", "Silver"), changes.stream().map(TierChange::getToTier).toList());
        assertEquals(List.of("Silver", ""), changes.stream().map(TierChange::getFromTier).toList());
        assertTrue(changes.get(0).getReason().startsWith("reached 250 points earned since "), changes.get(0).getReason());
    }

    @Test
    void aMemberMovesDownOnlyWhenThePeriodIsEvaluated() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        ladder(program, TierBasis.TIER_BASIS_POINTS_EARNED, TierWindowKind.TIER_WINDOW_KIND_ROLLING_DAYS, 30);
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 250_00));

        clock.advance(Duration.ofDays(31));
        loyalty.recordPurchase(purchase(program, customer, "O-2", 10_00).toBuilder()
                .setOccurredAt(timestamp(clock.instant())).build());
        String beforeEvaluation = tier(program, customer);
        EvaluateTiersResponse evaluation = loyalty.evaluateTiers(EvaluateTiersRequest.newBuilder().setProgramId(program).build());
        EvaluateTiersResponse again = loyalty.evaluateTiers(EvaluateTiersRequest.newBuilder().setProgramId(program).build());

        assertEquals("Gold", beforeEvaluation);
        assertEquals(EvaluateTiersResponse.newBuilder().setDowngraded(1).build(), evaluation);
        assertEquals(EvaluateTiersResponse.newBuilder().setUnchanged(1).build(), again);
        assertEquals("", tier(program, customer)); // 20 points in the last 30 days: below Silver
        assertTrue(changes(program, customer).get(0).getReason().startsWith("period evaluation: 20 points earned from "));
    }

    @Test
    void aCalendarYearLadderEvaluatesTheYearThatEndedInTheProgrammesZone() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        ladder(program, TierBasis.TIER_BASIS_SPEND, TierWindowKind.TIER_WINDOW_KIND_CALENDAR_YEAR, 0);
        String customer = newMember(loyalty, program);
        Instant lastYear = clock.instant().atZone(ZoneId.of("Europe/Amsterdam")).minusYears(1).toInstant();
        loyalty.recordPurchase(purchase(program, customer, "O-1", 300_00).toBuilder().setOccurredAt(timestamp(lastYear)).build());
        loyalty.recordReturn(RecordReturnRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReturnId("R-1").setOrderId("O-1").setAmount(euros(60_00)).build());
        String afterPurchase = tier(program, customer);

        loyalty.evaluateTiers(EvaluateTiersRequest.newBuilder().setProgramId(program).build());

        assertEquals("", afterPurchase); // last year's spend does not count for this year's upgrade
        assertEquals("Gold", tier(program, customer)); // 240.00 EUR = 24000 minor units spent last year
    }

    @Test
    void aLadderWithClashingTiersNamesEachProblem() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.createTierLadder(
                CreateTierLadderRequest.newBuilder().setProgramId(program)
                        .setBasis(TierBasis.TIER_BASIS_POINTS_EARNED)
                        .setWindowKind(TierWindowKind.TIER_WINDOW_KIND_ROLLING_DAYS)
                        .addTiers(Tier.newBuilder().setName("Gold").setThreshold(100))
                        .addTiers(Tier.newBuilder().setName("Gold").setThreshold(100).setEarnMultiplier("0.5"))
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "window_days", "must be between 1 and 3660 for a rolling window",
                "tiers[1].name", "names another tier too",
                "tiers[1].threshold", "is the threshold of another tier too",
                "tiers[1].earn_multiplier", "must be at least 1"), ProgramsOverGrpcTest.fieldViolations(refused));
    }

    private void ladder(String program, TierBasis basis, TierWindowKind window, int days) {
        long scale = basis == TierBasis.TIER_BASIS_SPEND ? 100 : 1; // spend counts minor units
        loyalty.createTierLadder(CreateTierLadderRequest.newBuilder().setProgramId(program).setBasis(basis)
                .setWindowKind(window).setWindowDays(days)
                .addTiers(Tier.newBuilder().setName("Gold").setThreshold(200 * scale).setEarnMultiplier("2").addPerks("lounge"))
                .addTiers(Tier.newBuilder().setName("Silver").setThreshold(100 * scale).setEarnMultiplier("1.5"))
                .build());
    }

    private String tier(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getTier();
    }

    private List<TierChange> changes(String program, String customer) {
        return loyalty.listTierChanges(ListTierChangesRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .build()).getChangesList();
    }
}
