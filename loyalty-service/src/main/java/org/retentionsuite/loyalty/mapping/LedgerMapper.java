package org.retentionsuite.loyalty.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.EarnCalculation;
import org.retentionsuite.loyalty.domain.PurchaseDraft;
import org.retentionsuite.loyalty.domain.ReturnDraft;
import org.retentionsuite.loyalty.service.AdjustmentService.Adjusted;
import org.retentionsuite.loyalty.service.LedgerQueries;
import org.retentionsuite.loyalty.service.PurchaseService.Earned;
import org.retentionsuite.loyalty.service.ReturnService.Reversed;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;
import org.retentionsuite.proto.loyalty.v1.EarnBreakdown;
import org.retentionsuite.proto.loyalty.v1.ExpiringPoints;
import org.retentionsuite.proto.loyalty.v1.LedgerEntry;
import org.retentionsuite.proto.loyalty.v1.LedgerEntryKind;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesResponse;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnResponse;

import java.time.Clock;
import java.util.List;

import static org.retentionsuite.loyalty.mapping.ProtoValues.balance;
import static org.retentionsuite.loyalty.mapping.ProtoValues.instantOrNull;
import static org.retentionsuite.loyalty.mapping.ProtoValues.timestamp;

/** Converts between the contract's purchase, return and ledger messages and the domain. */
@ApplicationScoped
public class LedgerMapper {

    private final Clock clock;

    public LedgerMapper(Clock clock) {
        this.clock = clock;
    }

    public PurchaseDraft toDraft(RecordPurchaseRequest request) {
        List<PurchaseDraft.RawLine> lines = request.getLinesList().stream()
                .map(line -> new PurchaseDraft.RawLine(line.getSku(), line.getCategory(), line.getQuantity(),
                        line.getAmount().getCurrencyCode(), line.getAmount().getAmountMinor()))
                .toList();
        return PurchaseDraft.of(request.getProgramId(), request.getCustomerId(), request.getOrderId(),
                request.getAmount().getCurrencyCode(), request.getAmount().getAmountMinor(), lines,
                instantOrNull(request.hasOccurredAt(), request.getOccurredAt()), request.getIdempotencyKey(), clock.instant());
    }

    public ReturnDraft toDraft(RecordReturnRequest request) {
        return ReturnDraft.of(request.getProgramId(), request.getCustomerId(), request.getReturnId(), request.getOrderId(),
                request.getAmount().getCurrencyCode(), request.getAmount().getAmountMinor(),
                instantOrNull(request.hasOccurredAt(), request.getOccurredAt()), clock.instant());
    }

    public RecordPurchaseResponse toProto(Earned earned) {
        RecordPurchaseResponse.Builder response = RecordPurchaseResponse.newBuilder()
                .setPointsEarned(earned.calculation().total())
                .setBalance(balance(earned.balance()));
        for (EarnCalculation.Part part : earned.calculation().parts()) {
            response.addBreakdown(EarnBreakdown.newBuilder()
                    .setRule(part.ruleId()).setDescription(part.description()).setPoints(part.points()));
        }
        return response.build();
    }

    public AdjustPointsResponse toProto(Adjusted adjusted) {
        return AdjustPointsResponse.newBuilder()
                .setPointsAdjusted(adjusted.points())
                .setBalance(balance(adjusted.balance()))
                .build();
    }

    public RecordReturnResponse toProto(Reversed reversed) {
        return RecordReturnResponse.newBuilder()
                .setPointsReversed(reversed.pointsReversed())
                .setShortfall(reversed.shortfall())
                .setBalance(balance(reversed.balance()))
                .build();
    }

    public ListLedgerEntriesResponse toProto(LedgerQueries.EntryPage page) {
        ListLedgerEntriesResponse.Builder response = ListLedgerEntriesResponse.newBuilder();
        page.entries().forEach(entry -> response.addEntries(toProto(entry)));
        if (page.nextPageToken() != null) {
            response.setNextPageToken(page.nextPageToken());
        }
        return response.build();
    }

    public LedgerEntry toProto(org.retentionsuite.loyalty.domain.LedgerEntry entry) {
        LedgerEntry.Builder proto = LedgerEntry.newBuilder()
                .setId(String.valueOf(entry.id()))
                .setKind(LedgerEntryKind.valueOf("LEDGER_ENTRY_KIND_" + entry.kind().name()))
                .setActiveDelta(entry.activeDelta())
                .setPendingDelta(entry.pendingDelta())
                .setReservedDelta(entry.reservedDelta())
                .setDebtDelta(entry.debtDelta())
                .setDescription(entry.description())
                .setOccurredAt(timestamp(entry.occurredAt()));
        if (entry.reference() != null) {
            proto.setReference(entry.reference());
        }
        return proto.build();
    }

    public ListExpiringPointsResponse toProto(List<LedgerQueries.Expiring> expiring) {
        ListExpiringPointsResponse.Builder response = ListExpiringPointsResponse.newBuilder()
                .setTotal(expiring.stream().mapToLong(LedgerQueries.Expiring::points).sum());
        expiring.forEach(e -> response.addExpiring(ExpiringPoints.newBuilder()
                .setExpiresAt(timestamp(e.expiresAt())).setPoints(e.points())));
        return response.build();
    }
}
