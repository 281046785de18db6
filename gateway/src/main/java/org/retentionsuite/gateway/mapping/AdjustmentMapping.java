package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.AdjustmentReceipt;
import org.retentionsuite.gateway.api.PointsAdjustment;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;

/** Adjustments of a member's points: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class AdjustmentMapping {

    public AdjustPointsRequest toRequest(String programId, String customerId, PointsAdjustment adjustment,
            String idempotencyKey) {
        return AdjustPointsRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setPoints(adjustment.points())
                .setReason(adjustment.reason())
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey))
                .build();
    }

    public AdjustmentReceipt toView(AdjustPointsResponse response) {
        return new AdjustmentReceipt(response.getPointsAdjusted(), Balances.toView(response.getBalance()));
    }
}
