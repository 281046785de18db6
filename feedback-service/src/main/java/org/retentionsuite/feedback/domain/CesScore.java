package org.retentionsuite.feedback.domain;

/** Customer effort on the 1-7 agreement scale ("it was easy"): the mean, and the % agreeing (5-7). */
public record CesScore(Double mean, long n, long agree, Double percentAgree) {

    public static CesScore of(ScoreTally tally) {
        return new CesScore(CsatScore.mean(tally), tally.n(), tally.positive(), Percent.of(tally.positive(), tally.n()));
    }
}
