package org.retentionsuite.loyalty.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.retentionsuite.loyalty.config.LoyaltyConfig;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.repository.ChallengeRepository;
import org.retentionsuite.loyalty.repository.EarningRuleRepository;
import org.retentionsuite.loyalty.repository.ProgramRepository;
import org.retentionsuite.loyalty.repository.TierLadderRepository;
import org.retentionsuite.loyalty.repository.TierRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each programme's {@link Rulebook}, kept in memory so that a purchase does not read the programme,
 * its rules, ladder and challenges on every call. A change made here drops the programme's rulebook
 * when its transaction ends; a change made by another replica is seen once the rulebook is older
 * than {@code retention.loyalty.cache.program-ttl} (5 s) and one call has read it afresh.
 */
@ApplicationScoped
public class Rulebooks {

    /** {@code reloading}: set by the one call that reads a stale rulebook afresh while the others go on with it. */
    private record Cached(Rulebook rulebook, long loadedAt, AtomicBoolean reloading) {
    }

    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    /** Bumped when a programme's rules change, so a load that raced with the change is not kept. */
    private final Map<UUID, Long> generations = new ConcurrentHashMap<>();
    private final ProgramRepository programs;
    private final EarningRuleRepository earningRules;
    private final TierLadderRepository ladders;
    private final TierRepository tiers;
    private final ChallengeRepository challenges;
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;

    public Rulebooks(ProgramRepository programs, EarningRuleRepository earningRules, TierLadderRepository ladders,
            TierRepository tiers, ChallengeRepository challenges, TransactionSynchronizationRegistry transactions,
            LoyaltyConfig config) {
        this.programs = programs;
        this.earningRules = earningRules;
        this.ladders = ladders;
        this.tiers = tiers;
        this.challenges = challenges;
        this.transactions = transactions;
        this.ttlNanos = config.cache().programTtl().toNanos();
    }

    /** The programme's rulebook; NOT_FOUND when there is no such programme. Call within a transaction. */
    public Rulebook of(UUID programId) {
        Cached cached = cache.get(programId);
        if (usable(cached)) {
            return cached.rulebook();
        }
        try {
            return load(programId);
        } finally {
            reloaded(cached);
        }
    }

    /**
     * As {@link #of}, for callers outside a transaction (the plain JDBC paths): a rulebook that is not
     * in memory, or too old, is read in a transaction of its own.
     */
    public Rulebook current(UUID programId) {
        Cached cached = cache.get(programId);
        if (usable(cached)) {
            return cached.rulebook();
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> load(programId));
        } finally {
            reloaded(cached);
        }
    }

    /**
     * Whether the rulebook in memory serves this call: it is fresh, or it is stale and another call is
     * reading it afresh (so that when it ages out under load, one call reloads it rather than every call
     * in progress). When false, this call is to read it and holds the reload until {@link #reloaded}.
     */
    private boolean usable(Cached cached) {
        return cached != null && (System.nanoTime() - cached.loadedAt() < ttlNanos
                || !cached.reloading().compareAndSet(false, true));
    }

    private static void reloaded(Cached stale) {
        if (stale != null) {
            stale.reloading().set(false);
        }
    }

    /** The current transaction changes the programme's rules: its rulebook is read afresh after it ends. */
    public void changing(UUID programId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    generations.merge(programId, 1L, Long::sum);
                    cache.remove(programId);
                }
            }
        });
    }

    /** Reads the rulebook and keeps it, unless the rules changed meanwhile (then the next call reads them). */
    private Rulebook load(UUID programId) {
        long generation = generations.getOrDefault(programId, 0L);
        long loadedAt = System.nanoTime();
        Rulebook loaded = read(programId);
        cache.compute(programId, (id, current) -> generations.getOrDefault(id, 0L) == generation
                ? new Cached(loaded, loadedAt, new AtomicBoolean()) : current);
        return loaded;
    }

    private Rulebook read(UUID programId) {
        Program program = programs.findByIdOptional(programId)
                .orElseThrow(() -> new NotFoundException("program " + programId + " does not exist"));
        return new Rulebook(program, List.copyOf(earningRules.ofProgram(programId)),
                ladders.findByIdOptional(programId).orElse(null), List.copyOf(tiers.ofProgram(programId)),
                List.copyOf(challenges.list("programId", programId)));
    }
}
