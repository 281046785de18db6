package org.retentionsuite.segmentation.domain;

import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.clv.CustomerValue;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;
import org.retentionsuite.segmentation.domain.segment.CurrentSegment;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything derived about one customer: the insights of their activity, and where known their
 * RFM, CLV under the latest fit, churn risk, cohort (first purchase month) and attributes; the
 * unknown ones are null. The segments they are in now, by name, are never null (empty when none).
 */
public record CustomerProfile(CustomerInsights insights, CustomerRfm rfm, CustomerValue clv, ChurnRisk churnRisk,
        YearMonth cohortMonth, CustomerAttributes attributes, List<CurrentSegment> segments) {
}
