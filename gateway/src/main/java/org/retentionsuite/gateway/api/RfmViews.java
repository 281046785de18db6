package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** The RFM API's JSON: {@code GET /rfm}, {@code GET /rfm/customers} and {@code POST /rfm/snapshot/refresh}. */
public final class RfmViews {

    private RfmViews() {
    }

    /**
     * Recency in days since the last purchase, frequency in purchases, monetary as purchases less returns;
     * {@code computedAt}: when the stored snapshot holding these values was computed (insights only).
     */
    public record CustomerRfm(String customerId, String asOf, int recencyDays, long frequency, MoneyAmount monetary,
            Scores scores, String segment, @JsonInclude(JsonInclude.Include.NON_NULL) Instant computedAt) {
    }

    /** Quintile scores 1-5; recency reversed (the most recent buyers score 5). */
    public record Scores(int recency, int frequency, int monetary) {
    }

    public record Distribution(String asOf, long customerCount, List<SegmentCount> segments) {
    }

    public record SegmentCount(String segment, long customers, double sharePercent) {
    }

    public record Page(List<CustomerRfm> items, String nextCursor) {
    }

    /**
     * The stored snapshot the insights read, computed again: its values as of {@code asOf} (today, UTC), the
     * customers with a purchase up to then, and how long the pass took.
     */
    public record SnapshotRefresh(String asOf, Instant computedAt, long customerCount, long durationMillis) {
    }
}
