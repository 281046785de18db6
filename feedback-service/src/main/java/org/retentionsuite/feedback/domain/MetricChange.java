package org.retentionsuite.feedback.domain;

/**
 * The change of a survey's score between two periods and whether it is significant at 95%.
 * NPS: the difference against the combined margin of error 1.96·√(v₁/n₁ + v₂/n₂)·100 with
 * v = P + D − (P − D)². CSAT (% 4-5) and CES (% agree): the two-proportion z-test with the pooled
 * proportion p = (x₁ + x₂)/(n₁ + n₂), z = (p₂ − p₁)/√(p(1 − p)(1/n₁ + 1/n₂)).
 */
public record MetricChange(Double difference, Double marginOfError, Double z, boolean significant) {

    private static final double Z_95 = 1.96;
    private static final MetricChange UNKNOWN = new MetricChange(null, null, null, false);

    public static MetricChange between(SurveyKind kind, ScoreTally baseline, ScoreTally current) {
        if (baseline.n() == 0 || current.n() == 0) {
            return UNKNOWN;
        }
        return kind == SurveyKind.NPS ? nps(baseline, current) : proportions(baseline, current);
    }

    private static MetricChange nps(ScoreTally baseline, ScoreTally current) {
        double difference = 100 * (netShare(current) - netShare(baseline));
        double margin = 100 * Z_95 * Math.sqrt(variance(baseline) / baseline.n() + variance(current) / current.n());
        return new MetricChange(Percent.oneDecimal(difference), Percent.oneDecimal(margin), null,
                Math.abs(difference) > margin);
    }

    private static MetricChange proportions(ScoreTally baseline, ScoreTally current) {
        double p1 = (double) baseline.positive() / baseline.n();
        double p2 = (double) current.positive() / current.n();
        double pooled = (double) (baseline.positive() + current.positive()) / (baseline.n() + current.n());
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / baseline.n() + 1.0 / current.n()));
        Double z = standardError == 0 ? null : twoDecimals((p2 - p1) / standardError);
        return new MetricChange(Percent.oneDecimal(100 * (p2 - p1)), null, z, z != null && Math.abs(z) > Z_95);
    }

    private static double netShare(ScoreTally tally) {
        return (double) (tally.positive() - tally.negative()) / tally.n();
    }

    private static double variance(ScoreTally tally) {
        double p = (double) tally.positive() / tally.n();
        double d = (double) tally.negative() / tally.n();
        return p + d - (p - d) * (p - d);
    }

    private static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
