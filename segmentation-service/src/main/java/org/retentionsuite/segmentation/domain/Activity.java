package org.retentionsuite.segmentation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing a customer did, recorded once per customer and event id (V61). A return's amount is positive. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "amount_minor")
    private Long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_kind")
    private FeedbackKind feedbackKind;

    @Column(name = "feedback_score")
    private Short feedbackScore;

    @Column(name = "feedback_survey_id")
    private String feedbackSurveyId;

    @Column(name = "feedback_response_id")
    private String feedbackResponseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_outcome")
    private SupportOutcome supportOutcome;

    protected Activity() {
    }

    Activity(String eventId, String customerId, ActivityType type, Instant occurredAt, ReportedActivity.Amount amount,
            Instant recordedAt) {
        this.eventId = eventId;
        this.customerId = customerId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.amountMinor = amount == null ? null : amount.amountMinor();
        this.currencyCode = amount == null ? null : amount.currencyCode();
        this.recordedAt = recordedAt;
    }

    /** A visit with its name, a support contact with its outcome, or a feedback score. */
    Activity(String eventId, String customerId, ActivityType type, Instant occurredAt, ReportedActivity.Amount amount,
            Instant recordedAt, String name, Feedback feedback, SupportOutcome supportOutcome) {
        this(eventId, customerId, type, occurredAt, amount, recordedAt);
        this.name = name;
        if (feedback != null) {
            this.feedbackKind = feedback.kind();
            this.feedbackScore = (short) feedback.score();
            this.feedbackSurveyId = feedback.surveyId();
            this.feedbackResponseId = feedback.responseId();
        }
        this.supportOutcome = supportOutcome;
    }

    public String eventId() {
        return eventId;
    }

    public String customerId() {
        return customerId;
    }

    public ActivityType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** Null when the activity carries no amount. */
    public Long amountMinor() {
        return amountMinor;
    }

    /** Null when the activity carries no amount. */
    public String currencyCode() {
        return currencyCode;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Null unless a visit was named. */
    public String name() {
        return name;
    }

    /** Null unless this is feedback. */
    public Feedback feedback() {
        return feedbackKind == null ? null
                : new Feedback(feedbackKind, feedbackScore, feedbackSurveyId, feedbackResponseId);
    }

    /** Null unless this is a support contact. */
    public SupportOutcome supportOutcome() {
        return supportOutcome;
    }
}
