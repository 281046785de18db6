package org.retentionsuite.segmentation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.RfmConfig;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;
import org.retentionsuite.segmentation.domain.rfm.RfmSnapshot;
import org.retentionsuite.segmentation.repository.RfmSnapshotRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The stored RFM of every customer as of a day: a pass ranks every customer once (scheduled, and on
 * request), and a customer's insights read their row of it. Replicas never compute one at once
 * (a transaction-scoped advisory lock).
 */
@ApplicationScoped
public class RfmSnapshotService {

    private static final Logger LOG = Logger.getLogger(RfmSnapshotService.class);

    private final RfmSnapshotRepository snapshots;
    private final SegmentationConfig config;
    private final Clock clock;

    public RfmSnapshotService(RfmSnapshotRepository snapshots, SegmentationConfig config, RfmConfig rfmConfig,
            Clock clock) {
        this.snapshots = snapshots;
        this.config = config;
        this.clock = clock;
        LOG.debugf("RFM snapshot pass every %s", rfmConfig.snapshotEvery());
    }

    @Scheduled(every = "${retention.segmentation.rfm.snapshot-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduledPass() {
        if (snapshots.tryLock()) {
            compute();
        }
    }

    /** A snapshot as of today; when another pass holds the lock, waits and answers the one it made. */
    @Transactional
    public RfmSnapshot refresh() {
        Instant requested = clock.instant().truncatedTo(ChronoUnit.MICROS);
        snapshots.lock();
        Optional<RfmSnapshot> latest = snapshots.latest();
        if (latest.isPresent() && !latest.get().computedAt().isBefore(requested)) {
            return latest.get();
        }
        return compute();
    }

    /**
     * The customer's row of the latest snapshot; for a customer it does not hold (first purchase
     * after it), their own values as of its day scored by its quintile boundaries. Empty without a
     * snapshot or without a purchase up to its day.
     */
    @Transactional
    public Optional<CustomerRfm> ofCustomer(String customerId) {
        return snapshots.latest().flatMap(snapshot -> snapshots.rowOf(snapshot, customerId)
                .or(() -> snapshots.scoredAgainst(snapshot, customerId, config.reportingCurrency())));
    }

    private RfmSnapshot compute() {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RfmSnapshot snapshot = snapshots.store(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC), now,
                config.reportingCurrency(), started);
        LOG.infof("RFM snapshot as of %s: %d customers in %d ms", snapshot.asOf(), snapshot.customerCount(),
                snapshot.durationMillis());
        return snapshot;
    }
}
