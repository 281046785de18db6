package org.retentionsuite.segmentation.domain;

import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.clv.CustomerValue;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;

import java.time.YearMonth;

/**
 * Everything derived about one customer: the insights of their activity, and where known their
 * RFM, CLV under the latest fit, churn risk, cohort (first purchase month) and attributes; the
 * unknown ones are null.
 */
public record CustomerProfile(CustomerInsights insights, CustomerRfm rfm, CustomerValue clv, ChurnRisk churnRisk,
        YearMonth cohortMonth, CustomerAttributes attributes) {
}
