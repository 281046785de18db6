package org.retentionsuite.loyalty.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.loyalty.domain.PurchaseDraft;
import org.retentionsuite.loyalty.domain.ReturnDraft;
import org.retentionsuite.loyalty.mapping.ChallengeMapper;
import org.retentionsuite.loyalty.mapping.LedgerMapper;
import org.retentionsuite.loyalty.mapping.LoyaltyMapper;
import org.retentionsuite.loyalty.mapping.PrivacyMapper;
import org.retentionsuite.loyalty.mapping.RewardMapper;
import org.retentionsuite.loyalty.mapping.TierMapper;
import org.retentionsuite.loyalty.service.ChallengeService;
import org.retentionsuite.loyalty.service.EarningRuleService;
import org.retentionsuite.loyalty.service.EventService;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.LedgerQueries;
import org.retentionsuite.loyalty.service.MembershipService;
import org.retentionsuite.loyalty.service.PrivacyService;
import org.retentionsuite.loyalty.service.ProgramService;
import org.retentionsuite.loyalty.service.PurchaseService;
import org.retentionsuite.loyalty.service.RedemptionService;
import org.retentionsuite.loyalty.service.ReturnService;
import org.retentionsuite.loyalty.service.RewardService;
import org.retentionsuite.loyalty.service.TierService;
import org.retentionsuite.proto.loyalty.v1.*;

import java.util.function.Supplier;

/**
 * The loyalty contract: maps requests, calls a use case, maps the reply. Errors map in
 * {@link DomainStatusMapping}; requests that change balances run once per idempotency key.
 */
@GrpcService
@Blocking
public class LoyaltyGrpcService extends MutinyLoyaltyServiceGrpc.LoyaltyServiceImplBase {

    private final ProgramService programs;
    private final MembershipService memberships;
    private final EarningRuleService earningRules;
    private final PurchaseService purchases;
    private final ReturnService returns;
    private final LedgerQueries ledger;
    private final RewardService rewards;
    private final RedemptionService redemptions;
    private final TierService tiers;
    private final EventService events;
    private final PrivacyService privacy;
    private final ChallengeService challenges;
    private final IdempotencyGuard idempotency;
    private final LoyaltyMapper mapper;
    private final LedgerMapper ledgerMapper;
    private final RewardMapper rewardMapper;
    private final TierMapper tierMapper;
    private final PrivacyMapper privacyMapper;
    private final ChallengeMapper challengeMapper;

    public LoyaltyGrpcService(ProgramService programs, MembershipService memberships, EarningRuleService earningRules,
            PurchaseService purchases, ReturnService returns, LedgerQueries ledger, RewardService rewards,
            RedemptionService redemptions, TierService tiers, EventService events, PrivacyService privacy,
            ChallengeService challenges, IdempotencyGuard idempotency, LoyaltyMapper mapper, LedgerMapper ledgerMapper,
            RewardMapper rewardMapper, TierMapper tierMapper, PrivacyMapper privacyMapper, ChallengeMapper challengeMapper) {
        this.programs = programs;
        this.memberships = memberships;
        this.earningRules = earningRules;
        this.purchases = purchases;
        this.returns = returns;
        this.ledger = ledger;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.ledgerMapper = ledgerMapper;
        this.rewardMapper = rewardMapper;
        this.tiers = tiers;
        this.events = events;
        this.privacy = privacy;
        this.tierMapper = tierMapper;
        this.privacyMapper = privacyMapper;
        this.challenges = challenges;
        this.challengeMapper = challengeMapper;
    }

    @Override
    public Uni<CreateProgramResponse> createProgram(CreateProgramRequest request) {
        return reply(() -> CreateProgramResponse.newBuilder()
                .setProgram(mapper.toProto(programs.createProgram(mapper.toTerms(request)))).build());
    }

    @Override
    public Uni<GetProgramResponse> getProgram(GetProgramRequest request) {
        return reply(() -> GetProgramResponse.newBuilder()
                .setProgram(mapper.toProto(programs.getProgram(request.getProgramId()))).build());
    }

    @Override
    public Uni<EnrollMemberResponse> enrollMember(EnrollMemberRequest request) {
        return reply(() -> EnrollMemberResponse.newBuilder()
                .setMember(mapper.toProto(memberships.enroll(mapper.toEnrollment(request)))).build());
    }

