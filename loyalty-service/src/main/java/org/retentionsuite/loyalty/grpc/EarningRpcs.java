package org.retentionsuite.loyalty.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.PointsAdjustment;
import org.retentionsuite.loyalty.domain.PurchaseDraft;
import org.retentionsuite.loyalty.domain.ReturnDraft;
import org.retentionsuite.loyalty.mapping.LedgerMapper;
import org.retentionsuite.loyalty.mapping.RewardMapper;
import org.retentionsuite.loyalty.service.AdjustmentService;
import org.retentionsuite.loyalty.service.EventService;
import org.retentionsuite.loyalty.service.IdempotencyGuard;
import org.retentionsuite.loyalty.service.LedgerQueries;
import org.retentionsuite.loyalty.service.PurchaseRecorder;
import org.retentionsuite.loyalty.service.ReturnService;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsRequest;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesResponse;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnResponse;

/** What moves points in and out of the ledger (purchases, returns, events, adjustments), and reading it. */
@ApplicationScoped
class EarningRpcs {

    private final PurchaseRecorder purchases;
    private final ReturnService returns;
    private final EventService events;
    private final AdjustmentService adjustments;
    private final LedgerQueries ledger;
    private final IdempotencyGuard idempotency;
    private final LedgerMapper ledgerMapper;
    private final RewardMapper rewardMapper;

    EarningRpcs(PurchaseRecorder purchases, ReturnService returns, EventService events, AdjustmentService adjustments,
            LedgerQueries ledger, IdempotencyGuard idempotency, LedgerMapper ledgerMapper, RewardMapper rewardMapper) {
        this.purchases = purchases;
        this.returns = returns;
        this.events = events;
        this.adjustments = adjustments;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.ledgerMapper = ledgerMapper;
        this.rewardMapper = rewardMapper;
    }

    RecordPurchaseResponse recordPurchase(RecordPurchaseRequest request) {
        PurchaseDraft draft = ledgerMapper.toDraft(request);
        return purchases.record(draft, request, RecordPurchaseResponse.parser(), ledgerMapper::toProto);
    }

    RecordReturnResponse recordReturn(RecordReturnRequest request) {
        ReturnDraft draft = ledgerMapper.toDraft(request);
        // The return id makes a return apply once; an explicit key may be given as well.
        String key = request.getIdempotencyKey().isBlank() ? draft.returnId() : request.getIdempotencyKey();
        return idempotency.once("return:" + draft.programId(), key, request.toBuilder().clearIdempotencyKey().build(),
                RecordReturnResponse.parser(), () -> ledgerMapper.toProto(returns.recordReturn(draft)));
    }

    RecordEventResponse recordEvent(RecordEventRequest request) {
        return idempotency.once("event:" + request.getProgramId(), request.getIdempotencyKey(), request,
                RecordEventResponse.parser(), () -> rewardMapper.toProto(events.record(request.getProgramId(),
                        request.getCustomerId(), request.getEventKey(), rewardMapper.occurredAt(request))));
    }

    AdjustPointsResponse adjustPoints(AdjustPointsRequest request) {
        PointsAdjustment adjustment = PointsAdjustment.of(request.getProgramId(), request.getCustomerId(),
                request.getPoints(), request.getReason());
        return idempotency.once("adjust:" + adjustment.programId(), request.getIdempotencyKey(), request,
                AdjustPointsResponse.parser(), () -> ledgerMapper.toProto(adjustments.adjust(adjustment)));
    }

    ListLedgerEntriesResponse listLedgerEntries(ListLedgerEntriesRequest request) {
        return ledgerMapper.toProto(ledger.entries(request.getProgramId(), request.getCustomerId(),
                request.getPageSize(), request.getPageToken()));
    }

    ListExpiringPointsResponse listExpiringPoints(ListExpiringPointsRequest request) {
        return ledgerMapper.toProto(ledger.expiring(request.getProgramId(), request.getCustomerId(), request.getDays()));
    }
}
