package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.KpiConfig;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.IsoDates;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.kpi.Kpis;
import org.retentionsuite.segmentation.repository.KpiRepository;

import java.time.LocalDate;

/** The retention KPIs of a period. */
@ApplicationScoped
public class KpiService {

    /** Ten years: a longer window would call nobody lost. */
    private static final int MAX_CHURN_WINDOW_DAYS = 3650;

    private final KpiRepository kpis;
    private final SegmentationConfig config;
    private final KpiConfig kpiConfig;

    public KpiService(KpiRepository kpis, SegmentationConfig config,
            KpiConfig kpiConfig) {
        this.kpis = kpis;
        this.config = config;
        this.kpiConfig = kpiConfig;
    }

    /** {@code churnWindowDays} 0: the configured window. */
    @Transactional
    public Kpis of(String from, String to, int churnWindowDays) {
        Violations violations = new Violations();
        LocalDate start = IsoDates.required(violations, "from", from);
        LocalDate end = IsoDates.required(violations, "to", to);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add("to", "must not be before from " + start);
        }
        int window = churnWindowDays == 0 ? kpiConfig.churnWindowDays() : churnWindowDays;
        if (window < 1 || window > MAX_CHURN_WINDOW_DAYS) {
            violations.add("churn_window_days", "must be 1 to " + MAX_CHURN_WINDOW_DAYS);
        }
        violations.throwIfAny();
        return Kpis.of(start, end, window, kpis.counts(start, end, window, config.reportingCurrency()));
    }
}
