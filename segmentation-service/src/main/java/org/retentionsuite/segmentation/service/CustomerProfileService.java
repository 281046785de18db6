package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.segmentation.domain.CustomerInsights;
import org.retentionsuite.segmentation.domain.CustomerProfile;
import org.retentionsuite.segmentation.domain.clv.ClvNotFoundException;
import org.retentionsuite.segmentation.domain.clv.CustomerValue;
import org.retentionsuite.segmentation.repository.CustomerRepository;

import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * One customer's insights with RFM, CLV, churn risk, cohort, attributes and current segments. Not one transaction
 * on purpose: each part reads in its own, so that a part that is not there (no CLV fit) does
 * not roll back the others.
 */
@ApplicationScoped
public class CustomerProfileService {

    private final InsightsService insights;
    private final RfmSnapshotService rfm;
    private final ClvService clv;
    private final ChurnRiskService churnRisk;
    private final CustomerRepository customers;

    public CustomerProfileService(InsightsService insights, RfmSnapshotService rfm, ClvService clv, ChurnRiskService churnRisk,
            CustomerRepository customers) {
        this.insights = insights;
        this.rfm = rfm;
        this.clv = clv;
        this.churnRisk = churnRisk;
        this.customers = customers;
    }

    /** NOT_FOUND (NoActivityRecordedException) when no activity was recorded for the customer. */
    public CustomerProfile profileOf(String customerId) {
        CustomerInsights base = insights.insightsOf(customerId);
        String customer = base.customerId();
        YearMonth cohort = base.firstPurchaseAt() == null ? null
                : YearMonth.from(base.firstPurchaseAt().atZone(ZoneOffset.UTC));
        return new CustomerProfile(base, rfm.ofCustomer(customer).orElse(null), valueOf(customer),
                churnRisk.current(customer), cohort, customers.find(customer).orElse(null), insights.segmentsOf(customer));
    }

    private CustomerValue valueOf(String customerId) {
        try {
            return clv.valueOf(customerId, null, 0);
        } catch (ClvNotFoundException noFitOrNoPurchaseInIt) {
            return null;
        }
    }
}
