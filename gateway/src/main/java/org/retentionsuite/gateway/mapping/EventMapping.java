package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.CapPeriod;
import org.retentionsuite.gateway.api.EventReceipt;
import org.retentionsuite.gateway.api.EventRecording;
import org.retentionsuite.gateway.api.EventRuleCreation;
import org.retentionsuite.gateway.api.EventRuleView;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.EventRule;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;

import static org.retentionsuite.gateway.mapping.LoyaltyMapping.apiValue;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** Event rules and the events members earn by: the API's JSON and the loyalty contract. */
@ApplicationScoped
public class EventMapping {

    private static final String CAP_PERIOD = "CAP_PERIOD_";

    public CreateEventRuleRequest toRequest(String programId, EventRuleCreation rule, String idempotencyKey) {
        CreateEventRuleRequest.Builder request = CreateEventRuleRequest.newBuilder()
                .setIdempotencyKey(IdempotencyKeys.optional(idempotencyKey))
                .setProgramId(programId)
                .setEventKey(rule.eventKey())
                .setPoints(rule.points())
                .setCapCount(rule.capCount() == null ? 0 : rule.capCount());
        if (rule.capPeriod() != null) {
            request.setCapPeriod(org.retentionsuite.proto.loyalty.v1.CapPeriod.valueOf(CAP_PERIOD + rule.capPeriod().name()));
        }
        if (rule.activeFrom() != null) {
            request.setActiveFrom(toTimestamp(rule.activeFrom()));
        }
        if (rule.activeUntil() != null) {
            request.setActiveUntil(toTimestamp(rule.activeUntil()));
        }
        return request.build();
    }

    public EventRuleView toView(EventRule rule) {
        return new EventRuleView(rule.getId(), rule.getProgramId(), rule.getEventKey(), rule.getPoints(), rule.getCapCount(),
                apiValue(CapPeriod.class, CAP_PERIOD, rule.getCapPeriod()),
                toInstant(rule.hasActiveFrom(), rule.getActiveFrom()), toInstant(rule.hasActiveUntil(), rule.getActiveUntil()));
    }

    public RecordEventRequest toRequest(String programId, String customerId, EventRecording event, String idempotencyKey) {
        RecordEventRequest.Builder request = RecordEventRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(customerId)
                .setEventKey(event.eventKey())
                .setIdempotencyKey(IdempotencyKeys.required(idempotencyKey));
        if (event.occurredAt() != null) {
            request.setOccurredAt(toTimestamp(event.occurredAt()));
        }
        return request.build();
    }

    public EventReceipt toView(RecordEventResponse response) {
        return new EventReceipt(response.getPointsEarned(), orNull(response.getNotEarnedReason()),
                Balances.toView(response.getBalance()));
    }
}
