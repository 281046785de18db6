package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.LinkStats;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** A survey's anonymous public link: anyone with it may answer, once per form session. */
@ApplicationScoped
public class LinkService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;

    public LinkService(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    /** Gives the survey a link of 96 random bits, or returns the one it has, so a retry is safe. */
    @Transactional
    public LinkStats createLink(String surveyId) {
        Survey survey = surveys.findForUpdate(id(surveyId)).orElseThrow(() -> notFound(surveyId));
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        survey.openLink(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        surveys.flush();
        return stats(survey);
    }

    @Transactional
    public LinkStats link(String surveyId) {
        Survey survey = surveys.findByIdOptional(id(surveyId)).orElseThrow(() -> notFound(surveyId));
        if (survey.linkSlug() == null) {
            throw new NotFoundException("survey " + survey.id() + " has no public link");
        }
        return stats(survey);
    }

    private LinkStats stats(Survey survey) {
        long[] counts = surveys.linkCounts(survey.id());
        return new LinkStats(survey.id(), survey.linkSlug(), counts[0], counts[1], counts[2]);
    }

    private static UUID id(String surveyId) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        violations.throwIfAny();
        return id;
    }

    private static NotFoundException notFound(String surveyId) {
        return new NotFoundException("survey " + surveyId.strip() + " does not exist");
    }
}
