package org.retentionsuite.segmentation.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.CustomerHistory;
import org.retentionsuite.segmentation.domain.clv.ClvValuation;
import org.retentionsuite.segmentation.domain.rfm.RfmSnapshot;
import org.retentionsuite.segmentation.repository.ClvFitRepository;
import org.retentionsuite.segmentation.repository.CustomerScoreRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refreshes the scores that segment rules read from the snapshot: the RFM scores and segment of a
 * fresh RFM snapshot (the pass of RefreshRfmSnapshot, under its advisory lock, held to the end of
 * this transaction so refreshes never interleave), so rules, insights and exports agree, and the CLV
 * one year ahead under the latest fit. Customers sharing a history share a prediction, computed once.
 */
@ApplicationScoped
public class CustomerScoreSnapshot {

    private static final Logger LOG = Logger.getLogger(CustomerScoreSnapshot.class);
    private static final int STORE_BATCH = 5_000;

    private final CustomerScoreRepository scores;
    private final RfmSnapshotService rfmSnapshots;
    private final ClvFitRepository fits;
    private final SegmentationConfig config;
    private final Clock clock;

    public CustomerScoreSnapshot(CustomerScoreRepository scores, RfmSnapshotService rfmSnapshots, ClvFitRepository fits,
            SegmentationConfig config, Clock clock) {
        this.scores = scores;
        this.rfmSnapshots = rfmSnapshots;
        this.fits = fits;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    public void refresh() {
        long started = System.nanoTime();
        RfmSnapshot rfm = rfmSnapshots.refresh();
        int scored = scores.storeRfm(rfm, clock.instant().truncatedTo(ChronoUnit.MICROS));
        fits.latest().filter(fit -> fit.currency().equals(config.reportingCurrency())).ifPresent(this::storeClv);
        LOG.infof("customer score snapshot: %d customers scored in %d ms", scored, (System.nanoTime() - started) / 1_000_000);
    }

    private void storeClv(ClvFit fit) {
        int horizon = fit.timeUnit().periodsPerYear();
        double perMajor = Math.pow(10, Math.max(fit.currency().getDefaultFractionDigits(), 0));
        Map<CustomerHistory, Long> predicted = new HashMap<>();
        Map<String, Long> batch = new LinkedHashMap<>();
        ClvValuation valuation = new ClvValuation(fit, horizon, config.clv().annualDiscountRate());
        scores.forEachHistory(fit, (customer, history) -> {
            long clv = predicted.computeIfAbsent(history, h -> Math.round(valuation.value(customer, h).lifetimeValue()
                    * perMajor));
            batch.put(customer, clv);
            if (batch.size() == STORE_BATCH) {
                scores.storeClv(fit.id(), batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            scores.storeClv(fit.id(), batch);
        }
    }
}
