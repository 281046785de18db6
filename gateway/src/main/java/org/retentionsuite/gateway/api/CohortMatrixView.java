package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code GET /cohorts}: per cohort its size and the share active in each period from its own (offset 0). */
public record CohortMatrixView(String by, String basis, List<Cohort> cohorts) {

    public record Cohort(String cohortStart, long size, List<Cell> cells) {
    }

    public record Cell(int offset, long active, double activePercent) {
    }
}
