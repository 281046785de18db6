package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.config.FollowUpConfig;
import org.retentionsuite.feedback.domain.CaseCursor;
import org.retentionsuite.feedback.domain.CaseFilter;
import org.retentionsuite.feedback.domain.CaseNote;
import org.retentionsuite.feedback.domain.CaseNoteKind;
import org.retentionsuite.feedback.domain.CaseStatus;
import org.retentionsuite.feedback.domain.Dissatisfaction;
import org.retentionsuite.feedback.domain.FollowUpCase;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.FollowUpCaseRepository;
import org.retentionsuite.feedback.repository.ClosedLoopSettingsRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The inner feedback loop: a case for each unhappy respondent, worked by an owner within the SLA. */
@ApplicationScoped
public class CaseService {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_KEY_LENGTH = 200;

    private final FollowUpCaseRepository cases;
    private final ClosedLoopSettingsRepository settings;
    private final FollowUpConfig config;
    private final Clock clock;

    public CaseService(FollowUpCaseRepository cases, ClosedLoopSettingsRepository settings, FollowUpConfig config, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.config = config;
        this.clock = clock;
    }

    /** A page of cases and the cursor of the next one (null on the last page). */
    public record CasePage(List<FollowUpCase> cases, String nextCursor) {
    }

    /** Opens a case when the response is unhappy, in the transaction that records the response. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FollowUpCase> openIfUnhappy(Survey survey, SurveyResponse response) {
        if (!Dissatisfaction.warrantsFollowUp(survey, response.score())) {
            return Optional.empty();
        }
        Duration sla = settings.findByIdOptional(survey.id()).map(s -> s.slaOr(config.sla())).orElse(config.sla());
        FollowUpCase opened = new FollowUpCase(survey, response, sla);
        cases.persist(opened);
        return Optional.of(opened);
    }

    @Transactional
    public FollowUpCase get(String caseId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("case_id", caseId);
        violations.throwIfAny();
        return cases.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public CasePage list(CaseStatus status, String owner, String surveyId, int limit, String cursor) {
        Violations violations = new Violations();
        UUID survey = surveyId == null || surveyId.isBlank() ? null : violations.requiredId("survey_id", surveyId);
        int size = pageSize(violations, limit);
        violations.throwIfAny();
        CaseCursor after = cursor == null || cursor.isBlank() ? null : CaseCursor.decode("cursor", cursor.strip());
        String ownerFilter = owner == null || owner.isBlank() ? null : owner.strip();
        List<FollowUpCase> page = cases.page(new CaseFilter(status, ownerFilter, survey, after), size);
        if (page.size() <= size) {
            return new CasePage(page, null);
        }
        List<FollowUpCase> shown = page.subList(0, size);
        return new CasePage(List.copyOf(shown), CaseCursor.of(shown.get(size - 1)).encode());
    }

    @Transactional
    public List<FollowUpCase> overdue(int limit) {
        Violations violations = new Violations();
        int size = pageSize(violations, limit);
        violations.throwIfAny();
        return cases.overdue(now(), size);
    }

    @Transactional
    public FollowUpCase assign(String caseId, String owner) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("case_id", caseId);
        String newOwner = violations.requiredText("owner", owner, FollowUpCase.MAX_OWNER_LENGTH);
        violations.throwIfAny();
        FollowUpCase followUp = locked(id);
        followUp.assignTo(newOwner);
        return followUp;
    }

    @Transactional
    public FollowUpCase transition(String caseId, CaseStatus target) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("case_id", caseId);
        if (target == null) {
            violations.add("status", "is required: OPEN, IN_PROGRESS, RESOLVED or CLOSED");
        }
        violations.throwIfAny();
        FollowUpCase followUp = locked(id);
        followUp.moveTo(target, now());
        return followUp;
    }

    /** Adds a note or records the message sent to the customer; the key makes a retry add nothing. */
    @Transactional
    public FollowUpCase addNote(String caseId, CaseNoteKind kind, String author, String text, String idempotencyKey) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("case_id", caseId);
        String writer = violations.requiredText("author", author, CaseNote.MAX_AUTHOR_LENGTH);
        String body = requiredMultiline(violations, text);
        String key = violations.requiredText("idempotency_key", idempotencyKey, MAX_KEY_LENGTH);
        violations.throwIfAny();
        FollowUpCase followUp = locked(id);
        followUp.addNote(kind == null ? CaseNoteKind.INTERNAL : kind, writer, body, key, now());
        return followUp;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // Notes are prose: line breaks and tabs are fine, other control characters are not.
    private static String requiredMultiline(Violations violations, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            violations.add("text", "is required");
        } else if (body.length() > CaseNote.MAX_TEXT_LENGTH) {
            violations.add("text", "is longer than " + CaseNote.MAX_TEXT_LENGTH + " characters");
        } else if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add("text", "contains control characters");
        }
        return body;
    }

    private static int pageSize(Violations violations, int limit) {
        if (limit == 0) {
            return DEFAULT_PAGE_SIZE;
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            violations.add("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return limit;
    }

    private FollowUpCase locked(UUID id) {
        return cases.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("case " + id + " does not exist");
    }
}
