package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.FormState;
import org.retentionsuite.feedback.domain.Invitation;
import org.retentionsuite.feedback.domain.InvitationToken;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.RespondentLanguage;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyForm;
import org.retentionsuite.feedback.domain.Violations;
import org.retentionsuite.feedback.repository.InvitationRepository;
import org.retentionsuite.feedback.repository.ResponseRepository;
import org.retentionsuite.feedback.repository.SurveyContentRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/** The form a respondent opens with an invitation token or a survey's public link, in their language. */
@ApplicationScoped
public class FormService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final SurveyRepository surveys;
    private final SurveyContentRepository contents;
    private final ResponseRepository responses;
    private final Clock clock;

    public FormService(InvitationRepository invitations, SurveyRepository surveys, SurveyContentRepository contents,
            ResponseRepository responses, Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.contents = contents;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * Exactly one of token and slug; lang and acceptLanguage may be null. Opening a link's form counts a
     * view and starts a form session; a form being submitted names its session and counts no view.
     */
    @Transactional
    public SurveyForm form(String token, String slug, String lang, String acceptLanguage, String linkSession) {
        Violations violations = new Violations();
        boolean byToken = token != null && !token.isBlank();
        boolean bySlug = slug != null && !slug.isBlank();
        if (byToken == bySlug) {
            violations.add("token", "exactly one of token and link_slug is required");
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        if (byToken) {
            Invitation invitation = invitations.findByTokenHash(InvitationToken.hashOf(token.strip()))
                    .orElseThrow(() -> new NotFoundException("no invitation has this token"));
            Survey survey = surveys.findById(invitation.surveyId());
            FormState state = invitation.used() ? FormState.ALREADY_ANSWERED
                    : invitation.expiredAt(now) ? FormState.EXPIRED : openOrClosed(survey, now);
            return form(survey, lang, invitation.locale(), acceptLanguage, state, null);
        }
        Survey survey = surveys.findByLinkSlug(slug.strip())
                .orElseThrow(() -> new NotFoundException("no survey has the link " + slug.strip()));
        if (linkSession != null && !linkSession.isBlank()) {
            return form(survey, lang, null, acceptLanguage, openOrClosed(survey, now), linkSession.strip());
        }
        surveys.countLinkView(survey.id());
        return form(survey, lang, null, acceptLanguage, openOrClosed(survey, now), newSession());
    }

    private SurveyForm form(Survey survey, String lang, String locale, String acceptLanguage, FormState state,
            String session) {
        String language = RespondentLanguage.resolve(survey.languages(), survey.defaultLanguage(), lang, locale,
                acceptLanguage);
        return new SurveyForm(survey, contents.load(survey.id(), survey.version()), language, state, session);
    }

    private FormState openOrClosed(Survey survey, Instant now) {
        boolean full = survey.terms().responseLimit() != null && responses.countCompleted(survey.id()) >= survey.terms().responseLimit();
        return survey.isOpenAt(now) && !full ? FormState.OPEN : FormState.SURVEY_CLOSED;
    }

    private static String newSession() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
