package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.domain.InvalidRequestException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.segment.BehaviourColumns;
import org.retentionsuite.segmentation.domain.segment.MembershipChange;
import org.retentionsuite.segmentation.domain.segment.Page;
import org.retentionsuite.segmentation.domain.segment.Segment;
import org.retentionsuite.segmentation.domain.segment.SegmentMember;
import org.retentionsuite.segmentation.domain.segment.SegmentNotFoundException;
import org.retentionsuite.segmentation.domain.segment.SqlFragment;
import org.retentionsuite.segmentation.repository.MembershipRepository;
import org.retentionsuite.segmentation.repository.SegmentRepository;
import org.retentionsuite.segmentation.service.playbook.PlaybookRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps segment membership up to date: for the customers whose activity arrives, and for every
 * customer in a full pass. Customers who enter a segment start its playbooks.
 */
@ApplicationScoped
public class SegmentMembership {

    private static final Logger LOG = Logger.getLogger(SegmentMembership.class);

    private final SegmentRepository segments;
    private final MembershipRepository members;
    private final SegmentRules rules;
    private final PlaybookRunner playbooks;
    private final CustomerScoreSnapshot scores;
    private final Clock clock;

    public SegmentMembership(SegmentRepository segments, MembershipRepository members, SegmentRules rules,
            PlaybookRunner playbooks, CustomerScoreSnapshot scores, Clock clock) {
        this.segments = segments;
        this.members = members;
        this.rules = rules;
        this.playbooks = playbooks;
        this.scores = scores;
        this.clock = clock;
    }

    /** Who entered and left in a full pass, and the members after it. */
    public record RefreshOutcome(int enteredCount, int leftCount, long memberCount) {
    }

    private record Moves(int entered, int left) {
    }

