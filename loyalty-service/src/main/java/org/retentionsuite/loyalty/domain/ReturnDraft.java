package org.retentionsuite.loyalty.domain;

import java.time.Instant;
import java.util.UUID;

/** A validated return as a request states it; the return id makes it apply once. */
public record ReturnDraft(UUID programId, String customerId, String returnId, String orderId, String currencyCode,
        long amountMinor, Instant occurredAt) {

    public static ReturnDraft of(String programId, String customerId, String returnId, String orderId,
            String currencyCode, long amountMinor, Instant occurredAt, Instant now) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        String validReturnId = violations.requiredText("return_id", returnId, 128);
        String order = violations.requiredText("order_id", orderId, 128);
        if (ProgramTerms.currency(violations, "amount.currency_code", currencyCode) == null) {
            currencyCode = null;
        }
        if (amountMinor <= 0) {
            violations.add("amount.amount_minor", "must be more than 0");
        }
        violations.throwIfAny();
        return new ReturnDraft(program, customer, validReturnId, order, currencyCode, amountMinor,
                occurredAt == null ? now : occurredAt);
    }
}
