package org.retentionsuite.loyalty.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.loyalty.config.LoyaltyConfig;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the activity outbox to segmentation. Each pass claims a batch of due events (SKIP
 * LOCKED: safe with several replicas), sends them in one RecordActivity call and marks them
 * delivered in the same transaction. A failed call leaves them for a later attempt with an
 * exponential back-off, so an outage delays activity and never loses it; segmentation
 * de-duplicates by event id, so an attempt whose answer was lost does no harm when repeated.
 */
@ApplicationScoped
public class ActivityRelay {

    private static final Logger LOG = Logger.getLogger(ActivityRelay.class);

    private final OutboxRepository outbox;
    private final SegmentationServiceBlockingStub segmentation;
    private final LoyaltyConfig.Outbox config;
    private final Clock clock;
    private final Counter delivered;
    private final Counter postponed;
    private final Counter refused;

    public ActivityRelay(OutboxRepository outbox, @GrpcClient("segmentation") SegmentationServiceBlockingStub segmentation,
            LoyaltyConfig config, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.segmentation = segmentation;
        this.config = config.outbox();
        this.clock = clock;
        this.delivered = metrics.counter("retention_outbox_events", "destination", ActivityOutbox.DESTINATION, "outcome", "delivered");
        this.postponed = metrics.counter("retention_outbox_events", "destination", ActivityOutbox.DESTINATION, "outcome", "postponed");
        this.refused = metrics.counter("retention_outbox_events", "destination", ActivityOutbox.DESTINATION, "outcome", "refused");
    }

    @Scheduled(every = "${retention.loyalty.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        while (runOnce() == config.batchSize()) {
            // a full batch: more may be waiting
        }
    }

    /** One batch; returns how many events it handled (delivered, postponed or given up). */
    public int runOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<OutboxEvent> due = outbox.claimDue(ActivityOutbox.DESTINATION, now, config.batchSize());
            if (due.isEmpty()) {
                return 0;
            }
            try {
                send(due.stream().map(ActivityRelay::activity).toList());
                due.forEach(event -> event.delivered(now));
                delivered.increment(due.size());
            } catch (StatusRuntimeException failure) {
                if (failure.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
                    due.forEach(event -> sendAlone(event, now));
                } else {
                    LOG.warnf("segmentation did not take %d activity events (%s); retrying later", due.size(),
                            failure.getStatus().getCode());
                    due.forEach(event -> event.retryLater(describe(failure), now, config.firstBackoff(), config.maxBackoff()));
                    postponed.increment(due.size());
                }
            }
            return due.size();
        });
    }

    /** A batch the receiver refused: find the events it refuses, and deliver the others. */
    private void sendAlone(OutboxEvent event, Instant now) {
        try {
            send(List.of(activity(event)));
            event.delivered(now);
            delivered.increment();
        } catch (StatusRuntimeException failure) {
            if (failure.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
                LOG.errorf("segmentation refused activity event %s: %s", event.eventKey(), failure.getStatus().getDescription());
                event.dead(describe(failure), now);
                refused.increment();
            } else {
                event.retryLater(describe(failure), now, config.firstBackoff(), config.maxBackoff());
                postponed.increment();
            }
        }
    }

    private void send(List<Activity> activities) {
        segmentation.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS)
                .recordActivity(RecordActivityRequest.newBuilder().addAllActivities(activities).build());
    }

    private static Activity activity(OutboxEvent event) {
        try {
            return Activity.parseFrom(event.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("outbox event " + event.eventKey() + " is unreadable", e);
        }
    }

    private static String describe(StatusRuntimeException failure) {
        return failure.getStatus().getCode() + ": " + failure.getStatus().getDescription();
    }
}
