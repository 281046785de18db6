package org.retentionsuite.gateway.api;

/** What an adjustment moved, and the member's balance after it. */
public record AdjustmentReceipt(long pointsAdjusted, MemberView.BalanceView balance) {
}
