package org.retentionsuite.feedback.domain;

/**
 * The two ends of a survey's scale that its metrics count: the positive band (NPS promoters, CSAT
 * satisfied, CES agree or low effort) and the negative one (detractors, dissatisfied, poor effort),
 * both inclusive. Which end is positive follows the scale's direction.
 */
public record ScoreBands(int positiveFrom, int positiveTo, int negativeFrom, int negativeTo) {

    public boolean positive(int score) {
        return score >= positiveFrom && score <= positiveTo;
    }

    public boolean negative(int score) {
        return score >= negativeFrom && score <= negativeTo;
    }
}
