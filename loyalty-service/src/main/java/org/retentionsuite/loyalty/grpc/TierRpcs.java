package org.retentionsuite.loyalty.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.mapping.ChallengeMapper;
import org.retentionsuite.loyalty.mapping.TierMapper;
import org.retentionsuite.loyalty.service.ChallengeService;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.TierService;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeRequest;
import org.retentionsuite.proto.loyalty.v1.CreateChallengeResponse;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderResponse;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersResponse;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardRequest;
import org.retentionsuite.proto.loyalty.v1.GetLeaderboardResponse;
import org.retentionsuite.proto.loyalty.v1.GetTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.GetTierLadderResponse;
import org.retentionsuite.proto.loyalty.v1.ListBadgesRequest;
import org.retentionsuite.proto.loyalty.v1.ListBadgesResponse;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesRequest;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesResponse;

/** Recognition: the tier ladder and its evaluation, challenges, badges and the leaderboard. */
@ApplicationScoped
class TierRpcs {

    private final TierService tiers;
    private final ChallengeService challenges;
    private final IdempotencyGuard idempotency;
    private final TierMapper tierMapper;
    private final ChallengeMapper challengeMapper;

    TierRpcs(TierService tiers, ChallengeService challenges, IdempotencyGuard idempotency, TierMapper tierMapper,
            ChallengeMapper challengeMapper) {
        this.tiers = tiers;
        this.challenges = challenges;
        this.idempotency = idempotency;
        this.tierMapper = tierMapper;
        this.challengeMapper = challengeMapper;
    }

    CreateTierLadderResponse createLadder(CreateTierLadderRequest request) {
        return idempotency.onceIfKeyed("tier-ladder:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CreateTierLadderResponse.parser(), () -> CreateTierLadderResponse.newBuilder()
                        .setLadder(tierMapper.toProto(tiers.createLadder(tierMapper.toDraft(request)))).build());
    }

    GetTierLadderResponse ladder(GetTierLadderRequest request) {
        return GetTierLadderResponse.newBuilder().setLadder(tierMapper.toProto(tiers.ladder(request.getProgramId()))).build();
    }

    EvaluateTiersResponse evaluate(EvaluateTiersRequest request) {
        return idempotency.onceIfKeyed("evaluate:" + request.getProgramId(), request.getIdempotencyKey(), request,
                EvaluateTiersResponse.parser(), () -> tierMapper.toProto(tiers.evaluate(request.getProgramId())));
    }

    ListTierChangesResponse changes(ListTierChangesRequest request) {
        return tierMapper.toProto(tiers.changes(request.getProgramId(), request.getCustomerId()));
    }

    CreateChallengeResponse createChallenge(CreateChallengeRequest request) {
        return idempotency.onceIfKeyed("challenge:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CreateChallengeResponse.parser(), () -> CreateChallengeResponse.newBuilder()
                        .setChallenge(challengeMapper.toProto(challenges.createChallenge(challengeMapper.toDraft(request))))
                        .build());
    }

    ListBadgesResponse badges(ListBadgesRequest request) {
        return challengeMapper.toBadges(challenges.badges(request.getProgramId(), request.getCustomerId()));
    }

    GetLeaderboardResponse leaderboard(GetLeaderboardRequest request) {
        return challengeMapper.toLeaderboard(challenges.leaderboard(request.getProgramId(),
                challengeMapper.from(request), challengeMapper.to(request), request.getLimit()));
    }
}
