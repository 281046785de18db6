package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A completed response to a survey's main question, given with an invitation's token. */
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

    private short score;

    private String comment;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected SurveyResponse() {
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

    public int score() {
        return score;
    }

    /** The respondent's comment, or null. */
    public String comment() {
        return comment;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
