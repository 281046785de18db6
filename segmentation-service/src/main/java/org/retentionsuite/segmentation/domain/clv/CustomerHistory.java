package org.retentionsuite.segmentation.domain.clv;

/**
 * One customer's purchases at a fit's calibration end, in its time unit: repeat purchase days
 * {@code x}, {@code recency} t_x, {@code age} T, and the average spend of the repeat purchase days
 * in major units (0 without repeat purchases).
 */
public record CustomerHistory(int x, double recency, double age, double averageRepeatSpend) {
}
