package org.retentionsuite.feedback.domain;

/** Customer satisfaction: the % of answers scoring 4 or 5 on 1-5, and the mean score. */
public record CsatScore(Double score, long n, long satisfied, Double mean) {

    public static CsatScore of(ScoreTally tally) {
        return new CsatScore(Percent.of(tally.positive(), tally.n()), tally.n(), tally.positive(), mean(tally));
    }

    static Double mean(ScoreTally tally) {
        return tally.n() == 0 ? null : Percent.oneDecimal((double) tally.sum() / tally.n());
    }
}
