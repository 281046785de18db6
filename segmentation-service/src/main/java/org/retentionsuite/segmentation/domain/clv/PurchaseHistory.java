package org.retentionsuite.segmentation.domain.clv;

/**
 * Customers who share one purchase history at the calibration end: {@code x} repeat purchase days,
 * the last purchase {@code recency} (t_x) after the first, the first purchase {@code age} (T)
 * before the calibration end, both in the fit's time unit. Fitting on these unique rows with their
 * customer count as weight is what makes the fit fast.
 */
public record PurchaseHistory(int x, double recency, double age, int customers) {
}
