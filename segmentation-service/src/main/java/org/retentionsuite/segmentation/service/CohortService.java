package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.domain.IsoDates;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.cohort.CohortBasis;
import org.retentionsuite.segmentation.domain.cohort.CohortMatrix;
import org.retentionsuite.segmentation.domain.cohort.CohortPeriod;
import org.retentionsuite.segmentation.repository.CohortRepository;

import java.time.Clock;
import java.time.LocalDate;

/** Retention matrices of customer cohorts. */
@ApplicationScoped
public class CohortService {

    /** A matrix wider than this is no heat map any more: ten years of months, or three of weeks. */
    private static final int MAX_PERIODS = 160;

    /** Without dates: the last twelve periods up to today. */
    private static final int DEFAULT_PERIODS = 12;

    private final CohortRepository cohorts;
    private final Clock clock;

    public CohortService(CohortRepository cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /**
     * {@code period} null is refused; {@code basis} null means the first purchase; blank {@code to}
     * is today, blank {@code from} the start of the eleventh period before {@code to}'s.
     */
    @Transactional
    public CohortMatrix retention(CohortPeriod period, CohortBasis basis, String from, String to) {
        Violations violations = new Violations();
        if (period == null) {
            violations.add("period", "must be MONTH or WEEK");
        }
        LocalDate end = IsoDates.optional(violations, "to", to, LocalDate.now(clock));
        LocalDate start = IsoDates.optional(violations, "from", from, period == null || end == null ? null
                : period == CohortPeriod.MONTH ? period.start(end).minusMonths(DEFAULT_PERIODS - 1)
                        : period.start(end).minusWeeks(DEFAULT_PERIODS - 1));
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                violations.add("to", "must not be before from " + start);
            } else if (period != null && period.offset(period.start(start), period.start(end)) >= MAX_PERIODS) {
                violations.add("to", "must be less than " + MAX_PERIODS + " " + period.sqlUnit() + "s after from");
            }
        }
        violations.throwIfAny();
        CohortBasis cohortBasis = basis == null ? CohortBasis.FIRST_PURCHASE : basis;
        CohortRepository.CohortCounts counts = cohorts.counts(period, cohortBasis, start, end);
        return CohortMatrix.of(period, cohortBasis, end, counts.sizes(), counts.active());
    }
}
