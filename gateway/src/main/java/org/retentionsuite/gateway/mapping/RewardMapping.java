package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.api.RewardOffer;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.EarningRuleCreation;
import org.retentionsuite.gateway.api.EarningRuleMatch;
import org.retentionsuite.gateway.api.EarningRuleView;
import org.retentionsuite.gateway.api.MemberView;
import org.retentionsuite.gateway.api.RedemptionRequest;
import org.retentionsuite.gateway.api.RedemptionView;
import org.retentionsuite.gateway.api.RewardCreation;
import org.retentionsuite.gateway.api.RewardKind;
import org.retentionsuite.gateway.api.RewardList;
import org.retentionsuite.gateway.api.RewardView;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.EarningRule;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.Redemption;
import org.retentionsuite.proto.loyalty.v1.Reward;

import java.util.List;
import java.util.TreeMap;

import static org.retentionsuite.gateway.mapping.LoyaltyMapping.apiValue;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** Earning rules, the reward catalogue and redemptions: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class RewardMapping {

    private static final String MATCH = "EARNING_RULE_MATCH_";
    private static final String KIND = "REWARD_KIND_";

    /** The optional {@code Idempotency-Key} header as the contracts take it ("" when absent). */
    public String idempotencyKey(String header) {
        return IdempotencyKeys.optional(header);
    }

    public CreateEarningRuleRequest toRequest(String programId, EarningRuleCreation rule, String idempotencyKey) {
        CreateEarningRuleRequest.Builder request = CreateEarningRuleRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .setMatch(org.retentionsuite.proto.loyalty.v1.EarningRuleMatch.valueOf(MATCH + rule.match().name()))
                .setValue(rule.value())
                .setMultiplier(rule.multiplier());
        if (rule.activeFrom() != null) {
            request.setActiveFrom(toTimestamp(rule.activeFrom()));
        }
        if (rule.activeUntil() != null) {
            request.setActiveUntil(toTimestamp(rule.activeUntil()));
        }
        return request.build();
    }

    public EarningRuleView toView(EarningRule rule) {
        return new EarningRuleView(rule.getId(), rule.getProgramId(), apiValue(EarningRuleMatch.class, MATCH, rule.getMatch()),
                rule.getValue(), rule.getMultiplier(), toInstant(rule.hasActiveFrom(), rule.getActiveFrom()),
                toInstant(rule.hasActiveUntil(), rule.getActiveUntil()));
    }

    public CreateRewardRequest toRequest(String programId, RewardCreation reward, String idempotencyKey) {
        CreateRewardRequest.Builder request = CreateRewardRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .putAllName(reward.name())
                .setKind(org.retentionsuite.proto.loyalty.v1.RewardKind.valueOf(KIND + reward.kind().name()))
                .setPointsCost(reward.pointsCost());
        if (reward.stock() != null) {
            request.setStock(reward.stock());
        }
        if (reward.perMemberLimit() != null) {
            request.setPerMemberLimit(reward.perMemberLimit());
        }
        if (reward.validFrom() != null) {
            request.setValidFrom(toTimestamp(reward.validFrom()));
        }
        if (reward.validUntil() != null) {
            request.setValidUntil(toTimestamp(reward.validUntil()));
        }
        if (reward.value() != null) {
            request.setValue(RewardValues.toProto(reward.value()));
        }
        return request.build();
    }

    public RewardView toView(Reward reward) {
        return new RewardView(reward.getId(), reward.getProgramId(), new TreeMap<>(reward.getNameMap()),
                apiValue(RewardKind.class, KIND, reward.getKind()), reward.getPointsCost(),
                reward.hasStock() ? reward.getStock() : null, reward.hasPerMemberLimit() ? reward.getPerMemberLimit() : null,
                toInstant(reward.hasValidFrom(), reward.getValidFrom()), toInstant(reward.hasValidUntil(), reward.getValidUntil()),
                reward.hasValue() ? RewardValues.toJson(reward.getValue()) : null);
    }

    public RewardList toView(List<Reward> rewards) {
        return new RewardList(rewards.stream().map(this::toView).toList());
    }

    public RedeemRewardRequest toRequest(String programId, String customerId, RedemptionRequest redemption,
            String idempotencyKey) {
        return RedeemRewardRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setRewardId(redemption.rewardId())
                .setReserve(Boolean.TRUE.equals(redemption.reserve()))
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey))
                .build();
    }

    public OfferRewardRequest toRequest(String programId, String customerId, RewardOffer offer, String idempotencyKey) {
        return OfferRewardRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setRewardId(offer.rewardId())
                .setReason(offer.reason())
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey))
                .build();
    }

    /** {@code balance} is the member's balance after the redemption, when the reply carries it. */
    public RedemptionView toView(Redemption redemption, Balance balance) {
        MemberView.BalanceView points = balance == null ? null : Balances.toView(balance);
        return new RedemptionView(redemption.getId(), redemption.getCustomerId(), redemption.getRewardId(),
                redemption.getPoints(), redemption.getStatus().name().replace("REDEMPTION_STATUS_", ""),
                orNull(redemption.getCouponCode()), toInstant(redemption.hasCreatedAt(), redemption.getCreatedAt()),
                toInstant(redemption.hasExpiresAt(), redemption.getExpiresAt()), points, orNull(redemption.getOfferReason()));
    }
}
