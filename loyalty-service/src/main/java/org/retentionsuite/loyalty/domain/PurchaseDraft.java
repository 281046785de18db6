package org.retentionsuite.loyalty.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A validated purchase as a request states it. */
public record PurchaseDraft(UUID programId, String customerId, String orderId, Currency currency, long amountMinor,
        List<PurchaseLine> lines, Instant occurredAt, String idempotencyKey) {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_LINES = 500;

    /** A line as the request states it. */
    public record RawLine(String sku, String category, int quantity, String currencyCode, long amountMinor) {
    }

    public static PurchaseDraft of(String programId, String customerId, String orderId, String currencyCode,
            long amountMinor, List<RawLine> lines, Instant occurredAt, String idempotencyKey, Instant now) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        String order = violations.requiredText("order_id", orderId, 128);
        String key = violations.requiredText("idempotency_key", idempotencyKey, 255);
        Currency currency = ProgramTerms.currency(violations, "amount.currency_code", currencyCode);
        if (amountMinor <= 0) {
            violations.add("amount.amount_minor", "must be more than 0");
        }
        if (occurredAt == null) {
            violations.add("occurred_at", "is required");
        } else if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("occurred_at", "is in the future");
        }
        List<PurchaseLine> validLines = lines(violations, lines, currency, amountMinor);
        violations.throwIfAny();
        return new PurchaseDraft(program, customer, order, currency, amountMinor, validLines, occurredAt, key);
    }

    private static List<PurchaseLine> lines(Violations violations, List<RawLine> lines, Currency currency, long amountMinor) {
        if (lines.size() > MAX_LINES) {
            violations.add("lines", "has more than " + MAX_LINES + " lines");
            return List.of();
        }
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
            String field = "lines[" + i + "]";
            violations.optionalText(field + ".sku", line.sku(), 128);
            violations.optionalText(field + ".category", line.category(), 128);
            if (line.quantity() < 0) {
                violations.add(field + ".quantity", "must not be negative");
            }
            if (line.amountMinor() < 0) {
                violations.add(field + ".amount.amount_minor", "must not be negative");
            }
            if (currency != null && !currency.getCurrencyCode().equals(line.currencyCode())) {
                violations.add(field + ".amount.currency_code", "must be the purchase's currency " + currency.getCurrencyCode());
            }
            total += Math.max(line.amountMinor(), 0);
        }
        if (total > amountMinor && amountMinor > 0) {
            violations.add("lines", "add up to more than the purchase's amount");
        }
        return lines.stream().map(l -> new PurchaseLine(blankToNull(l.sku()), blankToNull(l.category()), l.quantity(),
                l.amountMinor())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
