package org.retentionsuite.segmentation.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.segmentation.config.PlaybookConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Delivers playbook actions to loyalty (bonus points, reward offers) and feedback. Each pass claims due events (SKIP LOCKED:
 * safe with several replicas) and calls the receiver once per event with the event key as its
 * idempotency key, so a delivery whose answer was lost does no harm when repeated. An outage
 * postpones events with an exponential back-off; a refusal (the request itself is wrong) or too
 * many attempts sets an event aside, kept with the reason.
 */
@ApplicationScoped
public class ActionRelay {

    private static final Logger LOG = Logger.getLogger(ActionRelay.class);
    /** Answers that say the request itself cannot succeed: retrying would not help. */
    private static final Set<Status.Code> REFUSALS = Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
            Status.Code.FAILED_PRECONDITION, Status.Code.ALREADY_EXISTS, Status.Code.PERMISSION_DENIED,
            Status.Code.OUT_OF_RANGE);

    private final OutboxRepository outbox;
    private final LoyaltyServiceBlockingStub loyalty;
    private final FeedbackServiceBlockingStub feedback;
    private final PlaybookConfig.Outbox config;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ActionRelay(OutboxRepository outbox, @GrpcClient("loyalty") LoyaltyServiceBlockingStub loyalty,
            @GrpcClient("feedback") FeedbackServiceBlockingStub feedback, PlaybookConfig config, Clock clock,
            MeterRegistry metrics) {
        this.outbox = outbox;
        this.loyalty = loyalty;
        this.feedback = feedback;
        this.config = config.outbox();
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(every = "${retention.segmentation.playbooks.outbox.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        while (runOnce() == config.batchSize()) {
            // a full batch: more may be waiting
        }
    }

    /** One batch; returns how many events it handled (delivered, postponed or set aside). */
    public int runOnce() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<OutboxEvent> due = outbox.claimDue(now, config.batchSize());
            due.forEach(event -> deliver(event, now));
            return due.size();
        });
    }

    private void deliver(OutboxEvent event, Instant now) {
        try {
            send(event);
            event.delivered(now);
            count(event, "delivered");
        } catch (StatusRuntimeException failure) {
            String error = failure.getStatus().getCode() + ": " + failure.getStatus().getDescription();
            if (REFUSALS.contains(failure.getStatus().getCode()) || event.attempts() + 1 >= config.maxAttempts()) {
                LOG.errorf("%s did not take playbook action %s: %s; set aside", event.destination(), event.eventKey(), error);
                event.dead(error, now);
                count(event, "refused");
            } else {
                LOG.warnf("%s did not take playbook action %s (%s); retrying later", event.destination(), event.eventKey(),
                        error);
                event.retryLater(error, now, config.firstBackoff(), config.maxBackoff());
                count(event, "postponed");
            }
        }
    }

    private void send(OutboxEvent event) {
        long deadline = config.deadline().toMillis();
        try {
            if (PlaybookOutbox.LOYALTY.equals(event.destination())) {
                loyalty.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS).adjustPoints(AdjustPointsRequest.parseFrom(event.payload()));
            } else if (PlaybookOutbox.LOYALTY_REWARD.equals(event.destination())) {
                loyalty.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS).offerReward(OfferRewardRequest.parseFrom(event.payload()));
            } else {
                feedback.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS)
                        .inviteToPurposeSurvey(InviteToPurposeSurveyRequest.parseFrom(event.payload()));
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("outbox event " + event.eventKey() + " is unreadable", e);
        }
    }

    private void count(OutboxEvent event, String outcome) {
        metrics.counter("retention_outbox_events", "destination", event.destination(), "outcome", outcome).increment();
    }
}
