package org.retentionsuite.segmentation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.Activity;
import org.retentionsuite.segmentation.domain.ActivityBatch;
import org.retentionsuite.segmentation.domain.ActivityImport;
import org.retentionsuite.segmentation.domain.ReportedActivity;
import org.retentionsuite.segmentation.repository.ActivityImportRepository;
import org.retentionsuite.segmentation.repository.ActivityRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Records reported customer activity, each event once. */
@ApplicationScoped
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class);

    private final ActivityRepository activities;
    private final SegmentationConfig config;
    private final Clock clock;
    private final SegmentMembership segmentMembership;
    private final ActivityImportRepository importedPurchases;

    public ActivityService(ActivityRepository activities, SegmentationConfig config, Clock clock,
            SegmentMembership segmentMembership, ActivityImportRepository importedPurchases) {
        this.importedPurchases = importedPurchases;
        this.activities = activities;
        this.config = config;
        this.clock = clock;
        this.segmentMembership = segmentMembership;
    }

    /** How a batch went: events recorded now, and events whose id was recorded before (or twice in the batch). */
    public record RecordingOutcome(int recordedCount, int duplicateCount) {
    }

    /** How an import went: its data rows, those recorded now, and those an earlier import recorded. */
    public record ImportOutcome(int rowCount, int recordedCount, int duplicateCount) {
    }

    /**
     * One transaction for the whole file: its rows go to the database as they are read, and an invalid row (found
     * at any point of the file) rolls back what went before, so nothing of an invalid file is recorded.
     */
    public ImportOutcome importCsv(String csv) {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long[] committing = new long[1];
        ActivityImportRepository.Recorded recorded = QuarkusTransaction.requiringNew().call(() -> {
            ActivityImportRepository.Recorded inserted = importedPurchases.recordPurchases(
                    rows -> ActivityImport.read(csv, config.reportingCurrency(), now, rows), now);
            committing[0] = System.nanoTime();
            return inserted;
        });
        long committed = System.nanoTime();
        LOG.infof("imported %d CSV rows (%d new) in %d ms, of which the commit %d ms", recorded.rowCount(),
                recorded.recordedCount(), (committed - started) / 1_000_000, (committed - committing[0]) / 1_000_000);
        return new ImportOutcome(recorded.rowCount(), recorded.recordedCount(), recorded.rowCount() - recorded.recordedCount());
    }

    @Transactional
    public RecordingOutcome record(List<ReportedActivity> reported) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ActivityBatch batch = ActivityBatch.of(reported, config.reportingCurrency(), now);
        int recorded = activities.recordNew(batch.activities(), now);
        // The customers' segments follow their activity at once (in this transaction).
        segmentMembership.activityArrived(batch.activities().stream().map(Activity::customerId).distinct().toList(), now);
        return new RecordingOutcome(recorded, batch.size() - recorded);
    }
}
