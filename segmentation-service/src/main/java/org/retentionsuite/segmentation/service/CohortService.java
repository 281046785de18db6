package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.domain.IsoDates;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.cohort.CohortBasis;
import org.retentionsuite.segmentation.domain.cohort.CohortMatrix;
import org.retentionsuite.segmentation.domain.cohort.CohortPeriod;
import org.retentionsuite.segmentation.repository.CohortRepository;

import java.time.LocalDate;

/** Retention matrices of customer cohorts. */
@ApplicationScoped
public class CohortService {

    /** A matrix wider than this is no heat map any more: ten years of months, or three of weeks. */
    private static final int MAX_PERIODS = 160;

    private final CohortRepository cohorts;

    public CohortService(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    /** {@code period} null is refused; {@code basis} null means the first purchase. */
    @Transactional
    public CohortMatrix retention(CohortPeriod period, CohortBasis basis, String from, String to) {
        Violations violations = new Violations();
        if (period == null) {
            violations.add("period", "must be MONTH or WEEK");
        }
        LocalDate start = IsoDates.required(violations, "from", from);
        LocalDate end = IsoDates.required(violations, "to", to);
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
