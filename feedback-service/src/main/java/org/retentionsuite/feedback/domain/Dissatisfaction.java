package org.retentionsuite.feedback.domain;

/**
 * Which scores warrant a follow-up: the negative band of the survey's scale (see
 * {@link Survey#scoreBands()}): NPS detractors 0-6, CSAT 1-2, CES 1-3 on the 1-7 agreement scale
 * (7 = strongly agree that it was easy) and 4-5 on the 1-5 effort scale (5 = very high effort).
 */
public final class Dissatisfaction {

    private Dissatisfaction() {
    }

    public static boolean warrantsFollowUp(Survey survey, int score) {
        return survey.scoreBands().negative(score);
    }
}