    /** Re-evaluates every segment for these customers, in the caller's transaction (the one that recorded their activity). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activityArrived(List<String> customerIds, Instant now) {
        if (customerIds.isEmpty()) {
            return;
        }
        SqlFragment candidates = MembershipRepository.customers(customerIds);
        for (Segment segment : segments.allForEvaluation()) {
            evaluate(segment, candidates, now);
        }
    }

    /**
     * Evaluates the segment for every customer now, waiting for a scheduled pass that holds it; a
     * rule on RFM scores or predicted CLV refreshes the score snapshot first.
     */
    @Transactional
    public RefreshOutcome refresh(String segmentId) {
        UUID id = SegmentDefinitions.segmentId(segmentId);
        segments.find(id).filter(this::readsScoreSnapshot).ifPresent(segment -> scores.refresh());
        segments.lock(id).orElseThrow(() -> new SegmentNotFoundException("no segment " + segmentId));
        return refreshLocked(segments.find(id).orElseThrow(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** A full pass over a segment whose row this transaction holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RefreshOutcome refreshLocked(Segment segment, Instant now) {
        return fullPass(segment, now, false);
    }

    /** The first full pass of a segment created in this transaction: it has no members to compare with. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RefreshOutcome populate(Segment segment, Instant now) {
        return fullPass(segment, now, true);
    }

    private RefreshOutcome fullPass(Segment segment, Instant now, boolean newSegment) {
        long started = System.nanoTime();
        members.prepareFullPass();
        Moves moves = evaluateEveryCustomer(segment, now, newSegment);
        segments.markRefreshed(segment.id(), now);
        RefreshOutcome outcome = new RefreshOutcome(moves.entered(), moves.left(), members.count(segment.id()));
        LOG.infof("segment %s evaluated for every customer in %d ms: %d entered, %d left, %d members", segment.id(),
                (System.nanoTime() - started) / 1_000_000, outcome.enteredCount(), outcome.leftCount(), outcome.memberCount());
        return outcome;
    }

    /** True when a segment due for a full pass has a rule on the score snapshot (RFM scores, predicted CLV). */
    @Transactional
    public boolean dueSegmentReadsScores(Instant dueBefore) {
        return segments.allForEvaluation().stream()
                .filter(s -> s.refreshedAt() == null || s.refreshedAt().isBefore(dueBefore))
                .anyMatch(this::readsScoreSnapshot);
    }

    private boolean readsScoreSnapshot(Segment segment) {
        try {
            return rules.parse("rule", segment.rule()).readsScoreSnapshot();
        } catch (InvalidRequestException stale) {
            return false;
        }
    }

    /**
     * The scheduled pass's step: claims the segment refreshed longest ago (if before {@code dueBefore};
     * SKIP LOCKED, so replicas take different segments) and refreshes it. False when none is due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean refreshNextDue(Instant dueBefore) {
        Optional<UUID> due = segments.claimDue(dueBefore);
        if (due.isEmpty()) {
            return false;
        }
        refreshLocked(segments.find(due.get()).orElseThrow(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return true;
    }

    @Transactional
    public Page<SegmentMember> members(String segmentId, int pageSize, String pageToken) {
        UUID id = existing(segmentId);
        Violations violations = new Violations();
        int limit = Cursors.pageSize(violations, pageSize, 100, 1000);
        violations.throwIfAny();
        List<SegmentMember> page = members.members(id, Cursors.decode(pageToken), limit + 1);
        if (page.size() <= limit) {
            return new Page<>(page, "");
        }
        return new Page<>(page.subList(0, limit), Cursors.encode(page.get(limit - 1).customerId()));
    }

    @Transactional
    public long memberCount(String segmentId) {
        return members.count(existing(segmentId));
    }

    @Transactional
    public Optional<SegmentMember> membership(String segmentId, String customerId) {
        UUID id = existing(segmentId);
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        return members.membership(id, customer);
    }

    @Transactional
    public Page<MembershipChange> changes(String segmentId, String customerId, int pageSize, String pageToken) {
        UUID id = existing(segmentId);
        Violations violations = new Violations();
        int limit = Cursors.pageSize(violations, pageSize, 100, 1000);
        String customer = customerId == null || customerId.isBlank() ? null
                : violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        Long before = pageToken == null || pageToken.isBlank() ? null : Cursors.decodeNumber(pageToken);
        List<MembershipChange> page = members.changes(id, customer, before, limit + 1);
        if (page.size() <= limit) {
            return new Page<>(page, "");
        }
        return new Page<>(page.subList(0, limit), Cursors.encode(String.valueOf(page.get(limit - 1).sequence())));
    }

    /**
     * Every customer, with the behaviour the rule reads aggregated once for all; returns how many entered and left.
     * {@code newSegment}: the segment has no members yet, so the matching candidates are inserted without a diff, and
     * it has no playbooks (a playbook names a committed segment), so only their count comes back.
     */
    private Moves evaluateEveryCustomer(Segment segment, Instant now, boolean newSegment) {
        BehaviourColumns behaviour = new BehaviourColumns();
        SqlFragment predicate;
        try {
            predicate = rules.parse("rule", segment.rule()).toSql(now, behaviour);
        } catch (InvalidRequestException stale) {
            logStale(segment, stale);
            return new Moves(0, 0);
        }
        SqlFragment candidates = MembershipRepository.everyCustomer(segment.id(), behaviour);
        if (newSegment) {
            return new Moves(members.populate(segment.id(), candidates, predicate, now), 0);
        }
        List<MembershipChange> changes = apply(segment, candidates, predicate, now);
        int entered = (int) changes.stream().filter(c -> c.kind() == MembershipChange.Kind.ENTERED).count();
        return new Moves(entered, changes.size() - entered);
    }

    /** The customers of {@code batch} only, each behaviour field per customer. */
    private void evaluate(Segment segment, SqlFragment batch, Instant now) {
        SqlFragment predicate;
        try {
            predicate = rules.parse("rule", segment.rule()).toSql(now);
        } catch (InvalidRequestException stale) {
            logStale(segment, stale);
            return;
        }
        apply(segment, batch, predicate, now);
    }

    private List<MembershipChange> apply(Segment segment, SqlFragment candidates, SqlFragment predicate, Instant now) {
        List<MembershipChange> changes = members.reevaluate(segment.id(), candidates, predicate, now);
        List<String> entered = changes.stream().filter(c -> c.kind() == MembershipChange.Kind.ENTERED)
                .map(MembershipChange::customerId).toList();
        playbooks.customersEnteredSegment(segment.id(), entered, now);
        return changes;
    }

    private static void logStale(Segment segment, InvalidRequestException stale) {
        // A rule stored under fields this version no longer knows: leave its members as they are.
        LOG.errorf("segment %s has a rule this version cannot evaluate: %s", segment.id(), stale.getMessage());
    }

    private UUID existing(String segmentId) {
        UUID id = SegmentDefinitions.segmentId(segmentId);
        segments.find(id).orElseThrow(() -> new SegmentNotFoundException("no segment " + segmentId));
        return id;
    }
}
