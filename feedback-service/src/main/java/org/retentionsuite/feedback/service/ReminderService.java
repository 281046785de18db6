package org.retentionsuite.feedback.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.feedback.config.ReminderConfig;
import org.retentionsuite.feedback.repository.ReminderRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Records one reminder per unanswered invitation once its survey's reminder delay has passed. */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

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

    /** How many reminders this pass recorded. */
    @Transactional
    public int recordDueReminders() {
        return reminders.recordDue(clock.instant().truncatedTo(ChronoUnit.MICROS), config.batchSize());
    }
}
