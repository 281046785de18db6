package org.retentionsuite.loyalty.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.loyalty.config.LoyaltyConfig;
import org.retentionsuite.loyalty.domain.Redemption;
import org.retentionsuite.loyalty.outbox.OutboxRepository;
import org.retentionsuite.loyalty.repository.IdempotencyRepository;
import org.retentionsuite.loyalty.repository.LotRepository;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.loyalty.repository.RedemptionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The scheduled pass: activates pending lots, expires due ones, lapses reservations past their
 * time, forgets old idempotency keys and purges delivered outbox events. Safe with several replicas: each member is handled under
 * its row lock taken with SKIP LOCKED, so two replicas never work on the same member, and the work
 * itself is idempotent (a due lot is due once).
 */
@ApplicationScoped
public class LotMaintenance {

    private static final Logger LOG = Logger.getLogger(LotMaintenance.class);

    private final LotRepository lots;
    private final MemberRepository members;
    private final RedemptionRepository redemptions;
    private final IdempotencyRepository idempotencyKeys;
    private final OutboxRepository outbox;
    private final PointsLedger ledger;
    private final RedemptionService redemptionService;
    private final Clock clock;
    private final LoyaltyConfig config;

    public LotMaintenance(LotRepository lots, MemberRepository members, RedemptionRepository redemptions,
            IdempotencyRepository idempotencyKeys, OutboxRepository outbox, PointsLedger ledger,
            RedemptionService redemptionService, Clock clock, LoyaltyConfig config) {
        this.lots = lots;
        this.members = members;
        this.redemptions = redemptions;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.ledger = ledger;
        this.redemptionService = redemptionService;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${retention.loyalty.maintenance.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        int handled = runOnce();
        if (handled > 0) {
            LOG.infof("ledger maintenance handled %d members and reservations", handled);
        }
    }

    /** One pass over everything due now; returns how many members and reservations it handled. */
    public int runOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int handled = 0;
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> lots.membersWithDueLots(now, config.maintenance().batchSize()));
        for (UUID memberId : due) {
            handled += QuarkusTransaction.requiringNew().call(() -> members.lockIfFree(memberId).map(member -> {
                ledger.settle(member, now);
                return 1;
            }).orElse(0));
        }
        List<Redemption> lapsed = QuarkusTransaction.requiringNew().call(() -> redemptions.lapsed(now, config.maintenance().batchSize()));
        for (Redemption redemption : lapsed) {
            handled += QuarkusTransaction.requiringNew().call(() -> members.lockIfFree(redemption.memberId()).map(member -> {
                Redemption current = redemptions.findById(redemption.id());
                if (!current.hasLapsedAt(now)) {
                    return 0; // committed or cancelled meanwhile
                }
                redemptionService.lapse(member, current, now);
                return 1;
            }).orElse(0));
        }
        Instant keyCutoff = now.minus(config.idempotency().retention());
        QuarkusTransaction.requiringNew().run(() -> idempotencyKeys.purgeOlderThan(keyCutoff));
        Instant outboxCutoff = now.minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> outbox.purgeDeliveredBefore(outboxCutoff));
        return handled;
    }
}
