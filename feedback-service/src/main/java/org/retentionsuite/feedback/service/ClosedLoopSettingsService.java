package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.SurveyContent;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.SurveySettings;
import org.retentionsuite.feedback.domain.SurveySnapshot;
import org.retentionsuite.feedback.domain.ClosedLoopSettings;
import org.retentionsuite.feedback.domain.ClosedLoopSettingsDefinition;
import org.retentionsuite.feedback.repository.ClosedLoopSettingsRepository;

import java.util.Optional;
import java.util.UUID;

/** A survey's closed-loop settings (follow-up SLA, incentive), created with the survey in one transaction. */
@ApplicationScoped
public class ClosedLoopSettingsService {

    private final SurveyService surveys;
    private final ClosedLoopSettingsRepository settings;

    public ClosedLoopSettingsService(SurveyService surveys, ClosedLoopSettingsRepository settings) {
        this.surveys = surveys;
        this.settings = settings;
    }

    /** Creates the survey and, when any are given, its settings: both or neither. */
    @Transactional
    public SurveySnapshot createSurvey(SurveyDefinition definition, SurveyContent content, SurveySettings terms,
            ClosedLoopSettingsDefinition closedLoop) {
        SurveySnapshot created = surveys.createSurvey(definition, content, terms);
        if (!closedLoop.isEmpty()) {
            settings.persist(new ClosedLoopSettings(created.survey().id(), closedLoop));
        }
        return created;
    }

    @Transactional
    public Optional<ClosedLoopSettings> of(UUID surveyId) {
        return settings.findByIdOptional(surveyId);
    }
}
