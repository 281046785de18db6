package org.retentionsuite.loyalty.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.mapping.RewardMapper;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.RedemptionService;
import org.retentionsuite.loyalty.service.RewardService;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionResponse;
import org.retentionsuite.proto.loyalty.v1.CommitRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CommitRedemptionResponse;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardResponse;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsResponse;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardResponse;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardResponse;

/** The reward catalogue and redemptions. */
@ApplicationScoped
class RewardRpcs {

    private final RewardService rewards;
    private final RedemptionService redemptions;
    private final IdempotencyGuard idempotency;
    private final RewardMapper rewardMapper;

    RewardRpcs(RewardService rewards, RedemptionService redemptions, IdempotencyGuard idempotency,
            RewardMapper rewardMapper) {
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
        this.rewardMapper = rewardMapper;
    }

    CreateRewardResponse createReward(CreateRewardRequest request) {
        return idempotency.onceIfKeyed("reward:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CreateRewardResponse.parser(), () -> CreateRewardResponse.newBuilder()
                        .setReward(rewardMapper.toProto(rewards.createReward(rewardMapper.toDraft(request)))).build());
    }

    ListRewardsResponse listRewards(ListRewardsRequest request) {
        ListRewardsResponse.Builder response = ListRewardsResponse.newBuilder();
        rewards.listRewards(request.getProgramId()).forEach(r -> response.addRewards(rewardMapper.toProto(r)));
        return response.build();
    }

    RedeemRewardResponse redeem(RedeemRewardRequest request) {
        return idempotency.once("redeem:" + request.getProgramId(), request.getIdempotencyKey(), request,
                RedeemRewardResponse.parser(), () -> {
                    RedemptionService.Redeemed redeemed = redemptions.redeem(request.getProgramId(),
                            request.getCustomerId(), request.getRewardId(), request.getReserve());
                    return RedeemRewardResponse.newBuilder().setRedemption(rewardMapper.toProto(redeemed))
                            .setBalance(rewardMapper.toBalance(redeemed)).build();
                });
    }

    CommitRedemptionResponse commit(CommitRedemptionRequest request) {
        return idempotency.onceIfKeyed("commit:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CommitRedemptionResponse.parser(), () -> CommitRedemptionResponse.newBuilder().setRedemption(
                        rewardMapper.toProto(redemptions.commit(request.getProgramId(), request.getRedemptionId()))).build());
    }

    CancelRedemptionResponse cancel(CancelRedemptionRequest request) {
        return idempotency.onceIfKeyed("cancel:" + request.getProgramId(), request.getIdempotencyKey(), request,
                CancelRedemptionResponse.parser(), () -> {
                    RedemptionService.Redeemed cancelled = redemptions.cancel(request.getProgramId(),
                            request.getRedemptionId());
                    return CancelRedemptionResponse.newBuilder().setRedemption(rewardMapper.toProto(cancelled))
                            .setBalance(rewardMapper.toBalance(cancelled)).build();
                });
    }

    OfferRewardResponse offer(OfferRewardRequest request) {
        return idempotency.once("offer:" + request.getProgramId(), request.getIdempotencyKey(), request,
                OfferRewardResponse.parser(), () -> {
                    RedemptionService.Redeemed offered = redemptions.offer(request.getProgramId(),
                            request.getCustomerId(), request.getRewardId(), request.getReason());
                    return OfferRewardResponse.newBuilder().setRedemption(rewardMapper.toProto(offered))
                            .setBalance(rewardMapper.toBalance(offered)).build();
                });
    }
}
