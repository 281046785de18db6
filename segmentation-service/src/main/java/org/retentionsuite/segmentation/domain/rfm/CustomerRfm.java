package org.retentionsuite.segmentation.domain.rfm;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's recency (days from the last purchase to the as-of date), frequency (purchases) and
 * monetary value (purchases less returns, minor units of the reporting currency) over the analysed
 * period, and their quintile scores among all customers with a purchase in it. {@code computedAt}:
 * when the stored snapshot holding them was computed; null when computed on the spot.
 */
public record CustomerRfm(String customerId, LocalDate asOf, int recencyDays, long frequency, long monetaryMinor,
        int recencyScore, int frequencyScore, int monetaryScore, Instant computedAt) {

    public RfmSegment segment() {
        return RfmSegment.of(recencyScore, frequencyScore, monetaryScore);
    }
}
