package org.retentionsuite.feedback.domain;

/**
 * Which scores warrant a follow-up: the negative end of the survey kind's scale (see
 * {@link SurveyKind#negativeUpTo()}): NPS detractors 0-6, CSAT 1-2, CES 1-3 on the 1-7 scale where
 * 7 means "strongly agree that it was easy" (so low is poor).
 */
public final class Dissatisfaction {

    private Dissatisfaction() {
    }

    public static boolean warrantsFollowUp(SurveyKind kind, int score) {
        return score <= kind.negativeUpTo();
    }
}
