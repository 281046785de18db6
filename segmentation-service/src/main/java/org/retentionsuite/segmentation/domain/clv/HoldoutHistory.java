package org.retentionsuite.segmentation.domain.clv;

/** Customers who share a calibration history and bought on {@code holdoutPurchases} days of the holdout period. */
public record HoldoutHistory(PurchaseHistory calibration, int holdoutPurchases) {
}
