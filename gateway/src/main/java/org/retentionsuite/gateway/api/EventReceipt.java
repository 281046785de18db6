package org.retentionsuite.gateway.api;

/** What an event earned; {@code notEarnedReason} says why when it earned nothing. */
public record EventReceipt(long pointsEarned, String notEarnedReason, MemberView.BalanceView balance) {
}
