package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyContent;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.SurveyDetails;
import org.retentionsuite.feedback.domain.SurveyKind;
import org.retentionsuite.feedback.domain.SurveySettings;
import org.retentionsuite.feedback.domain.SurveySnapshot;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.SurveyContentRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Creates, reads and edits surveys, and moves them through their lifecycle. */
@ApplicationScoped
public class SurveyService {

    private final SurveyRepository surveys;
    private final SurveyContentRepository contents;
    private final Clock clock;

    public SurveyService(SurveyRepository surveys, SurveyContentRepository contents, Clock clock) {
        this.surveys = surveys;
        this.contents = contents;
        this.clock = clock;
    }

    /** A new survey starts as a draft, at version 1. */
    @Transactional
    public Survey createSurvey(SurveyDefinition definition) {
        return createSurvey(definition, SurveyContent.EMPTY, SurveySettings.NONE).survey();
    }

    /** A new survey with its further questions, texts and settings, as a draft at version 1. */
    @Transactional
    public SurveySnapshot createSurvey(SurveyDefinition definition, SurveyContent content, SurveySettings settings) {
        SurveyDetails details = SurveyDetails.validate(definition.kind(), definition.languages(), content, settings);
        Survey survey = new Survey(definition, details, clock.instant().truncatedTo(ChronoUnit.MICROS));
        surveys.persist(survey);
        contents.save(survey.id(), survey.version(), survey.question(), details.content());
        return new SurveySnapshot(survey, details.content());
    }

    /**
     * Replaces a survey's content; one that has been live gets a new version (see {@link Survey#edit}).
     * The definition is built for the survey's kind, which an edit cannot change.
     */
    @Transactional
    public SurveySnapshot update(String surveyId, Function<SurveyKind, SurveyDefinition> definition,
            SurveyContent content, SurveySettings settings) {
        Survey survey = lockedSurvey(surveyId);
        SurveyDefinition edited = definition.apply(survey.kind());
        SurveyDetails details = SurveyDetails.validate(survey.kind(), edited.languages(), content, settings);
        survey.edit(edited, details);
        contents.save(survey.id(), survey.version(), survey.question(), details.content());
        return new SurveySnapshot(survey, details.content());
    }

    @Transactional
    public Survey getSurvey(String surveyId) {
        return snapshot(surveyId).survey();
    }

    @Transactional
    public SurveySnapshot snapshot(String surveyId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        violations.throwIfAny();
        Survey survey = surveys.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("survey " + id + " does not exist"));
        return new SurveySnapshot(survey, contents.load(survey.id(), survey.version()));
    }

    @Transactional
    public Survey activate(String surveyId) {
        Survey survey = lockedSurvey(surveyId);
        survey.activate(contents.load(survey.id(), survey.version()));
        return survey;
    }

    @Transactional
    public Survey pause(String surveyId) {
        return change(surveyId, Survey::pause);
    }

    @Transactional
    public Survey close(String surveyId) {
        return change(surveyId, Survey::close);
    }

    /** The survey with its current content, for a reply. */
    @Transactional
    public SurveySnapshot withContent(Survey survey) {
        return new SurveySnapshot(survey, contents.load(survey.id(), survey.version()));
    }

    private Survey change(String surveyId, Consumer<Survey> transition) {
        Survey survey = lockedSurvey(surveyId);
        transition.accept(survey);
        return survey;
    }

    private Survey lockedSurvey(String surveyId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        violations.throwIfAny();
        return surveys.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("survey " + id + " does not exist"));
    }
}
