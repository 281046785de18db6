package org.retentionsuite.segmentation.domain;

/** The scale a feedback score is on, and where on it a score says the customer is unhappy. */
public enum FeedbackKind {
    /** 0-10; detractors (0-6) are negative. */
    NPS(0, 10, 6),
    /** 1-5; 1 and 2 are negative. */
    CSAT(1, 5, 2),
    /** 1-7, higher is easier; 1-3 (hard to get help) are negative. */
    CES(1, 7, 3);

    private final int lowest;
    private final int highest;
    private final int highestNegative;

    FeedbackKind(int lowest, int highest, int highestNegative) {
        this.lowest = lowest;
        this.highest = highest;
        this.highestNegative = highestNegative;
    }

    public boolean inRange(int score) {
        return score >= lowest && score <= highest;
    }

    public boolean isNegative(int score) {
        return score <= highestNegative;
    }

    public String range() {
        return lowest + " to " + highest;
    }
}
