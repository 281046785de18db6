package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A response to a survey, given with an invitation's token or through its public link: started, then completed. */
@Entity
@Table(name = "response")
public class SurveyResponse {

    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "survey_id")
    private UUID surveyId;

    @Column(name = "invitation_id")
    private UUID invitationId;

    // The wording answered: editing an active survey makes a new version.
    @Column(name = "survey_version")
    private int surveyVersion;

    @Column(name = "customer_id")
    private String customerId;

    private String language;

    @Enumerated(EnumType.STRING)
    private ResponseChannel channel;

    private Short score;

    private String comment;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Enumerated(EnumType.STRING)
    private ResponseStatus status = ResponseStatus.COMPLETED;

    @Column(name = "started_at")
    private Instant startedAt;

    // A public link's form session; null for a response given with an invitation's token.
    @Column(name = "link_session")
    private String linkSession;

    protected SurveyResponse() {
    }

    /**
     * A response begun now to the survey's current version, with an invitation (its customer) or
     * through the public link's form session (anonymous); {@link #record} fills it.
     */
    public static SurveyResponse begin(Survey survey, Invitation invitation, String linkSession, String language,
            Instant now) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id();
        response.invitationId = invitation == null ? null : invitation.id();
        response.customerId = invitation == null ? null : invitation.customerId();
        response.linkSession = linkSession;
        response.surveyVersion = survey.version();
        response.language = language;
        response.startedAt = now;
        response.status = ResponseStatus.STARTED;
        return response;
    }

    /** Records what was submitted: saved part-way, or completed now (then it is final). */
    public void record(Survey survey, String language, ResponseChannel channel, Integer score, String comment,
            boolean partial, Instant now) {
        this.surveyVersion = survey.version();
        this.language = language;
        this.channel = channel;
        this.score = score == null ? null : score.shortValue();
        this.comment = comment;
        if (!partial) {
            this.status = ResponseStatus.COMPLETED;
            this.completedAt = now;
        }
    }

    public ResponseStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean completed() {
        return status == ResponseStatus.COMPLETED;
    }

    public SurveyResponse(Survey survey, Invitation invitation, ResponseChannel channel, int score, String comment,
            Instant completedAt) {
        this.id = UUID.randomUUID();
        this.surveyId = survey.id();
        this.invitationId = invitation.id();
        this.surveyVersion = survey.version();
        this.customerId = invitation.customerId();
        this.language = invitation.language();
        this.channel = channel;
        this.score = (short) score;
        this.comment = comment;
        this.completedAt = completedAt;
        this.startedAt = completedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID surveyId() {
        return surveyId;
    }

    public int surveyVersion() {
        return surveyVersion;
    }

    public String customerId() {
        return customerId;
    }

    public String language() {
        return language;
    }

    public ResponseChannel channel() {
        return channel;
    }

    /** The main score, or null in a response saved part-way without it. */
    public Integer score() {
        return score == null ? null : score.intValue();
    }

    /** The respondent's comment, or null. */
    public String comment() {
        return comment;
    }

    /** When it was completed, or null while it is only started. */
    public Instant completedAt() {
        return completedAt;
    }
}
