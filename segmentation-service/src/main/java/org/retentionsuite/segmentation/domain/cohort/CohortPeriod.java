package org.retentionsuite.segmentation.domain.cohort;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of a cohort's period: calendar months, or ISO weeks from Monday. */
public enum CohortPeriod {
    MONTH("month"),
    WEEK("week");

    private final String sqlUnit;

    CohortPeriod(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** The unit PostgreSQL's {@code date_trunc} cuts to (its weeks start on Monday, too). */
    public String sqlUnit() {
        return sqlUnit;
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        return this == MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whole periods from the one starting {@code cohortStart} to the one starting {@code periodStart}. */
    public int offset(LocalDate cohortStart, LocalDate periodStart) {
        return (int) (this == MONTH ? ChronoUnit.MONTHS.between(cohortStart, periodStart)
                : ChronoUnit.WEEKS.between(cohortStart, periodStart));
    }
}