    @Override
    public Uni<GetMemberResponse> getMember(GetMemberRequest request) {
        return reply(() -> GetMemberResponse.newBuilder()
                .setMember(mapper.toProto(memberships.getMember(request.getProgramId(), request.getCustomerId()))).build());
    }

    @Override
    public Uni<ListMembersResponse> listMembers(ListMembersRequest request) {
        return reply(() -> mapper.toProto(memberships.listMembers(mapper.toFilter(request))));
    }

    @Override
    public Uni<SuspendMemberResponse> suspendMember(SuspendMemberRequest request) {
        return reply(() -> SuspendMemberResponse.newBuilder().setMember(mapper.toProto(
                memberships.suspend(request.getProgramId(), request.getCustomerId(), request.getReason()))).build());
    }

    @Override
    public Uni<ReactivateMemberResponse> reactivateMember(ReactivateMemberRequest request) {
        return reply(() -> ReactivateMemberResponse.newBuilder().setMember(mapper.toProto(
                memberships.reactivate(request.getProgramId(), request.getCustomerId()))).build());
    }

    @Override
    public Uni<CreateTierLadderResponse> createTierLadder(CreateTierLadderRequest request) {
        return reply(() -> CreateTierLadderResponse.newBuilder()
                .setLadder(tierMapper.toProto(tiers.createLadder(tierMapper.toDraft(request)))).build());
    }

    @Override
    public Uni<GetTierLadderResponse> getTierLadder(GetTierLadderRequest request) {
        return reply(() -> GetTierLadderResponse.newBuilder()
                .setLadder(tierMapper.toProto(tiers.ladder(request.getProgramId()))).build());
    }

    @Override
    public Uni<EvaluateTiersResponse> evaluateTiers(EvaluateTiersRequest request) {
        return reply(() -> tierMapper.toProto(tiers.evaluate(request.getProgramId())));
    }

    @Override
    public Uni<ListTierChangesResponse> listTierChanges(ListTierChangesRequest request) {
        return reply(() -> tierMapper.toProto(tiers.changes(request.getProgramId(), request.getCustomerId())));
    }

    @Override
    public Uni<CreateEventRuleResponse> createEventRule(CreateEventRuleRequest request) {
        return reply(() -> CreateEventRuleResponse.newBuilder().setRule(rewardMapper.toProto(events.createRule(
                request.getProgramId(), request.getEventKey(), request.getPoints(), request.getCapCount(),
                rewardMapper.toCapPeriod(request.getCapPeriod()), rewardMapper.activeFrom(request),
                rewardMapper.activeUntil(request)))).build());
    }

    @Override
    public Uni<RecordEventResponse> recordEvent(RecordEventRequest request) {
        return reply(() -> idempotency.once("event:" + request.getProgramId(), request.getIdempotencyKey(), request,
                RecordEventResponse.parser(), () -> rewardMapper.toProto(events.record(request.getProgramId(),
                        request.getCustomerId(), request.getEventKey(), rewardMapper.occurredAt(request)))));
    }

    @Override
    public Uni<ExportMemberResponse> exportMember(ExportMemberRequest request) {
        return reply(() -> privacyMapper.toProto(privacy.export(request.getCustomerId(), request.getProgramId())));
    }

    @Override
    public Uni<ForgetMemberResponse> forgetMember(ForgetMemberRequest request) {
        return reply(() -> ForgetMemberResponse.newBuilder()
                .setMembershipsForgotten(privacy.forget(request.getCustomerId(), request.getProgramId())).build());
    }

    @Override
    public Uni<CreateChallengeResponse> createChallenge(CreateChallengeRequest request) {
        return reply(() -> CreateChallengeResponse.newBuilder().setChallenge(
                challengeMapper.toProto(challenges.createChallenge(challengeMapper.toDraft(request)))).build());
    }

    @Override
    public Uni<ListBadgesResponse> listBadges(ListBadgesRequest request) {
        return reply(() -> challengeMapper.toBadges(challenges.badges(request.getProgramId(), request.getCustomerId())));
    }

    @Override
    public Uni<GetLeaderboardResponse> getLeaderboard(GetLeaderboardRequest request) {
        return reply(() -> challengeMapper.toLeaderboard(challenges.leaderboard(request.getProgramId(),
                challengeMapper.from(request), challengeMapper.to(request), request.getLimit())));
    }

