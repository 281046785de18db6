package org.retentionsuite.feedback.domain;

/**
 * Customer effort: the mean score and the % at the good end, per variant: agreeing that it was easy
 * (5-7 on AGREEMENT_7) or a low effort (1-2 on EFFORT_5, where lower is better).
 */
public record CesScore(Double mean, long n, long agree, Double percentAgree, CesVariant variant) {

    public static CesScore of(ScoreTally tally, CesVariant variant) {
        return new CesScore(CsatScore.mean(tally), tally.n(), tally.positive(), Percent.of(tally.positive(), tally.n()),
                variant);
    }
}
