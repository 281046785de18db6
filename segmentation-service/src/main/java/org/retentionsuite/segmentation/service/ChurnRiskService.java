package org.retentionsuite.segmentation.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.config.ChurnRiskConfig;
import org.retentionsuite.segmentation.domain.IsoDates;
import org.retentionsuite.segmentation.domain.NoActivityRecordedException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskModel;
import org.retentionsuite.segmentation.domain.churn.ChurnSignals;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.service.playbook.RiskLevelTrigger;
import org.retentionsuite.segmentation.repository.ChurnRiskRepository;
import org.retentionsuite.segmentation.repository.ChurnSignalRepository;
import org.retentionsuite.segmentation.repository.ClvFitRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores customers' churn risk, stores the scores and records level changes. */
@ApplicationScoped
public class ChurnRiskService {

    private static final Logger LOG = Logger.getLogger(ChurnRiskService.class);
    /** Scores are written this many at a time during a full pass. */
    private static final int STORE_BATCH = 5_000;

    private final ChurnSignalRepository signals;
    private final ChurnRiskRepository risks;
    private final ClvFitRepository fits;
    private final ChurnRiskModel model;
    private final RiskLevelTrigger playbooks;
    private final SegmentMembership membership;
    private final Clock clock;

    public ChurnRiskService(ChurnSignalRepository signals, ChurnRiskRepository risks, ClvFitRepository fits,
            ChurnRiskConfig config, RiskLevelTrigger playbooks, SegmentMembership membership, Clock clock) {
        this.signals = signals;
        this.risks = risks;
        this.fits = fits;
        this.model = new ChurnRiskModel(config);
        this.playbooks = playbooks;
        this.membership = membership;
        this.clock = clock;
    }

    /** How a full pass went: customers scored per level, and the level changes it recorded. */
    public record ScoringOutcome(LocalDate asOf, long scored, Map<ChurnRiskLevel, Long> perLevel, long levelChanges) {
    }

    /** A customer's new score and the level stored before (null when never scored). */
    public record CustomerScoring(ChurnRisk risk, ChurnRiskLevel previousLevel) {
    }

    /** Every customer with activity up to the end of {@code asOf} (blank: today). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public ScoringOutcome scoreAll(String asOf) {
        LocalDate date = asOf(asOf);
        long started = System.nanoTime();
        risks.lockScoring();
        ClvFit fit = fits.latest().orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<ChurnRiskLevel, Long> perLevel = new EnumMap<>(ChurnRiskLevel.class);
        for (ChurnRiskLevel level : ChurnRiskLevel.values()) {
            perLevel.put(level, 0L);
        }
        List<ChurnRisk> batch = new ArrayList<>(STORE_BATCH);
        long[] changes = {0};
        // Where the pass's time goes (the signals' statement is the rest): scoring in Java, and the write-back.
        long[] scoringNanos = {0};
        long[] storingNanos = {0};
        // The signals are read on a connection of their own meanwhile (ChurnSignalFeed), the scores stored on this one.
        try (ChurnSignalFeed feed = ChurnSignalFeed.start(signals, date)) {
            feed.forEach(customer -> {
                long scoring = System.nanoTime();
                ChurnRisk risk = model.score(customer, fit);
                scoringNanos[0] += System.nanoTime() - scoring;
                perLevel.merge(risk.level(), 1L, Long::sum);
                batch.add(risk);
                if (batch.size() == STORE_BATCH) {
                    long storing = System.nanoTime();
                    changes[0] += store(batch, date, now);
                    storingNanos[0] += System.nanoTime() - storing;
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            long storing = System.nanoTime();
            changes[0] += store(batch, date, now);
            storingNanos[0] += System.nanoTime() - storing;
        }
        long scored = perLevel.values().stream().mapToLong(Long::longValue).sum();
        LOG.infof("churn risk as of %s: scored %d customers in %d ms (scoring %d ms, storing and playbooks %d ms), %d level"
                + " changes", date, scored, (System.nanoTime() - started) / 1_000_000, scoringNanos[0] / 1_000_000,
                storingNanos[0] / 1_000_000, changes[0]);
        return new ScoringOutcome(date, scored, perLevel, changes[0]);
    }

    @Transactional
    public CustomerScoring scoreCustomer(String customerId, String asOf) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        LocalDate date = asOf(asOf);
        risks.lockScoring();
        ChurnRisk risk = model.score(signalsOf(customer, date), fits.latest().orElse(null));
        ChurnRiskLevel previous = risks.storedLevel(customer).orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store(List.of(risk), date, now);
        // Rules on churn risk follow the new score at once; a full scoring pass leaves that to the segment pass.
        membership.activityArrived(List.of(customer), now);
        return new CustomerScoring(risk, previous);
    }

    /** Stores the scores and, in the same transaction, runs the playbooks of each level a customer entered. */
    private int store(List<ChurnRisk> scores, LocalDate date, Instant now) {
        List<ChurnRiskRepository.LevelEntered> changes = risks.store(scores, date, now);
        Map<ChurnRiskLevel, List<String>> entered = new EnumMap<>(ChurnRiskLevel.class);
        changes.forEach(change -> entered.computeIfAbsent(change.level(), level -> new ArrayList<>()).add(change.customerId()));
        entered.forEach((level, customers) ->
                playbooks.customersEnteredRiskLevel(Playbook.RiskLevel.valueOf(level.name()), customers, now));
        return changes.size();
    }

    /** As of today, computed without storing it. */
    @Transactional
    public ChurnRisk current(String customerId) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        return model.score(signalsOf(customer, LocalDate.now(clock)), fits.latest().orElse(null));
    }

    private ChurnSignals signalsOf(String customerId, LocalDate asOf) {
        return signals.of(customerId, asOf).orElseThrow(() -> new NoActivityRecordedException(customerId));
    }

    private LocalDate asOf(String text) {
        Violations violations = new Violations();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = IsoDates.optional(violations, "as_of", text, today);
        if (date != null && date.isAfter(today)) {
            violations.add("as_of", "must not be after today " + today);
        }
        violations.throwIfAny();
        return date;
    }
}
