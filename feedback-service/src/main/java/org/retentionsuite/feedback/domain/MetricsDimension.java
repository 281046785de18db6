package org.retentionsuite.feedback.domain;

/** What a metrics breakdown groups responses by. */
public enum MetricsDimension {
    LANGUAGE,
    COUNTRY,
    ATTRIBUTE
}
