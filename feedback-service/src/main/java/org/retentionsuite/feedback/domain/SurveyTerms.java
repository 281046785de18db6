package org.retentionsuite.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * The terms a survey runs on: its purpose, the main question's scale as answered (the kind's, or the
 * CES variant's with its direction), the window it takes invitations and responses in, its response
 * limit and reminder delay.
 */
@Embeddable
public class SurveyTerms {

    @Enumerated(EnumType.STRING)
    private SurveyPurpose purpose = SurveyPurpose.GENERAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "ces_variant")
    private CesVariant cesVariant;

    @Column(name = "score_min")
    private short scoreMin;

    @Column(name = "score_max")
    private short scoreMax;

    @Column(name = "lower_score_is_better")
    private boolean lowerScoreIsBetter;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "response_limit")
    private Integer responseLimit;

    @Column(name = "reminder_after_days")
    private Integer reminderAfterDays;

    protected SurveyTerms() {
    }

    SurveyTerms(SurveyKind kind, SurveySettings settings) {
        this.purpose = settings.purpose() == null ? SurveyPurpose.GENERAL : settings.purpose();
        this.cesVariant = kind != SurveyKind.CES ? null
                : settings.cesVariant() == null ? CesVariant.AGREEMENT_7 : settings.cesVariant();
        this.scoreMin = (short) (cesVariant == null ? kind.lowest() : cesVariant.lowest());
        this.scoreMax = (short) (cesVariant == null ? kind.highest() : cesVariant.highest());
        this.lowerScoreIsBetter = cesVariant != null && cesVariant.lowerIsBetter();
        this.startsAt = settings.startsAt();
        this.closesAt = settings.closesAt();
        this.responseLimit = settings.responseLimit();
        this.reminderAfterDays = settings.reminderAfterDays();
    }

    public SurveySettings settings() {
        return new SurveySettings(purpose, cesVariant, startsAt, closesAt, responseLimit, reminderAfterDays);
    }

    /**
     * The positive and negative bands of the scale as answered: the kind's, or for CES the variant's,
     * whose positive end follows the stored direction (lower is better: the low end).
     */
    public ScoreBands scoreBands(SurveyKind kind) {
        if (cesVariant == null) {
            return kind.bands();
        }
        ScoreBands bands = cesVariant.bands();
        boolean lowEndPositive = bands.positiveTo() < bands.negativeFrom();
        return lowEndPositive == lowerScoreIsBetter ? bands
                : new ScoreBands(bands.negativeFrom(), bands.negativeTo(), bands.positiveFrom(), bands.positiveTo());
    }

    public CesVariant cesVariant() {
        return cesVariant;
    }

    public int scoreMin() {
        return scoreMin;
    }

    public int scoreMax() {
        return scoreMax;
    }

    public boolean lowerScoreIsBetter() {
        return lowerScoreIsBetter;
    }

    public Integer responseLimit() {
        return responseLimit;
    }

    boolean acceptsScore(int score) {
        return score >= scoreMin && score <= scoreMax;
    }

    /** Why the survey takes nothing at this instant (before its start, after its close), or null. */
    String outsideWindow(Instant now, String what) {
        if (startsAt != null && now.isBefore(startsAt)) {
            return "takes no " + what + " before " + startsAt;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return "takes no " + what + " since it closed at " + closesAt;
        }
        return null;
    }

    /** A token is valid for the deployment's validity, but never past the close date. */
    public Instant invitationExpiry(Instant validUntil) {
        return closesAt != null && closesAt.isBefore(validUntil) ? closesAt : validUntil;
    }
}
