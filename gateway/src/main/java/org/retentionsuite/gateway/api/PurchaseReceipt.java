package org.retentionsuite.gateway.api;

import java.util.List;

/** What a purchase earned: the total, the part of each rule ("base" or an earning rule's id), the balance after it. */
public record PurchaseReceipt(long pointsEarned, List<Part> breakdown, MemberView.BalanceView balance) {

    public record Part(String rule, String description, long points) {
    }
}
