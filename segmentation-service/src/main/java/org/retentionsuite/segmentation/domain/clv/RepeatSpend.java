package org.retentionsuite.segmentation.domain.clv;

/**
 * Repeat buyers who share {@code x} repeat purchase days and an average spend per repeat purchase
 * day (in major units). The first purchase is left out, as in the Gamma-Gamma studies.
 */
public record RepeatSpend(int x, double averageSpend, int customers) {
}
