package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.TierBasis;
import org.retentionsuite.gateway.api.TierChangeList;
import org.retentionsuite.gateway.api.TierEvaluationView;
import org.retentionsuite.gateway.api.TierLadderCreation;
import org.retentionsuite.gateway.api.TierLadderView;
import org.retentionsuite.gateway.api.TierWindow;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersResponse;
import org.retentionsuite.proto.loyalty.v1.Tier;
import org.retentionsuite.proto.loyalty.v1.TierChange;
import org.retentionsuite.proto.loyalty.v1.TierLadder;
import org.retentionsuite.proto.loyalty.v1.TierWindowKind;

import java.util.List;

import static org.retentionsuite.gateway.mapping.LoyaltyMapping.apiValue;
import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The tier ladder, tier evaluations and a member's tier changes: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class TierMapping {

    private static final String BASIS = "TIER_BASIS_";
    private static final String WINDOW = "TIER_WINDOW_KIND_";

    /** The optional {@code Idempotency-Key} header as the contracts take it ("" when absent). */
    public String idempotencyKey(String header) {
        return IdempotencyKeys.optional(header);
    }

    /** A tier without {@code earnMultiplier} is "" to the contract: the service's default, 1. */
    public CreateTierLadderRequest toRequest(String programId, TierLadderCreation ladder, String idempotencyKey) {
        CreateTierLadderRequest.Builder request = CreateTierLadderRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .setBasis(org.retentionsuite.proto.loyalty.v1.TierBasis.valueOf(BASIS + ladder.basis().name()))
                .setWindowKind(TierWindowKind.valueOf(WINDOW + ladder.window().name()))
                .setWindowDays(ladder.windowDays() == null ? 0 : ladder.windowDays());
        for (TierLadderCreation.Tier tier : ladder.tiers()) {
            request.addTiers(Tier.newBuilder()
                    .setName(tier.name())
                    .setThreshold(tier.threshold())
                    .setEarnMultiplier(orEmpty(tier.earnMultiplier()))
                    .addAllPerks(tier.perks() == null ? List.of() : tier.perks()));
        }
        return request.build();
    }

    public TierLadderView toView(TierLadder ladder) {
        return new TierLadderView(ladder.getProgramId(), apiValue(TierBasis.class, BASIS, ladder.getBasis()),
                apiValue(TierWindow.class, WINDOW, ladder.getWindowKind()), ladder.getWindowDays(),
                ladder.getTiersList().stream()
                        .map(tier -> new TierLadderView.Tier(tier.getName(), tier.getRank(), tier.getThreshold(),
                                tier.getEarnMultiplier(), List.copyOf(tier.getPerksList())))
                        .toList());
    }

    public TierEvaluationView toView(EvaluateTiersResponse response) {
        return new TierEvaluationView(response.getUpgraded(), response.getDowngraded(), response.getUnchanged());
    }

    public TierChangeList toView(List<TierChange> changes) {
        return new TierChangeList(changes.stream()
                .map(change -> new TierChangeList.Change(orNull(change.getFromTier()), change.getToTier(),
                        orNull(change.getReason()), toInstant(change.hasChangedAt(), change.getChangedAt())))
                .toList());
    }
}
