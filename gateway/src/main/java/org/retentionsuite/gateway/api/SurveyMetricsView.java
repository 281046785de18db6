package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /surveys/{surveyId}/metrics}: the score of the survey's kind (the other kinds are left
 * out), the response rate and, when a bucket was asked for, the same per bucket. A score is null
 * when n is 0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyMetricsView(Nps nps, Csat csat, Ces ces, ResponseRate responseRate, List<Bucket> buckets) {

    public record Nps(Double score, long n, long promoters, long passives, long detractors, Double marginOfError) {
    }

    public record Csat(Double score, long n, long satisfied, Double mean) {
    }

    /** agree: the good end of the variant's scale, 5-7 on AGREEMENT_7, low effort 1-2 on EFFORT_5. */
    public record Ces(Double mean, long n, long agree, Double percentAgree, CesVariant variant) {
    }

    /** Of the invitations sent in the period, the % answered. */
    public record ResponseRate(Double rate, long completed, long invitations) {
    }

    /** A bucket starts at midnight in the requested time zone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(OffsetDateTime start, Nps nps, Csat csat, Ces ces, ResponseRate responseRate) {
    }
}
