package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.IsoDates;
import org.retentionsuite.segmentation.domain.PageToken;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;
import org.retentionsuite.segmentation.domain.rfm.RfmDistribution;
import org.retentionsuite.segmentation.domain.rfm.RfmSegment;
import org.retentionsuite.segmentation.repository.RfmRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** RFM values, scores and segments of the customers, as of a date. */
@ApplicationScoped
public class RfmService {

    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 1000;

    private final RfmRepository rfm;
    private final SegmentationConfig config;
    private final Clock clock;

    public RfmService(RfmRepository rfm, SegmentationConfig config, Clock clock) {
        this.rfm = rfm;
        this.config = config;
        this.clock = clock;
    }

    /** A page of customers and the token of the next (null on the last page). */
    public record RfmPage(List<CustomerRfm> customers, String nextPageToken) {
    }

    private record Period(LocalDate since, LocalDate asOf) {
    }

    @Transactional
    public RfmDistribution distribution(String asOf, String since) {
        Violations violations = new Violations();
        Period period = period(violations, asOf, since);
        violations.throwIfAny();
        return RfmDistribution.of(period.asOf(),
                rfm.countsByScores(period.since(), period.asOf(), config.reportingCurrency()));
    }

    /** {@code segment} null: every customer. */
    @Transactional
    public RfmPage page(String asOf, String since, RfmSegment segment, int pageSize, String pageToken) {
        Violations violations = new Violations();
        Period period = period(violations, asOf, since);
        int size = PageToken.size(violations, pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        String after = PageToken.lastKey(violations, pageToken);
        violations.throwIfAny();
        List<CustomerRfm> customers = rfm.page(period.since(), period.asOf(), config.reportingCurrency(),
                segment == null ? null : segment.cells(), after, size + 1);
        if (customers.size() <= size) {
            return new RfmPage(customers, null);
        }
        List<CustomerRfm> page = customers.subList(0, size);
        return new RfmPage(List.copyOf(page), PageToken.of(page.get(size - 1).customerId()));
    }

    private Period period(Violations violations, String asOf, String since) {
        LocalDate end = IsoDates.optional(violations, "as_of", asOf, LocalDate.now(clock));
        LocalDate start = IsoDates.optional(violations, "since", since, null);
        if (start != null && end != null && start.isAfter(end)) {
            violations.add("since", "must not be after as_of " + end);
        }
        return new Period(start, end);
    }
}
