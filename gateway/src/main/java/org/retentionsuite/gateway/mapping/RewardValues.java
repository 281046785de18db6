package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.api.RewardValueTerms;
import org.retentionsuite.proto.loyalty.v1.RewardValue;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;

/** A reward's value: the API's JSON and the loyalty contract. */
final class RewardValues {

    private RewardValues() {
    }

    static RewardValue toProto(RewardValueTerms value) {
        RewardValue.Builder proto = RewardValue.newBuilder()
                .setPercent(orEmpty(value.percent()))
                .setSku(orEmpty(value.sku()))
                .setDescription(orEmpty(value.description()));
        if (value.discount() != null) {
            proto.setDiscount(MoneyFormat.toProto("value.discount", value.discount()));
        }
        if (value.cashback() != null) {
            proto.setCashback(MoneyFormat.toProto("value.cashback", value.cashback()));
        }
        return proto.build();
    }

    static RewardValueTerms toJson(RewardValue value) {
        return new RewardValueTerms(value.hasDiscount() ? MoneyFormat.toJson(value.getDiscount()) : null,
                orNull(value.getPercent()), value.hasCashback() ? MoneyFormat.toJson(value.getCashback()) : null,
                orNull(value.getSku()), orNull(value.getDescription()));
    }
}
