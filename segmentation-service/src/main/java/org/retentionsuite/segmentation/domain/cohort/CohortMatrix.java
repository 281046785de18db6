package org.retentionsuite.segmentation.domain.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A retention matrix, shaped for a heat map: a row per cohort with its size and, for every
 * period from the cohort's own (offset 0) to the one that holds the end date, the customers of
 * the cohort who purchased in it and their share of the cohort.
 */
public record CohortMatrix(CohortPeriod period, CohortBasis basis, List<Cohort> cohorts) {

    public record Cohort(LocalDate start, long size, List<Cell> cells) {
    }

    public record Cell(int offset, long activeCount, double activePercent) {
    }

    /** Sizes per cohort start, and per cohort start the active customers per period start. */
    public static CohortMatrix of(CohortPeriod period, CohortBasis basis, LocalDate end, Map<LocalDate, Long> sizes,
            Map<LocalDate, Map<LocalDate, Long>> active) {
        List<Cohort> cohorts = new ArrayList<>();
        LocalDate lastPeriod = period.start(end);
        for (Map.Entry<LocalDate, Long> cohort : new TreeMap<>(sizes).entrySet()) {
            LocalDate start = cohort.getKey();
            long size = cohort.getValue();
            long[] counts = new long[period.offset(start, lastPeriod) + 1];
            active.getOrDefault(start, Map.of()).forEach((periodStart, count) -> {
                int offset = period.offset(start, periodStart);
                if (offset >= 0 && offset < counts.length) {
                    counts[offset] = count;
                }
            });
            List<Cell> cells = new ArrayList<>(counts.length);
            for (int offset = 0; offset < counts.length; offset++) {
                cells.add(new Cell(offset, counts[offset], counts[offset] * 100.0 / size));
            }
            cohorts.add(new Cohort(start, size, List.copyOf(cells)));
        }
        return new CohortMatrix(period, basis, List.copyOf(cohorts));
    }
}
