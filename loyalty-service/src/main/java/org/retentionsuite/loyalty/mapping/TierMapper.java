package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.TierBasis;
import org.retentionsuite.loyalty.domain.TierLadderDraft;
import org.retentionsuite.loyalty.domain.TierWindowKind;
import org.retentionsuite.loyalty.service.TierService;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.EvaluateTiersResponse;
import org.retentionsuite.proto.loyalty.v1.ListTierChangesResponse;
import org.retentionsuite.proto.loyalty.v1.Tier;
import org.retentionsuite.proto.loyalty.v1.TierChange;
import org.retentionsuite.proto.loyalty.v1.TierLadder;

import java.util.List;

import static org.retentionsuite.loyalty.mapping.ProtoValues.domainEnum;
import static org.retentionsuite.loyalty.mapping.ProtoValues.timestamp;

/** Converts between the contract's tier messages and the domain. */
@ApplicationScoped
public class TierMapper {

    public TierLadderDraft toDraft(CreateTierLadderRequest request) {
        return TierLadderDraft.of(request.getProgramId(),
                domainEnum(TierBasis.class, request.getBasis(), "TIER_BASIS_"),
                domainEnum(TierWindowKind.class, request.getWindowKind(), "TIER_WINDOW_KIND_"),
                request.getWindowDays(),
                request.getTiersList().stream()
                        .map(t -> new TierLadderDraft.Step(t.getName(), t.getThreshold(), t.getEarnMultiplier(), t.getPerksList()))
                        .toList());
    }

    public TierLadder toProto(TierService.Ladder ladder) {
        TierLadder.Builder proto = TierLadder.newBuilder()
                .setProgramId(ladder.ladder().programId().toString())
                .setBasis(org.retentionsuite.proto.loyalty.v1.TierBasis.valueOf("TIER_BASIS_" + ladder.ladder().basis().name()))
                .setWindowKind(org.retentionsuite.proto.loyalty.v1.TierWindowKind.valueOf(
                        "TIER_WINDOW_KIND_" + ladder.ladder().windowKind().name()))
                .setWindowDays(ladder.ladder().windowDays());
        ladder.tiers().forEach(tier -> proto.addTiers(Tier.newBuilder()
                .setName(tier.name())
                .setRank(tier.rank())
                .setThreshold(tier.threshold())
                .setEarnMultiplier(tier.earnMultiplier().toPlainString())
                .addAllPerks(tier.perks())));
        return proto.build();
    }

    public EvaluateTiersResponse toProto(TierService.Evaluation evaluation) {
        return EvaluateTiersResponse.newBuilder().setUpgraded(evaluation.upgraded())
                .setDowngraded(evaluation.downgraded()).setUnchanged(evaluation.unchanged()).build();
    }

    public ListTierChangesResponse toProto(List<TierService.Change> changes) {
        ListTierChangesResponse.Builder response = ListTierChangesResponse.newBuilder();
        changes.forEach(change -> response.addChanges(toProto(change)));
        return response.build();
    }

    public TierChange toProto(TierService.Change change) {
        TierChange.Builder proto = TierChange.newBuilder()
                .setReason(change.change().reason())
                .setChangedAt(timestamp(change.change().changedAt()));
        if (change.fromTier() != null) {
            proto.setFromTier(change.fromTier());
        }
        if (change.toTier() != null) {
            proto.setToTier(change.toTier());
        }
        return proto.build();
    }
}
