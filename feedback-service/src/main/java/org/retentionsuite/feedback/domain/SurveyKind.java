package org.retentionsuite.feedback.domain;

/** What a survey's main question measures, and so its scale. */
public enum SurveyKind {
    /** Net Promoter Score: likelihood to recommend, 0-10. */
    NPS(0, 10, 9, 6),
    /** Customer satisfaction, 1-5. */
    CSAT(1, 5, 4, 2),
    /** Customer effort score: agreement that it was easy, 1-7. */
    CES(1, 7, 5, 3);

    private final int lowestScore;
    private final int highestScore;
    private final int positiveFrom;
    private final int negativeUpTo;

    SurveyKind(int lowestScore, int highestScore, int positiveFrom, int negativeUpTo) {
        this.lowestScore = lowestScore;
        this.highestScore = highestScore;
        this.positiveFrom = positiveFrom;
        this.negativeUpTo = negativeUpTo;
    }

    /** The lowest positive score: NPS promoters (9-10), CSAT satisfied (4-5), CES agree (5-7). */
    public int positiveFrom() {
        return positiveFrom;
    }

    /** The highest negative score: NPS detractors (0-6), CSAT dissatisfied (1-2), CES disagree (1-3). */
    public int negativeUpTo() {
        return negativeUpTo;
    }

    /** The bands of the kind's own scale (a CES survey's variant may have others, see {@link CesVariant#bands()}). */
    public ScoreBands bands() {
        return new ScoreBands(positiveFrom, highestScore, lowestScore, negativeUpTo);
    }

    public boolean accepts(int score) {
        return score >= lowestScore && score <= highestScore;
    }

    public int lowest() {
        return lowestScore;
    }

    public int highest() {
        return highestScore;
    }

    /** How the scale reads in an error message: "0-10". */
    public String scale() {
        return lowestScore + "-" + highestScore;
    }
}
