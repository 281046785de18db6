package org.retentionsuite.loyalty.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.loyalty.v1.*;

import java.util.function.Supplier;

/**
 * The loyalty contract. One proto service is one Quarkus gRPC service, so this class only hands
 * each call to the RPCs of its domain area ({@link ProgramRpcs}, {@link MemberRpcs},
 * {@link EarningRpcs}, {@link RewardRpcs}, {@link TierRpcs}). Errors map in {@link DomainStatusMapping}.
 */
@GrpcService
@Blocking
public class LoyaltyGrpcService extends MutinyLoyaltyServiceGrpc.LoyaltyServiceImplBase {

    private final ProgramRpcs programs;
    private final MemberRpcs members;
    private final EarningRpcs earning;
    private final RewardRpcs rewards;
    private final TierRpcs tiers;

    public LoyaltyGrpcService(ProgramRpcs programs, MemberRpcs members, EarningRpcs earning, RewardRpcs rewards, TierRpcs tiers) {
        this.programs = programs;
        this.members = members;
        this.earning = earning;
        this.rewards = rewards;
        this.tiers = tiers;
    }

    @Override
    public Uni<CreateProgramResponse> createProgram(CreateProgramRequest request) {
        return reply(() -> programs.createProgram(request));
    }

    @Override
    public Uni<GetProgramResponse> getProgram(GetProgramRequest request) {
        return reply(() -> programs.getProgram(request));
    }

    @Override
    public Uni<EnrollMemberResponse> enrollMember(EnrollMemberRequest request) {
        return reply(() -> members.enroll(request));
    }

    @Override
    public Uni<GetMemberResponse> getMember(GetMemberRequest request) {
        return reply(() -> members.get(request));
    }

    @Override
    public Uni<ListMembersResponse> listMembers(ListMembersRequest request) {
        return reply(() -> members.list(request));
    }

    @Override
    public Uni<SuspendMemberResponse> suspendMember(SuspendMemberRequest request) {
        return reply(() -> members.suspend(request));
    }

    @Override
    public Uni<ReactivateMemberResponse> reactivateMember(ReactivateMemberRequest request) {
        return reply(() -> members.reactivate(request));
    }

    @Override
    public Uni<CreateTierLadderResponse> createTierLadder(CreateTierLadderRequest request) {
        return reply(() -> tiers.createLadder(request));
    }

    @Override
    public Uni<GetTierLadderResponse> getTierLadder(GetTierLadderRequest request) {
        return reply(() -> tiers.ladder(request));
    }

    @Override
    public Uni<EvaluateTiersResponse> evaluateTiers(EvaluateTiersRequest request) {
        return reply(() -> tiers.evaluate(request));
    }

    @Override
    public Uni<ListTierChangesResponse> listTierChanges(ListTierChangesRequest request) {
        return reply(() -> tiers.changes(request));
    }

    @Override
    public Uni<CreateEventRuleResponse> createEventRule(CreateEventRuleRequest request) {
        return reply(() -> programs.createEventRule(request));
    }

    @Override
    public Uni<RecordEventResponse> recordEvent(RecordEventRequest request) {
        return reply(() -> earning.recordEvent(request));
    }

    @Override
    public Uni<AdjustPointsResponse> adjustPoints(AdjustPointsRequest request) {
        return reply(() -> earning.adjustPoints(request));
    }

    @Override
    public Uni<ExportMemberResponse> exportMember(ExportMemberRequest request) {
        return reply(() -> members.export(request));
    }

    @Override
    public Uni<ForgetMemberResponse> forgetMember(ForgetMemberRequest request) {
        return reply(() -> members.forget(request));
    }

    @Override
    public Uni<CreateChallengeResponse> createChallenge(CreateChallengeRequest request) {
        return reply(() -> tiers.createChallenge(request));
    }

    @Override
    public Uni<ListBadgesResponse> listBadges(ListBadgesRequest request) {
        return reply(() -> tiers.badges(request));
    }

    @Override
    public Uni<GetLeaderboardResponse> getLeaderboard(GetLeaderboardRequest request) {
        return reply(() -> tiers.leaderboard(request));
    }

    @Override
    public Uni<CreateEarningRuleResponse> createEarningRule(CreateEarningRuleRequest request) {
        return reply(() -> programs.createEarningRule(request));
    }

    @Override
    public Uni<RecordPurchaseResponse> recordPurchase(RecordPurchaseRequest request) {
        return reply(() -> earning.recordPurchase(request));
    }

    @Override
    public Uni<RecordReturnResponse> recordReturn(RecordReturnRequest request) {
        return reply(() -> earning.recordReturn(request));
    }

    @Override
    public Uni<ListLedgerEntriesResponse> listLedgerEntries(ListLedgerEntriesRequest request) {
        return reply(() -> earning.listLedgerEntries(request));
    }

    @Override
    public Uni<ListExpiringPointsResponse> listExpiringPoints(ListExpiringPointsRequest request) {
        return reply(() -> earning.listExpiringPoints(request));
    }

    @Override
    public Uni<CreateRewardResponse> createReward(CreateRewardRequest request) {
        return reply(() -> rewards.createReward(request));
    }

    @Override
    public Uni<ListRewardsResponse> listRewards(ListRewardsRequest request) {
        return reply(() -> rewards.listRewards(request));
    }

    @Override
    public Uni<RedeemRewardResponse> redeemReward(RedeemRewardRequest request) {
        return reply(() -> rewards.redeem(request));
    }

    @Override
    public Uni<CommitRedemptionResponse> commitRedemption(CommitRedemptionRequest request) {
        return reply(() -> rewards.commit(request));
    }

    @Override
    public Uni<CancelRedemptionResponse> cancelRedemption(CancelRedemptionRequest request) {
        return reply(() -> rewards.cancel(request));
    }

    @Override
    public Uni<OfferRewardResponse> offerReward(OfferRewardRequest request) {
        return reply(() -> rewards.offer(request));
    }

    private static <T> Uni<T> reply(Supplier<T> call) {
        return Uni.createFrom().item(call);
    }
}
