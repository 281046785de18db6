package org.retentionsuite.feedback.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.feedback.config.ReminderConfig;
import org.retentionsuite.feedback.repository.ReminderRepository;

import org.retentionsuite.feedback.domain.DueReminder;
import org.retentionsuite.feedback.domain.Violations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.time.temporal.ChronoUnit;

/** Records one reminder per unanswered invitation once its survey's reminder delay has passed. */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final int MAX_TAKEN = 500;
    private static final int DEFAULT_TAKEN = 100;

    private final ReminderRepository reminders;
    private final ReminderConfig config;
    private final Clock clock;

    public ReminderService(ReminderRepository reminders, ReminderConfig config, Clock clock) {
        this.reminders = reminders;
        this.config = config;
        this.clock = clock;
    }

    /** Safe on every replica at once: each due invitation is claimed by one of them. */
    @Scheduled(every = "${retention.feedback.reminders.every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        int recorded = recordDueReminders();
        if (recorded > 0) {
            LOG.infof("recorded %d invitation reminders", recorded);
        }
    }

    /**
     * For a mailer: records the reminders due now, then takes up to {@code limit} (1-500, null: 100)
     * of those not yet taken, oldest due first. Each reminder is handed out once.
     */
    @Transactional
    public List<DueReminder> takeDue(Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_TAKEN)) {
            Violations violations = new Violations();
            violations.add("limit", "is not between 1 and " + MAX_TAKEN);
            violations.throwIfAny();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        reminders.recordDue(now, config.batchSize());
        return reminders.take(now, limit == null ? DEFAULT_TAKEN : limit);
    }

    /** How many reminders this pass recorded. */
    @Transactional
    public int recordDueReminders() {
        return reminders.recordDue(clock.instant().truncatedTo(ChronoUnit.MICROS), config.batchSize());
    }
}
