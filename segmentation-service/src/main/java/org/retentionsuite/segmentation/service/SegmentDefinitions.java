package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.domain.NameTakenException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.segment.Page;
import org.retentionsuite.segmentation.domain.segment.RuleSpec;
import org.retentionsuite.segmentation.domain.segment.Segment;
import org.retentionsuite.segmentation.domain.segment.SegmentNotFoundException;
import org.retentionsuite.segmentation.repository.SegmentRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Adds segments and reads them back. */
@ApplicationScoped
public class SegmentDefinitions {

    private final SegmentRepository segments;
    private final SegmentRules rules;
    private final SegmentMembership membership;
    private final CustomerScoreSnapshot scores;
    private final Clock clock;

    public SegmentDefinitions(SegmentRepository segments, SegmentRules rules, SegmentMembership membership,
            CustomerScoreSnapshot scores, Clock clock) {
        this.segments = segments;
        this.scores = scores;
        this.rules = rules;
        this.membership = membership;
        this.clock = clock;
    }

    /** Stores the segment and computes its members at once (its first full pass). */
    @Transactional
    public Segment create(String name, String description, RuleSpec rule) {
        Violations violations = new Violations();
        String checkedName = violations.requiredText("name", name, 200);
        String checkedDescription = description == null ? "" : description.strip();
        if (checkedDescription.length() > 2000) {
            violations.add("description", "is longer than 2000 characters");
        }
        boolean readsScores = false;
        try {
            readsScores = rules.parse("rule", rule).readsScoreSnapshot();
        } catch (org.retentionsuite.segmentation.domain.InvalidRequestException invalid) {
            invalid.violations().forEach(v -> violations.add(v.field(), v.description()));
        }
        violations.throwIfAny();
        if (readsScores) {
            scores.refresh();
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!segments.insert(id, checkedName, checkedDescription, rule, now)) {
            throw new NameTakenException("segment", checkedName);
        }
        membership.populate(segments.find(id).orElseThrow(), now);
        return segments.find(id).orElseThrow();
    }

    @Transactional
    public Segment segment(String segmentId) {
        UUID id = segmentId(segmentId);
        return segments.find(id).orElseThrow(() -> new SegmentNotFoundException("no segment " + segmentId));
    }

    @Transactional
    public Page<Segment> list(int pageSize, String pageToken) {
        Violations violations = new Violations();
        int limit = Cursors.pageSize(violations, pageSize, 50, 200);
        violations.throwIfAny();
        Cursors.Position position = Cursors.position(pageToken);
        List<Segment> page = position == null ? segments.page(null, null, limit + 1)
                : segments.page(position.at(), position.id(), limit + 1);
        if (page.size() <= limit) {
            return new Page<>(page, "");
        }
        Segment last = page.get(limit - 1);
        return new Page<>(page.subList(0, limit), Cursors.encode(last.createdAt(), last.id()));
    }

    /** The id as a UUID; INVALID_ARGUMENT on {@code segment_id} otherwise. */
    static UUID segmentId(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            Violations violations = new Violations();
            violations.add("segment_id", "must be a UUID");
            violations.throwIfAny();
            throw e;
        }
    }
}
