package org.retentionsuite.feedback.domain;

/**
 * Net Promoter Score: % promoters (9-10) minus % detractors (0-6), in points, with half the 95%
 * confidence interval. With P and D as fractions, the variance of one answer (+1, 0, -1) is
 * P + D - (P - D)^2, so the margin is 1.96 * sqrt(variance / n), times 100 for points.
 */
public record NpsScore(Double score, long n, long promoters, long passives, long detractors, Double marginOfError) {

    private static final double Z_95 = 1.96;

    public static NpsScore of(ScoreTally tally) {
        long n = tally.n();
        long promoters = tally.positive();
        long detractors = tally.negative();
        if (n == 0) {
            return new NpsScore(null, 0, 0, 0, 0, null);
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double variance = p + d - (p - d) * (p - d);
        return new NpsScore(Percent.oneDecimal(100 * (p - d)), n, promoters, n - promoters - detractors, detractors,
                Percent.oneDecimal(100 * Z_95 * Math.sqrt(variance / n)));
    }
}
