package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * {@code GET /surveys/{surveyId}/metrics/breakdown?by=language|country|attribute}: the score per
 * language, country or value of one invitation attribute, the value with most responses first.
 */
public record MetricsBreakdownView(String by, String attribute, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String value, SurveyMetricsView.Nps nps, SurveyMetricsView.Csat csat, SurveyMetricsView.Ces ces) {
    }
}
