package org.retentionsuite.segmentation.domain.rfm;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** How many customers fall in each named segment; every segment is present, also with zero. */
public record RfmDistribution(LocalDate asOf, long customerCount, Map<RfmSegment, Long> counts) {

    /** Counts per (R, F, M) score triple, each as R × 100 + F × 10 + M, summed into the named segments. */
    public static RfmDistribution of(LocalDate asOf, Map<Integer, Long> countsByScores) {
        Map<RfmSegment, Long> counts = new EnumMap<>(RfmSegment.class);
        for (RfmSegment segment : RfmSegment.values()) {
            counts.put(segment, 0L);
        }
        long total = 0;
        for (Map.Entry<Integer, Long> cell : countsByScores.entrySet()) {
            int scores = cell.getKey();
            RfmSegment segment = RfmSegment.of(scores / 100, scores / 10 % 10, scores % 10);
            counts.merge(segment, cell.getValue(), Long::sum);
            total += cell.getValue();
        }
        return new RfmDistribution(asOf, total, counts);
    }

    public double sharePercent(RfmSegment segment) {
        return customerCount == 0 ? 0 : counts.get(segment) * 100.0 / customerCount;
    }
}
