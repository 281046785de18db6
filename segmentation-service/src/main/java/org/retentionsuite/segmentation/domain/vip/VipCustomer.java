package org.retentionsuite.segmentation.domain.vip;

/** A top customer: rank from 1, all-time spend (minor units) and purchases, and CLV (minor units) when ranked by it. */
public record VipCustomer(int rank, String customerId, long totalSpendMinor, long purchaseCount, Long clvMinor) {
}
