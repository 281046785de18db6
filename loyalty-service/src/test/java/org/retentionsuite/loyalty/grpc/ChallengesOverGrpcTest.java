package org.retentionsuite.loyalty.grpc;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.Badge;
import org.retentionsuite.proto.loyalty.v1.ChallengeMetric;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LeaderboardEntry;
import org.retentionsuite.proto.loyalty.v1.ListBadgesRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.timestamp;

@QuarkusTest
class ChallengesOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Test
    void threePurchasesInThirtyDaysEarnTheBadgeAndItsBonusOnce() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String challenge = loyalty.createChallenge(CreateChallengeRequest.newBuilder().setProgramId(program)
                .setName("Regular").setBadge("regular").setMetric(ChallengeMetric.CHALLENGE_METRIC_PURCHASES)
                .setTarget(3).setWindowDays(30).setBonusPoints(100).build()).getChallenge().getId();
        String customer = newMember(loyalty, program);
        Instant now = Instant.now();

        // The first purchase is outside the 30 days of the fourth: only the last three count.
        buy(program, customer, "O-1", now.minus(Duration.ofDays(41)));
        buy(program, customer, "O-2", now.minus(Duration.ofDays(20)));
        buy(program, customer, "O-3", now.minus(Duration.ofDays(10)));
        List<Badge> afterThree = badges(program, customer);
        buy(program, customer, "O-4", now);
        buy(program, customer, "O-5", now);

        assertEquals(List.of(), afterThree); // O-3 had only O-2 and O-3 in its 30 days
        List<Badge> badges = badges(program, customer);
        assertEquals(List.of("regular"), badges.stream().map(Badge::getBadge).toList());
        assertEquals(challenge, badges.get(0).getChallengeId());
        assertEquals(5 * 10 + 100, loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).build()).getMember().getBalance().getActive());
    }

    @Test
    void theLeaderboardRanksMembersByPointsEarnedInThePeriod() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        Instant now = Instant.now();
        loyalty.enrollMember(org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("ada").build());
        loyalty.enrollMember(org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("bob").build());
        loyalty.enrollMember(org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("cyd").build());
        loyalty.recordPurchase(purchase(program, "ada", "A-1", 30_00).toBuilder().setOccurredAt(timestamp(now)).build());
        loyalty.recordPurchase(purchase(program, "bob", "B-1", 50_00).toBuilder().setOccurredAt(timestamp(now)).build());
        loyalty.recordPurchase(purchase(program, "cyd", "C-1", 90_00)
                .toBuilder().setOccurredAt(timestamp(now.minus(Duration.ofDays(60)))).build());

        List<LeaderboardEntry> board = loyalty.getLeaderboard(GetLeaderboardRequest.newBuilder().setProgramId(program)
                .setFrom(timestamp(now.minus(Duration.ofDays(30)))).setTo(timestamp(now.plusSeconds(60))).build())
                .getEntriesList();

        assertEquals(List.of(
                LeaderboardEntry.newBuilder().setRank(1).setCustomerId("bob").setPointsEarned(50).build(),
                LeaderboardEntry.newBuilder().setRank(2).setCustomerId("ada").setPointsEarned(30).build()), board);
    }

    private void buy(String program, String customer, String order, Instant at) {
        loyalty.recordPurchase(purchase(program, customer, order, 10_00).toBuilder().setOccurredAt(timestamp(at)).build());
    }

    private List<Badge> badges(String program, String customer) {
        return loyalty.listBadges(ListBadgesRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getBadgesList();
    }
}
