package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.CapPeriod;
import org.retentionsuite.loyalty.domain.EarningRuleMatch;
import org.retentionsuite.loyalty.domain.RewardDraft;
import org.retentionsuite.loyalty.domain.RewardKind;
import org.retentionsuite.loyalty.domain.RewardValue;
import org.retentionsuite.loyalty.service.EventService;
import org.retentionsuite.loyalty.service.RedemptionService.Redeemed;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.EventRule;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;
import org.retentionsuite.proto.loyalty.v1.EarningRule;
import org.retentionsuite.proto.loyalty.v1.Redemption;
import org.retentionsuite.proto.loyalty.v1.RedemptionStatus;
import org.retentionsuite.proto.loyalty.v1.Reward;

import java.time.Instant;

import static org.retentionsuite.loyalty.mapping.ProtoValues.balance;
import static org.retentionsuite.loyalty.mapping.ProtoValues.domainEnum;
import static org.retentionsuite.loyalty.mapping.ProtoValues.instantOrNull;
import static org.retentionsuite.loyalty.mapping.ProtoValues.timestamp;

/** Converts between the contract's reward, redemption and earning rule messages and the domain. */
@ApplicationScoped
public class RewardMapper {

    public RewardDraft toDraft(CreateRewardRequest request) {
        return RewardDraft.of(request.getProgramId(), request.getNameMap(),
                domainEnum(RewardKind.class, request.getKind(), "REWARD_KIND_"), request.getPointsCost(),
                request.hasStock() ? request.getStock() : null,
                request.hasPerMemberLimit() ? request.getPerMemberLimit() : null,
                instantOrNull(request.hasValidFrom(), request.getValidFrom()),
                instantOrNull(request.hasValidUntil(), request.getValidUntil()),
                request.hasValue() ? toRaw(request.getValue()) : null);
    }

    private static RewardValue.Raw toRaw(org.retentionsuite.proto.loyalty.v1.RewardValue value) {
        return new RewardValue.Raw(value.hasDiscount() ? toAmount(value.getDiscount()) : null, value.getPercent(),
                value.hasCashback() ? toAmount(value.getCashback()) : null, value.getSku(), value.getDescription());
    }

    private static RewardValue.Amount toAmount(Money money) {
        return new RewardValue.Amount(money.getCurrencyCode(), money.getAmountMinor());
    }

    private static org.retentionsuite.proto.loyalty.v1.RewardValue toProto(RewardKind kind, RewardValue value) {
        org.retentionsuite.proto.loyalty.v1.RewardValue.Builder proto = org.retentionsuite.proto.loyalty.v1.RewardValue.newBuilder();
        switch (kind) {
            case FIXED_DISCOUNT -> proto.setDiscount(money(value));
            case CASHBACK -> proto.setCashback(money(value));
            case PERCENTAGE_DISCOUNT -> proto.setPercent(value.percent().stripTrailingZeros().toPlainString());
            case FREE_PRODUCT -> proto.setSku(value.sku());
            case EXPERIENCE -> proto.setDescription(value.description());
        }
        return proto.build();
    }

    private static Money money(RewardValue value) {
        return Money.newBuilder().setCurrencyCode(value.currencyCode()).setAmountMinor(value.amountMinor()).build();
    }

    public Instant activeFrom(CreateEarningRuleRequest request) {
        return instantOrNull(request.hasActiveFrom(), request.getActiveFrom());
    }

    public Instant activeUntil(CreateEarningRuleRequest request) {
        return instantOrNull(request.hasActiveUntil(), request.getActiveUntil());
    }

    public org.retentionsuite.proto.loyalty.v1.Balance toBalance(Redeemed redeemed) {
        return balance(redeemed.balance());
    }

    public CapPeriod toCapPeriod(org.retentionsuite.proto.loyalty.v1.CapPeriod period) {
        return domainEnum(CapPeriod.class, period, "CAP_PERIOD_");
    }

    public Instant activeFrom(CreateEventRuleRequest request) {
        return instantOrNull(request.hasActiveFrom(), request.getActiveFrom());
    }

    public Instant activeUntil(CreateEventRuleRequest request) {
        return instantOrNull(request.hasActiveUntil(), request.getActiveUntil());
    }

