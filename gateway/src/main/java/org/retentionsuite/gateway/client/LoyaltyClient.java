package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardResponse;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;
import org.retentionsuite.proto.loyalty.v1.Badge;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionResponse;
import org.retentionsuite.proto.loyalty.v1.Challenge;
import org.retentionsuite.proto.loyalty.v1.CommitRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CommitRedemptionResponse;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeRequest;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeResponse;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleResponse;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleResponse;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramResponse;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardResponse;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderResponse;
import org.retentionsuite.proto.loyalty.v1.EarningRule;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberResponse;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersResponse;
import org.retentionsuite.proto.loyalty.v1.EventRule;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardResponse;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.GetProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetProgramResponse;
import org.retentionsuite.proto.loyalty.v1.GetTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.GetTierLadderResponse;
import org.retentionsuite.proto.loyalty.v1.LeaderboardEntry;
import org.retentionsuite.proto.loyalty.v1.ListBadgesRequest;
import org.retentionsuite.proto.loyalty.v1.ListBadgesResponse;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsRequest;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesResponse;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersResponse;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsResponse;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesRequest;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesResponse;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc.MutinyLoyaltyServiceStub;
import org.retentionsuite.proto.loyalty.v1.Program;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberResponse;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnResponse;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardResponse;
import org.retentionsuite.proto.loyalty.v1.Reward;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberResponse;
import org.retentionsuite.proto.loyalty.v1.TierChange;
import org.retentionsuite.proto.loyalty.v1.TierLadder;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** The loyalty service, as the gateway calls it. */
@ApplicationScoped
public class LoyaltyClient {

    static final String SERVICE = "loyalty";

    private final MutinyLoyaltyServiceStub stub;
    private final Duration deadline;

