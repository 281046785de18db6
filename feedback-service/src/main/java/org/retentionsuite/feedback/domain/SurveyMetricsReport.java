package org.retentionsuite.feedback.domain;

import java.util.List;

/** A survey's metrics over the whole requested range, and per bucket when asked for. */
public record SurveyMetricsReport(SurveyMetrics total, List<MetricsPeriod> buckets) {
}
