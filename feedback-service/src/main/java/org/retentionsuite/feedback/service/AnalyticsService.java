package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.MetricChange;
import org.retentionsuite.feedback.domain.MetricsDimension;
import org.retentionsuite.feedback.domain.MetricsQuery;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.ScoreTally;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyMetrics;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.RollupRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A survey's score compared between two periods, and broken down by language, country or attribute. */
@ApplicationScoped
public class AnalyticsService {

    private static final int MAX_KEY_LENGTH = 100;

    private final SurveyRepository surveys;
    private final RollupRepository rollups;

    public AnalyticsService(SurveyRepository surveys, RollupRepository rollups) {
        this.surveys = surveys;
        this.rollups = rollups;
    }

    public record Comparison(SurveyMetrics baseline, SurveyMetrics current, MetricChange change) {
    }

    @Transactional
    public Comparison compare(String surveyId, Instant baselineFrom, Instant baselineTo, Instant currentFrom,
            Instant currentTo) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        period(violations, "baseline", baselineFrom, baselineTo);
        period(violations, "current", currentFrom, currentTo);
        violations.throwIfAny();
        Survey survey = survey(id);
        ScoreTally baseline = total(survey, baselineFrom, baselineTo);
        ScoreTally current = total(survey, currentFrom, currentTo);
        return new Comparison(SurveyMetrics.of(survey, baseline, null), SurveyMetrics.of(survey, current, null),
                MetricChange.between(survey.kind(), baseline, current));
    }

    /** The survey's metrics per value of the dimension, the value with most responses first. */
    @Transactional
    public Map<String, SurveyMetrics> breakdown(String surveyId, Instant from, Instant to, MetricsDimension dimension,
            String attributeKey) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        Instant start = from == null ? MetricsQuery.EARLIEST : from;
        Instant end = to == null ? MetricsQuery.LATEST : to;
        if (!start.isBefore(end)) {
            violations.add("to", "is not after from");
        }
        if (dimension == null) {
            violations.add("dimension", "is required: LANGUAGE, COUNTRY or ATTRIBUTE");
        }
        String key = attributeKey == null ? "" : attributeKey.strip();
        if (dimension == MetricsDimension.ATTRIBUTE) {
            key = violations.requiredText("attribute_key", key, MAX_KEY_LENGTH);
        }
        violations.throwIfAny();
        Survey survey = survey(id);
        Map<String, SurveyMetrics> rows = new LinkedHashMap<>();
        rollups.tallies(survey.id(), survey.scoreBands(), start, end, dimension, key)
                .forEach((value, tally) -> rows.put(value, SurveyMetrics.of(survey, tally, null)));
        return rows;
    }

    private ScoreTally total(Survey survey, Instant from, Instant to) {
        return rollups.tallies(survey.id(), survey.scoreBands(), from, to, null, null).getOrDefault("", ScoreTally.NONE);
    }

    private Survey survey(UUID id) {
        return surveys.findByIdOptional(id).orElseThrow(() -> new NotFoundException("survey " + id + " does not exist"));
    }

    private static void period(Violations violations, String name, Instant from, Instant to) {
        if (from == null) {
            violations.add(name + "_from", "is required");
        }
        if (to == null) {
            violations.add(name + "_to", "is required");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(name + "_to", "is not after " + name + "_from");
        }
    }
}
