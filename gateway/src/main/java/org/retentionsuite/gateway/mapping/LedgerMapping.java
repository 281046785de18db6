package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.ExpiringPointsView;
import org.retentionsuite.gateway.api.LedgerPage;
import org.retentionsuite.gateway.api.PurchaseLineItem;
import org.retentionsuite.gateway.api.PurchaseReceipt;
import org.retentionsuite.gateway.api.PurchaseRecording;
import org.retentionsuite.gateway.api.ReturnReceipt;
import org.retentionsuite.gateway.api.ReturnRecording;
import org.retentionsuite.proto.loyalty.v1.LedgerEntry;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsRequest;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesResponse;
import org.retentionsuite.proto.loyalty.v1.PurchaseLine;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnResponse;

import java.util.List;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** Purchases, returns and the member's ledger: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class LedgerMapping {

    private static final int MAX_LIMIT = 500;
    private static final int DEFAULT_EXPIRING_DAYS = 30;

    public RecordPurchaseRequest toRequest(String programId, PurchaseRecording purchase, String idempotencyKey) {
        RecordPurchaseRequest.Builder request = RecordPurchaseRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(purchase.customerId())
                .setOrderId(purchase.orderId())
                .setAmount(MoneyFormat.toProto("amount", purchase.amount()))
                .setOccurredAt(toTimestamp(purchase.occurredAt()))
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey));
        List<PurchaseLineItem> lines = purchase.lines() == null ? List.of() : purchase.lines();
        for (int i = 0; i < lines.size(); i++) {
            PurchaseLineItem line = lines.get(i);
            request.addLines(PurchaseLine.newBuilder()
                    .setSku(orEmpty(line.sku()))
                    .setCategory(orEmpty(line.category()))
                    .setQuantity(line.quantity() == null ? 0 : line.quantity())
                    .setAmount(MoneyFormat.toProto("lines[" + i + "].amount", line.amount())));
        }
        return request.build();
    }

    public PurchaseReceipt toView(RecordPurchaseResponse response) {
        return new PurchaseReceipt(response.getPointsEarned(),
                response.getBreakdownList().stream()
                        .map(part -> new PurchaseReceipt.Part(part.getRule(), part.getDescription(), part.getPoints()))
                        .toList(),
                Balances.toView(response.getBalance()));
    }

    public RecordReturnRequest toRequest(String programId, ReturnRecording recording, String idempotencyKey) {
        RecordReturnRequest.Builder request = RecordReturnRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(recording.customerId())
                .setReturnId(recording.returnId())
                .setOrderId(recording.orderId())
                .setAmount(MoneyFormat.toProto("amount", recording.amount()))
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey));
        if (recording.occurredAt() != null) {
            request.setOccurredAt(toTimestamp(recording.occurredAt()));
        }
        return request.build();
    }

    public ReturnReceipt toView(RecordReturnResponse response) {
        return new ReturnReceipt(response.getPointsReversed(), response.getShortfall(), Balances.toView(response.getBalance()));
    }

    /** {@code limit} 1 to 500 (the service's default when absent); {@code cursor} as a previous page gave it. */
    public ListLedgerEntriesRequest toLedgerRequest(String programId, String customerId, String limit, String cursor) {
        return ListLedgerEntriesRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, MAX_LIMIT))
                .setPageToken(orEmpty(cursor))
                .build();
    }

    public LedgerPage toView(ListLedgerEntriesResponse response) {
        return new LedgerPage(response.getEntriesList().stream().map(LedgerMapping::toView).toList(),
                orNull(response.getNextPageToken()));
    }

    /** {@code days} defaults to 30; the service knows how far ahead it looks. */
    public ListExpiringPointsRequest toExpiringRequest(String programId, String customerId, String days) {
        return ListExpiringPointsRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setDays(days == null ? DEFAULT_EXPIRING_DAYS : QueryParameters.integer("days", days, 1, Integer.MAX_VALUE))
                .build();
    }

    public ExpiringPointsView toView(ListExpiringPointsResponse response) {
        return new ExpiringPointsView(response.getTotal(), response.getExpiringList().stream()
                .map(e -> new ExpiringPointsView.Item(toInstant(e.hasExpiresAt(), e.getExpiresAt()), e.getPoints()))
                .toList());
    }

    private static LedgerPage.Entry toView(LedgerEntry entry) {
        return new LedgerPage.Entry(entry.getId(), entry.getKind().name().replace("LEDGER_ENTRY_KIND_", ""),
                entry.getActiveDelta(), entry.getPendingDelta(), entry.getReservedDelta(), entry.getDebtDelta(),
                orNull(entry.getReference()), entry.getDescription(), toInstant(entry.hasOccurredAt(), entry.getOccurredAt()));
    }
}
