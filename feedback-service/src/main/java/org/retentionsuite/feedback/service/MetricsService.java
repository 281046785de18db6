package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.MetricsPeriod;
import org.retentionsuite.feedback.domain.MetricsQuery;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.ResponseRate;
import org.retentionsuite.feedback.domain.ScoreTally;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyMetrics;
import org.retentionsuite.feedback.domain.SurveyMetricsReport;
import org.retentionsuite.feedback.repository.MetricsRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.retentionsuite.feedback.repository.MetricsRepository.TOTAL;

/** A survey's scores and response rate over a range of time, in total and per bucket. */
@ApplicationScoped
public class MetricsService {

    private final SurveyRepository surveys;
    private final MetricsRepository metrics;

    public MetricsService(SurveyRepository surveys, MetricsRepository metrics) {
        this.surveys = surveys;
        this.metrics = metrics;
    }

    @Transactional
    public SurveyMetricsReport metrics(MetricsQuery query) {
        Survey survey = surveys.findByIdOptional(query.surveyId())
                .orElseThrow(() -> new NotFoundException("survey " + query.surveyId() + " does not exist"));
        Map<Instant, ScoreTally> scores = metrics.scores(survey.id(), survey.scoreBands(), query.from(), query.to(),
                query.bucket(), query.timeZone());
        Map<Instant, ScoreTally> invited = metrics.invitations(survey.id(), query.from(), query.to(), query.bucket(),
                query.timeZone());
        TreeSet<Instant> starts = new TreeSet<>(scores.keySet());
        starts.addAll(invited.keySet());
        starts.remove(TOTAL);
        List<MetricsPeriod> buckets = starts.stream()
                .map(start -> new MetricsPeriod(start, metricsOf(survey, scores.get(start), invited.get(start))))
                .toList();
        return new SurveyMetricsReport(metricsOf(survey, scores.get(TOTAL), invited.get(TOTAL)), buckets);
    }

    // An invitation tally counts the invitations as n and the answered ones as positive.
    private static SurveyMetrics metricsOf(Survey survey, ScoreTally scores, ScoreTally invitations) {
        ScoreTally sent = invitations == null ? ScoreTally.NONE : invitations;
        return SurveyMetrics.of(survey, scores == null ? ScoreTally.NONE : scores,
                ResponseRate.of(sent.positive(), sent.n()));
    }
}
