package org.retentionsuite.feedback.domain;

import java.time.Instant;

/** One bucket of metrics: the instant it starts (midnight in the requested zone) and its metrics. */
public record MetricsPeriod(Instant start, SurveyMetrics metrics) {
}
