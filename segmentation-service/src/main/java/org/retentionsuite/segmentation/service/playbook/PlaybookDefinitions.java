package org.retentionsuite.segmentation.service.playbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.domain.NameTakenException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.playbook.PlaybookNotFoundException;
import org.retentionsuite.segmentation.service.Cursors;
import org.retentionsuite.segmentation.domain.playbook.Playbook;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAction;
import org.retentionsuite.segmentation.domain.playbook.PlaybookAlert;
import org.retentionsuite.segmentation.domain.playbook.PlaybookReport;
import org.retentionsuite.segmentation.domain.segment.Page;
import org.retentionsuite.segmentation.domain.segment.SegmentNotFoundException;
import org.retentionsuite.segmentation.repository.PlaybookRepository;
import org.retentionsuite.segmentation.repository.PlaybookRunRepository;
import org.retentionsuite.segmentation.repository.SegmentRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Adds playbooks, reads them back, and reports their alerts and their effect on churn. */
@ApplicationScoped
public class PlaybookDefinitions {

    public static final int MAX_COOLDOWN_DAYS = 3650;
    public static final double MAX_CONTROL_SHARE = 0.5;
    public static final int DEFAULT_CHURN_WINDOW_DAYS = 90;
    public static final long MAX_BONUS_POINTS = 1_000_000;

    private final PlaybookRepository playbooks;
    private final PlaybookRunRepository runs;
    private final SegmentRepository segments;
    private final Clock clock;

    public PlaybookDefinitions(PlaybookRepository playbooks, PlaybookRunRepository runs, SegmentRepository segments,
            Clock clock) {
        this.playbooks = playbooks;
        this.runs = runs;
        this.segments = segments;
        this.clock = clock;
    }

    /** What a client asks for; checked by {@link #create}. */
    public record Draft(String name, String segmentId, String churnRiskLevel, PlaybookAction action, int cooldownDays,
            double controlShare, int churnWindowDays) {
    }

    @Transactional
    public Playbook create(Draft draft) {
        Violations violations = new Violations();
        String name = violations.requiredText("name", draft.name(), 200);
        UUID segmentId = null;
        Playbook.RiskLevel level = null;
        boolean bySegment = draft.segmentId() != null && !draft.segmentId().isBlank();
        boolean byLevel = draft.churnRiskLevel() != null && !draft.churnRiskLevel().isBlank();
        if (bySegment == byLevel) {
            violations.add("trigger", "must name exactly one of segment_id and churn_risk_level");
        } else if (bySegment) {
            segmentId = uuid(violations, "trigger.segment_id", draft.segmentId());
        } else {
            try {
                level = Playbook.RiskLevel.valueOf(draft.churnRiskLevel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add("trigger.churn_risk_level", "must be LOW, MEDIUM or HIGH");
            }
        }
        PlaybookAction action = action(violations.within("action"), draft.action());
        if (draft.cooldownDays() < 1 || draft.cooldownDays() > MAX_COOLDOWN_DAYS) {
            violations.add("cooldown_days", "must be 1 to " + MAX_COOLDOWN_DAYS);
        }
        if (!(draft.controlShare() >= 0 && draft.controlShare() <= MAX_CONTROL_SHARE)) {
            violations.add("control_share", "must be 0 to " + MAX_CONTROL_SHARE);
        }
        int window = draft.churnWindowDays() == 0 ? DEFAULT_CHURN_WINDOW_DAYS : draft.churnWindowDays();
        if (window < 1 || window > 365) {
            violations.add("churn_window_days", "must be 1 to 365 (0 means " + DEFAULT_CHURN_WINDOW_DAYS + ")");
        }
        violations.throwIfAny();
        if (segmentId != null && segments.find(segmentId).isEmpty()) {
            throw new SegmentNotFoundException("no segment " + segmentId);
        }
        Playbook playbook = new Playbook(UUID.randomUUID(), name, segmentId, level, action, draft.cooldownDays(),
                draft.controlShare(), window, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!playbooks.insert(playbook)) {
            throw new NameTakenException("playbook", name);
        }
        return playbook;
    }

    @Transactional
    public Playbook playbook(String playbookId) {
        Violations violations = new Violations();
        UUID id = uuid(violations, "playbook_id", playbookId);
        violations.throwIfAny();
        return playbooks.find(id).orElseThrow(() -> new PlaybookNotFoundException(playbookId));
    }

    @Transactional
    public Page<Playbook> list(int pageSize, String pageToken) {
        Violations violations = new Violations();
        int limit = Cursors.pageSize(violations, pageSize, 50, 200);
        violations.throwIfAny();
        Cursors.Position position = Cursors.position(pageToken);
        List<Playbook> page = position == null ? playbooks.page(null, null, limit + 1)
                : playbooks.page(position.at(), position.id(), limit + 1);
        if (page.size() <= limit) {
            return new Page<>(page, "");
        }
        Playbook last = page.get(limit - 1);
        return new Page<>(page.subList(0, limit), Cursors.encode(last.createdAt(), last.id()));
    }

    /** Churn within the playbook's window after each run, for the runs whose window has ended. */
    @Transactional
    public PlaybookReport report(String playbookId) {
        Playbook playbook = playbook(playbookId);
        return runs.churn(playbook.id(), playbook.churnWindowDays(), clock.instant());
    }

    @Transactional
    public Page<PlaybookAlert> alerts(String playbookId, int pageSize, String pageToken) {
        Playbook playbook = playbook(playbookId);
        Violations violations = new Violations();
        int limit = Cursors.pageSize(violations, pageSize, 100, 1000);
        violations.throwIfAny();
        Cursors.Position position = Cursors.position(pageToken);
        List<PlaybookAlert> page = position == null ? runs.alerts(playbook.id(), null, null, limit + 1)
                : runs.alerts(playbook.id(), position.at(), position.id(), limit + 1);
        if (page.size() <= limit) {
            return new Page<>(page, "");
        }
        PlaybookAlert last = page.get(limit - 1);
        return new Page<>(page.subList(0, limit), Cursors.encode(last.raisedAt(), last.id()));
    }

    private static PlaybookAction action(Violations violations, PlaybookAction action) {
        if (action == null || action.kind() == null) {
            violations.add("kind", "must be BONUS_POINTS, SURVEY_INVITATION, ALERT or REWARD_OFFER");
            return action;
        }
        switch (action.kind()) {
            case BONUS_POINTS -> {
                String program = violations.requiredText("program_id", action.programId(), 128);
                if (action.points() < 1 || action.points() > MAX_BONUS_POINTS) {
                    violations.add("points", "must be 1 to " + MAX_BONUS_POINTS);
                }
                return new PlaybookAction(action.kind(), program, action.points(), null, null, null);
            }
            case REWARD_OFFER -> {
                String program = violations.requiredText("program_id", action.programId(), 128);
                if (action.rewardId() == null) {
                    violations.add("reward_id", "must be a UUID");
                }
                return new PlaybookAction(action.kind(), program, 0, null, null, action.rewardId());
            }
            case SURVEY_INVITATION -> {
                if (action.surveyPurpose() == null) {
                    violations.add("survey_purpose", "must be CHECK_IN or EXIT");
                }
                return new PlaybookAction(action.kind(), null, 0, action.surveyPurpose(), null, null);
            }
            default -> {
                String message = violations.requiredText("alert_message", action.alertMessage(), 1000);
                return new PlaybookAction(action.kind(), null, 0, null, message, null);
            }
        }
    }

    private static UUID uuid(Violations violations, String field, String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(field, "must be a UUID");
            return null;
        }
    }
}