    public Instant occurredAt(RecordEventRequest request) {
        return instantOrNull(request.hasOccurredAt(), request.getOccurredAt());
    }

    public EventRule toProto(org.retentionsuite.loyalty.domain.EventRule rule) {
        EventRule.Builder proto = EventRule.newBuilder()
                .setId(rule.id().toString())
                .setProgramId(rule.programId().toString())
                .setEventKey(rule.eventKey())
                .setPoints(rule.points())
                .setCapCount(rule.capCount());
        if (rule.capPeriod() != null) {
            proto.setCapPeriod(org.retentionsuite.proto.loyalty.v1.CapPeriod.valueOf("CAP_PERIOD_" + rule.capPeriod().name()));
        }
        if (rule.activeFrom() != null) {
            proto.setActiveFrom(timestamp(rule.activeFrom()));
        }
        if (rule.activeUntil() != null) {
            proto.setActiveUntil(timestamp(rule.activeUntil()));
        }
        return proto.build();
    }

    public RecordEventResponse toProto(EventService.Awarded awarded) {
        RecordEventResponse.Builder proto = RecordEventResponse.newBuilder()
                .setPointsEarned(awarded.points()).setBalance(balance(awarded.balance()));
        if (awarded.notEarnedReason() != null) {
            proto.setNotEarnedReason(awarded.notEarnedReason());
        }
        return proto.build();
    }

    public EarningRuleMatch toMatch(org.retentionsuite.proto.loyalty.v1.EarningRuleMatch match) {
        return domainEnum(EarningRuleMatch.class, match, "EARNING_RULE_MATCH_");
    }

    public Reward toProto(org.retentionsuite.loyalty.domain.Reward reward) {
        Reward.Builder proto = Reward.newBuilder()
                .setId(reward.id().toString())
                .setProgramId(reward.programId().toString())
                .putAllName(reward.names())
                .setKind(org.retentionsuite.proto.loyalty.v1.RewardKind.valueOf("REWARD_KIND_" + reward.kind().name()))
                .setPointsCost(reward.pointsCost());
        if (reward.stock() != null) {
            proto.setStock(reward.stock());
        }
        if (reward.perMemberLimit() != null) {
            proto.setPerMemberLimit(reward.perMemberLimit());
        }
        if (reward.validFrom() != null) {
            proto.setValidFrom(timestamp(reward.validFrom()));
        }
        if (reward.validUntil() != null) {
            proto.setValidUntil(timestamp(reward.validUntil()));
        }
        if (reward.value() != null) {
            proto.setValue(toProto(reward.kind(), reward.value()));
        }
        return proto.build();
    }

    public Redemption toProto(Redeemed redeemed) {
        org.retentionsuite.loyalty.domain.Redemption redemption = redeemed.redemption();
        Redemption.Builder proto = Redemption.newBuilder()
                .setId(redemption.id().toString())
                .setProgramId(redemption.programId().toString())
                .setCustomerId(redeemed.customerId())
                .setRewardId(redemption.rewardId().toString())
                .setPoints(redemption.points())
                .setStatus(RedemptionStatus.valueOf("REDEMPTION_STATUS_" + redemption.status().name()))
                .setCouponCode(redemption.couponCode())
                .setCreatedAt(timestamp(redemption.createdAt()));
        if (redemption.expiresAt() != null) {
            proto.setExpiresAt(timestamp(redemption.expiresAt()));
        }
        if (redemption.offerReason() != null) {
            proto.setOfferReason(redemption.offerReason());
        }
        return proto.build();
    }

    public EarningRule toProto(org.retentionsuite.loyalty.domain.EarningRule rule) {
        EarningRule.Builder proto = EarningRule.newBuilder()
                .setId(rule.id().toString())
                .setProgramId(rule.programId().toString())
                .setMatch(org.retentionsuite.proto.loyalty.v1.EarningRuleMatch.valueOf("EARNING_RULE_MATCH_" + rule.match().name()))
                .setValue(rule.value())
                .setMultiplier(rule.multiplier().toPlainString());
        if (rule.activeFrom() != null) {
            proto.setActiveFrom(timestamp(rule.activeFrom()));
        }
        if (rule.activeUntil() != null) {
            proto.setActiveUntil(timestamp(rule.activeUntil()));
        }
        return proto.build();
    }
}
