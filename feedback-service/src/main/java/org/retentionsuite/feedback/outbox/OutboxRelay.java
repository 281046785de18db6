package org.retentionsuite.feedback.outbox;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.feedback.config.OutboxConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivers the outbox to loyalty and segmentation. Each pass claims a batch of one destination's
 * due events (SKIP LOCKED: safe with several replicas), sends them one by one and records each
 * outcome in the claiming transaction. While the receiver is unreachable the events wait with an
 * exponential back-off, so an outage delays them and never loses them; the receivers de-duplicate
 * by the response id, so an attempt whose answer was lost does no harm when repeated. An event the
 * receiver refuses as such (unknown member, invalid) is set aside with the reason, not retried.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    // The receiver judged the event itself: sending it again would get the same answer.
    private static final Set<Status.Code> REFUSALS = EnumSet.of(Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
            Status.Code.FAILED_PRECONDITION, Status.Code.PERMISSION_DENIED, Status.Code.OUT_OF_RANGE);

    private final OutboxRepository outbox;
    private final Map<String, OutboxReceiver> receivers;
    private final OutboxConfig config;
    private final Clock clock;
    private final MeterRegistry metrics;

    public OutboxRelay(OutboxRepository outbox, LoyaltyIncentives loyalty, SegmentationSignals segmentation,
            OutboxConfig config, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.receivers = Map.of(CompletionOutbox.LOYALTY, loyalty, CompletionOutbox.SEGMENTATION, segmentation);
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(every = "${retention.feedback.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        for (String destination : receivers.keySet()) {
            while (runOnce(destination) == config.batchSize()) {
                // a full batch: more may be waiting
            }
        }
    }

    @Scheduled(every = "${retention.feedback.outbox.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purgeDelivered();
    }

    /** Forgets events delivered longer ago than the retention; returns how many. */
    public long purgeDelivered() {
        return QuarkusTransaction.requiringNew().call(() ->
                outbox.purgeDeliveredBefore(clock.instant().minus(config.retention())));
    }

    /** One batch of one destination; returns how many events it handled (delivered, postponed or set aside). */
    public int runOnce(String destination) {
        OutboxReceiver receiver = receivers.get(destination);
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<OutboxEvent> due = outbox.claimDue(destination, now, config.batchSize());
            StatusRuntimeException unreachable = null;
            for (OutboxEvent event : due) {
                if (unreachable != null) {
                    postpone(destination, event, unreachable, now);
                    continue;
                }
                try {
                    receiver.deliver(event.payload(), config.deadline());
                    event.delivered(now);
                    count(destination, "delivered");
                } catch (StatusRuntimeException failure) {
                    if (REFUSALS.contains(failure.getStatus().getCode())) {
                        LOG.errorf("%s refused outbox event %s: %s", destination, event.eventKey(), describe(failure));
                        event.dead(describe(failure), now);
                        count(destination, "refused");
                    } else {
                        LOG.warnf("%s is not taking events (%s); %d wait for a later attempt", destination,
                                failure.getStatus().getCode(), due.size());
                        unreachable = failure;
                        postpone(destination, event, failure, now);
                    }
                }
            }
            return due.size();
        });
    }

    private void postpone(String destination, OutboxEvent event, StatusRuntimeException failure, Instant now) {
        event.retryLater(describe(failure), now, config.firstBackoff(), config.maxBackoff());
        count(destination, "postponed");
    }

    private void count(String destination, String outcome) {
        metrics.counter("retention_outbox_events", "destination", destination, "outcome", outcome).increment();
    }

    private static String describe(StatusRuntimeException failure) {
        return failure.getStatus().getCode() + ": " + failure.getStatus().getDescription();
    }
}