    public LoyaltyClient(@GrpcClient(SERVICE) MutinyLoyaltyServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<Program> createProgram(CreateProgramRequest request) {
        return call(s -> s.createProgram(request)).map(CreateProgramResponse::getProgram);
    }

    public Uni<Program> getProgram(String programId) {
        return call(s -> s.getProgram(GetProgramRequest.newBuilder().setProgramId(programId).build()))
                .map(GetProgramResponse::getProgram);
    }

    public Uni<Member> enrollMember(EnrollMemberRequest request) {
        return call(s -> s.enrollMember(request)).map(EnrollMemberResponse::getMember);
    }

    public Uni<Member> getMember(String programId, String customerId) {
        return call(s -> s.getMember(GetMemberRequest.newBuilder().setProgramId(programId).setCustomerId(customerId).build()))
                .map(GetMemberResponse::getMember);
    }

    public Uni<ListMembersResponse> listMembers(ListMembersRequest request) {
        return call(s -> s.listMembers(request));
    }

    public Uni<Member> suspendMember(String programId, String customerId, String reason, String idempotencyKey) {
        return call(s -> s.suspendMember(SuspendMemberRequest.newBuilder().setProgramId(programId)
                .setCustomerId(customerId).setReason(reason).setIdempotencyKey(idempotencyKey).build()))
                .map(SuspendMemberResponse::getMember);
    }

    public Uni<Member> reactivateMember(String programId, String customerId, String idempotencyKey) {
        return call(s -> s.reactivateMember(ReactivateMemberRequest.newBuilder()
                .setProgramId(programId).setCustomerId(customerId).setIdempotencyKey(idempotencyKey).build()))
                .map(ReactivateMemberResponse::getMember);
    }

    public Uni<TierLadder> createTierLadder(CreateTierLadderRequest request) {
        return call(s -> s.createTierLadder(request)).map(CreateTierLadderResponse::getLadder);
    }

    public Uni<TierLadder> getTierLadder(String programId) {
        return call(s -> s.getTierLadder(GetTierLadderRequest.newBuilder().setProgramId(programId).build()))
                .map(GetTierLadderResponse::getLadder);
    }

    public Uni<EvaluateTiersResponse> evaluateTiers(String programId, String idempotencyKey) {
        return call(s -> s.evaluateTiers(EvaluateTiersRequest.newBuilder().setProgramId(programId)
                .setIdempotencyKey(idempotencyKey).build()));
    }

    public Uni<List<TierChange>> listTierChanges(String programId, String customerId) {
        return call(s -> s.listTierChanges(ListTierChangesRequest.newBuilder()
                .setProgramId(programId).setCustomerId(customerId).build()))
                .map(ListTierChangesResponse::getChangesList);
    }

    public Uni<EventRule> createEventRule(CreateEventRuleRequest request) {
        return call(s -> s.createEventRule(request)).map(CreateEventRuleResponse::getRule);
    }

    public Uni<RecordEventResponse> recordEvent(RecordEventRequest request) {
        return call(s -> s.recordEvent(request));
    }

    public Uni<Challenge> createChallenge(CreateChallengeRequest request) {
        return call(s -> s.createChallenge(request)).map(CreateChallengeResponse::getChallenge);
    }

    public Uni<List<Badge>> listBadges(String programId, String customerId) {
        return call(s -> s.listBadges(ListBadgesRequest.newBuilder().setProgramId(programId).setCustomerId(customerId).build()))
                .map(ListBadgesResponse::getBadgesList);
    }

    public Uni<List<LeaderboardEntry>> getLeaderboard(GetLeaderboardRequest request) {
        return call(s -> s.getLeaderboard(request)).map(GetLeaderboardResponse::getEntriesList);
    }

    public Uni<EarningRule> createEarningRule(CreateEarningRuleRequest request) {
        return call(s -> s.createEarningRule(request)).map(CreateEarningRuleResponse::getRule);
    }

    public Uni<RecordPurchaseResponse> recordPurchase(RecordPurchaseRequest request) {
        return call(s -> s.recordPurchase(request));
    }

    public Uni<RecordReturnResponse> recordReturn(RecordReturnRequest request) {
        return call(s -> s.recordReturn(request));
    }

    public Uni<ListLedgerEntriesResponse> listLedgerEntries(ListLedgerEntriesRequest request) {
        return call(s -> s.listLedgerEntries(request));
    }

    public Uni<ListExpiringPointsResponse> listExpiringPoints(ListExpiringPointsRequest request) {
        return call(s -> s.listExpiringPoints(request));
    }

    public Uni<Reward> createReward(CreateRewardRequest request) {
        return call(s -> s.createReward(request)).map(CreateRewardResponse::getReward);
    }

    public Uni<List<Reward>> listRewards(String programId) {
        return call(s -> s.listRewards(ListRewardsRequest.newBuilder().setProgramId(programId).build()))
                .map(ListRewardsResponse::getRewardsList);
    }

    public Uni<RedeemRewardResponse> redeemReward(RedeemRewardRequest request) {
        return call(s -> s.redeemReward(request));
    }

    public Uni<CommitRedemptionResponse> commitRedemption(String programId, String redemptionId, String idempotencyKey) {
        return call(s -> s.commitRedemption(CommitRedemptionRequest.newBuilder()
                .setProgramId(programId).setRedemptionId(redemptionId).setIdempotencyKey(idempotencyKey).build()));
    }

    public Uni<CancelRedemptionResponse> cancelRedemption(String programId, String redemptionId, String idempotencyKey) {
        return call(s -> s.cancelRedemption(CancelRedemptionRequest.newBuilder()
                .setProgramId(programId).setRedemptionId(redemptionId).setIdempotencyKey(idempotencyKey).build()));
    }

    public Uni<OfferRewardResponse> offerReward(OfferRewardRequest request) {
        return call(s -> s.offerReward(request));
    }

    public Uni<AdjustPointsResponse> adjustPoints(AdjustPointsRequest request) {
        return call(s -> s.adjustPoints(request));
    }

    private <T> Uni<T> call(Function<MutinyLoyaltyServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SERVICE, stub, deadline, rpc);
    }
}
