package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /surveys/{surveyId}/metrics/comparison}: the score of the survey's kind in the baseline
 * and the current period, and the change. NPS: {@code marginOfError} of the difference
 * (1.96·√(v₁/n₁ + v₂/n₂)·100); CSAT and CES (% agree): the two-proportion {@code z}. {@code significant}
 * at 95%.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricsComparisonView(Scores baseline, Scores current, Change change) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scores(SurveyMetricsView.Nps nps, SurveyMetricsView.Csat csat, SurveyMetricsView.Ces ces) {
    }

    public record Change(Double difference, Double marginOfError, Double z, boolean significant) {
    }
}
