package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.SurveySettings;
import org.retentionsuite.feedback.domain.SurveySettingsDefinition;
import org.retentionsuite.feedback.repository.SurveySettingsRepository;

import java.util.Optional;
import java.util.UUID;

/** A survey's closed-loop settings (follow-up SLA, incentive), created with the survey in one transaction. */
@ApplicationScoped
public class SurveySettingsService {

    private final SurveyService surveys;
    private final SurveySettingsRepository settings;

    public SurveySettingsService(SurveyService surveys, SurveySettingsRepository settings) {
        this.surveys = surveys;
        this.settings = settings;
    }

    /** Creates the survey and, when any are given, its settings: both or neither. */
    @Transactional
    public Survey createSurvey(SurveyDefinition definition, SurveySettingsDefinition closedLoop) {
        Survey survey = surveys.createSurvey(definition);
        if (!closedLoop.isEmpty()) {
            settings.persist(new SurveySettings(survey.id(), closedLoop));
        }
        return survey;
    }

    @Transactional
    public Optional<SurveySettings> of(UUID surveyId) {
        return settings.findByIdOptional(surveyId);
    }
}
