package org.retentionsuite.feedback.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The follow-up of an unhappy respondent: someone owns it, works it and tells the customer, within the SLA. */
@Entity
@Table(name = "follow_up_case")
public class FollowUpCase {

    public static final int MAX_OWNER_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "response_id")
    private UUID responseId;

    @Column(name = "survey_id")
    private UUID surveyId;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_kind")
    private SurveyKind surveyKind;

    private short score;

    private String comment;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private String owner;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "customer_messaged_at")
    private Instant customerMessagedAt;

    // Eager in batches: a case is always shown with its notes, also after its transaction.
    @OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "case_id", insertable = false, updatable = false)
    @OrderBy("createdAt, sequence")
    @BatchSize(size = 100)
    private List<CaseNote> notes = new ArrayList<>();

    protected FollowUpCase() {
    }

    /** Opens the case of a response, due {@code sla} after it was completed. */
    public FollowUpCase(Survey survey, SurveyResponse response, Duration sla) {
        this.id = UUID.randomUUID();
        this.responseId = response.id();
        this.surveyId = survey.id();
        this.customerId = response.customerId();
        this.surveyKind = survey.kind();
        this.score = response.score().shortValue();
        this.comment = response.comment();
        this.status = CaseStatus.OPEN;
        this.openedAt = response.completedAt();
        this.dueAt = response.completedAt().plus(sla);
    }

    /** Moves the case on; asking for its current status changes nothing. */
    public void moveTo(CaseStatus target, Instant now) {
        if (target == status) {
            return;
        }
        if (!status.next().contains(target)) {
            throw new FailedPreconditionException("case " + id + " cannot move from " + status.describe() + " to "
                    + target.describe() + (status == CaseStatus.CLOSED ? ": it is closed"
                    : "; from " + status.describe() + " it may move to " + String.join(" or ",
                            status.next().stream().sorted().map(CaseStatus::describe).toList())));
        }
        if (target == CaseStatus.RESOLVED) {
            resolvedAt = now;
        } else if (target == CaseStatus.CLOSED) {
            closedAt = now;
        } else if (status == CaseStatus.RESOLVED) {
            resolvedAt = null; // reopened
        }
        status = target;
    }

    public void assignTo(String newOwner) {
        if (status == CaseStatus.CLOSED) {
            throw new FailedPreconditionException("case " + id + " is closed and cannot be reassigned");
        }
        owner = newOwner;
    }

    /** Adds a note once per idempotency key: a retry returns the note the key added first. */
    public CaseNote addNote(CaseNoteKind kind, String author, String text, String idempotencyKey, Instant now) {
        Optional<CaseNote> earlier = notes.stream().filter(n -> n.idempotencyKey().equals(idempotencyKey)).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (status == CaseStatus.CLOSED) {
            throw new FailedPreconditionException("case " + id + " is closed and takes no more notes");
        }
        CaseNote note = new CaseNote(id, kind, author, text, idempotencyKey, now);
        notes.add(note);
        if (kind == CaseNoteKind.CUSTOMER_MESSAGE && customerMessagedAt == null) {
            customerMessagedAt = now;
        }
        return note;
    }

    public boolean overdueAt(Instant now) {
        return status.unresolved() && now.isAfter(dueAt);
    }

    public UUID id() {
        return id;
    }

    public UUID responseId() {
        return responseId;
    }

    public UUID surveyId() {
        return surveyId;
    }

    public String customerId() {
        return customerId;
    }

    public SurveyKind surveyKind() {
        return surveyKind;
    }

    public int score() {
        return score;
    }

    /** The respondent's comment, or null. */
    public String comment() {
        return comment;
    }

    public CaseStatus status() {
        return status;
    }

    /** Who works the case, or null while nobody was assigned. */
    public String owner() {
        return owner;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant customerMessagedAt() {
        return customerMessagedAt;
    }

    public List<CaseNote> notes() {
        return Collections.unmodifiableList(notes);
    }
}