    @Override
    public Uni<CreateEarningRuleResponse> createEarningRule(CreateEarningRuleRequest request) {
        return reply(() -> CreateEarningRuleResponse.newBuilder().setRule(rewardMapper.toProto(earningRules.createRule(
                request.getProgramId(), rewardMapper.toMatch(request.getMatch()), request.getValue(), request.getMultiplier(),
                rewardMapper.activeFrom(request), rewardMapper.activeUntil(request)))).build());
    }

    @Override
    public Uni<RecordPurchaseResponse> recordPurchase(RecordPurchaseRequest request) {
        return reply(() -> {
            PurchaseDraft draft = ledgerMapper.toDraft(request);
            return idempotency.once("purchase:" + draft.programId(), draft.idempotencyKey(), request,
                    RecordPurchaseResponse.parser(), () -> ledgerMapper.toProto(purchases.recordPurchase(draft)));
        });
    }

    @Override
    public Uni<RecordReturnResponse> recordReturn(RecordReturnRequest request) {
        return reply(() -> {
            ReturnDraft draft = ledgerMapper.toDraft(request);
            // The return id makes a return apply once; an explicit key may be given as well.
            String key = request.getIdempotencyKey().isBlank() ? draft.returnId() : request.getIdempotencyKey();
            return idempotency.once("return:" + draft.programId(), key, request.toBuilder().clearIdempotencyKey().build(),
                    RecordReturnResponse.parser(), () -> ledgerMapper.toProto(returns.recordReturn(draft)));
        });
    }

    @Override
    public Uni<ListLedgerEntriesResponse> listLedgerEntries(ListLedgerEntriesRequest request) {
        return reply(() -> ledgerMapper.toProto(ledger.entries(request.getProgramId(), request.getCustomerId(),
                request.getPageSize(), request.getPageToken())));
    }

    @Override
    public Uni<ListExpiringPointsResponse> listExpiringPoints(ListExpiringPointsRequest request) {
        return reply(() -> ledgerMapper.toProto(ledger.expiring(request.getProgramId(), request.getCustomerId(),
                request.getDays())));
    }

    @Override
    public Uni<CreateRewardResponse> createReward(CreateRewardRequest request) {
        return reply(() -> CreateRewardResponse.newBuilder()
                .setReward(rewardMapper.toProto(rewards.createReward(rewardMapper.toDraft(request)))).build());
    }

    @Override
    public Uni<ListRewardsResponse> listRewards(ListRewardsRequest request) {
        return reply(() -> {
            ListRewardsResponse.Builder response = ListRewardsResponse.newBuilder();
            rewards.listRewards(request.getProgramId()).forEach(r -> response.addRewards(rewardMapper.toProto(r)));
            return response.build();
        });
    }

    @Override
    public Uni<RedeemRewardResponse> redeemReward(RedeemRewardRequest request) {
        return reply(() -> idempotency.once("redeem:" + request.getProgramId(), request.getIdempotencyKey(), request,
                RedeemRewardResponse.parser(), () -> {
                    RedemptionService.Redeemed redeemed = redemptions.redeem(request.getProgramId(),
                            request.getCustomerId(), request.getRewardId(), request.getReserve());
                    return RedeemRewardResponse.newBuilder().setRedemption(rewardMapper.toProto(redeemed))
                            .setBalance(rewardMapper.toBalance(redeemed)).build();
                }));
    }

    @Override
    public Uni<CommitRedemptionResponse> commitRedemption(CommitRedemptionRequest request) {
        return reply(() -> CommitRedemptionResponse.newBuilder().setRedemption(rewardMapper.toProto(
                redemptions.commit(request.getProgramId(), request.getRedemptionId()))).build());
    }

    @Override
    public Uni<CancelRedemptionResponse> cancelRedemption(CancelRedemptionRequest request) {
        return reply(() -> {
            RedemptionService.Redeemed cancelled = redemptions.cancel(request.getProgramId(), request.getRedemptionId());
            return CancelRedemptionResponse.newBuilder().setRedemption(rewardMapper.toProto(cancelled))
                    .setBalance(rewardMapper.toBalance(cancelled)).build();
        });
    }

    private static <T> Uni<T> reply(Supplier<T> call) {
        return Uni.createFrom().item(call);
    }
}
