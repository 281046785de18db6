package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.CustomerBatch;
import org.retentionsuite.segmentation.domain.ReportedCustomer;
import org.retentionsuite.segmentation.repository.CustomerRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Stores what the business knows about its customers besides their activity. */
@ApplicationScoped
public class CustomerService {

    private final CustomerRepository customers;
    private final SegmentMembership membership;
    private final SegmentationConfig config;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, SegmentMembership membership, SegmentationConfig config,
            Clock clock) {
        this.customers = customers;
        this.membership = membership;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Each customer's attributes replace those stored; unchanged ones count neither as created nor
     * updated. Segment membership follows at once for these customers (rules on attributes).
     */
    @Transactional
    public CustomerRepository.UpsertCounts upsert(List<ReportedCustomer> reported) {
        CustomerBatch batch = CustomerBatch.of(reported, config.reportingCurrency(), LocalDate.now(clock));
        java.time.Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CustomerRepository.UpsertCounts counts = customers.upsert(batch.customers(), config.reportingCurrency(), now);
        membership.activityArrived(batch.customers().stream().map(c -> c.customerId()).toList(), now);
        return counts;
    }
}
