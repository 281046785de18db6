package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates and reads surveys, and moves them through their lifecycle. */
@ApplicationScoped
public class SurveyService {

    private final SurveyRepository surveys;
    private final Clock clock;

    public SurveyService(SurveyRepository surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** A new survey starts as a draft, at version 1. */
    @Transactional
    public Survey createSurvey(SurveyDefinition definition) {
        Survey survey = new Survey(definition, clock.instant().truncatedTo(ChronoUnit.MICROS));
        surveys.persist(survey);
        return survey;
    }

    @Transactional
    public Survey getSurvey(String surveyId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        violations.throwIfAny();
        return surveys.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("survey " + id + " does not exist"));
    }

    @Transactional
    public Survey activate(String surveyId) {
        return change(surveyId, Survey::activate);
    }

    @Transactional
    public Survey pause(String surveyId) {
        return change(surveyId, Survey::pause);
    }

    @Transactional
    public Survey close(String surveyId) {
        return change(surveyId, Survey::close);
    }

    private Survey change(String surveyId, Consumer<Survey> transition) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        violations.throwIfAny();
        Survey survey = surveys.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("survey " + id + " does not exist"));
        transition.accept(survey);
        return survey;
    }
}
