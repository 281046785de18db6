package org.retentionsuite.gateway.api;

/** The points a return took back; {@code shortfall} could not be taken back (STOP_AT_ZERO). */
public record ReturnReceipt(long pointsReversed, long shortfall, MemberView.BalanceView balance) {
}
