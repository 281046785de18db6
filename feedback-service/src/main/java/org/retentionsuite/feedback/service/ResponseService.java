package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.Answer;
import org.retentionsuite.feedback.domain.Answers;
import org.retentionsuite.feedback.domain.FailedPreconditionException;
import org.retentionsuite.feedback.domain.FieldViolation;
import org.retentionsuite.feedback.domain.InvalidRequestException;
import org.retentionsuite.feedback.domain.Invitation;
import org.retentionsuite.feedback.domain.InvitationToken;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.ResponseSubmission;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.repository.AnswerRepository;
import org.retentionsuite.feedback.repository.InvitationRepository;
import org.retentionsuite.feedback.repository.ResponseRepository;
import org.retentionsuite.feedback.repository.SurveyContentRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records what a respondent submits with an invitation token or through a public link: saved
 * part-way, or completed. A token, and a link's form session, completes once.
 */
@ApplicationScoped
public class ResponseService {

    private final InvitationRepository invitations;
    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final SurveyContentRepository contents;
    private final AnswerRepository answers;
    private final Clock clock;
    private final ResponseCompletion completion;

    public ResponseService(InvitationRepository invitations, SurveyRepository surveys, ResponseRepository responses,
            SurveyContentRepository contents, AnswerRepository answers, Clock clock, ResponseCompletion completion) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.responses = responses;
        this.contents = contents;
        this.answers = answers;
        this.clock = clock;
        this.completion = completion;
    }

    /** A recorded response and its answers. */
    public record Recorded(SurveyResponse response, List<Answer> answers) {
    }

    /**
     * The invitation's row lock (or the link session's advisory lock) serialises concurrent submits:
     * the first completes, the others then find it completed and are refused (the unique
     * invitation_id and link_session of a response back this up).
     */
    @Transactional
    public Recorded submit(ResponseSubmission submission) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Invitation invitation = null;
        Survey survey;
        SurveyResponse existing;
        if (submission.token() != null) {
            invitation = invitations.findByTokenHashForUpdate(InvitationToken.hashOf(submission.token()))
                    .orElseThrow(() -> new NotFoundException("no invitation has this token"));
            survey = surveys.findById(invitation.surveyId());
            existing = responses.findByInvitation(invitation.id()).orElse(null);
        } else {
            survey = surveys.findByLinkSlug(submission.linkSlug())
                    .orElseThrow(() -> new NotFoundException("no survey has the link " + submission.linkSlug()));
            responses.lockLinkSession(submission.linkSession());
            existing = responses.findByLinkSession(submission.linkSession()).orElse(null);
            if (existing != null && !existing.surveyId().equals(survey.id())) {
                throw new InvalidRequestException(List.of(new FieldViolation("link_session", "belongs to another survey")));
            }
        }
        if (submission.score() != null) {
            survey.checkScore(submission.score());
        }
        List<Answer> checked = Answers.check(submission.answers(), contents.load(survey.id(), survey.version()),
                submission.partial());
        survey.requireOpenFor("responses", now);
        String language = language(submission, survey, invitation);
        if (invitation != null) {
            invitation.requireAnswerable(now);
        } else if (existing != null && existing.completed()) {
            throw new FailedPreconditionException("this form was already answered: a response was recorded at "
                    + existing.completedAt());
        }
        if (!submission.partial()) {
            requireBelowLimit(survey);
            if (invitation != null) {
                invitation.consume(now);
            }
        }
        SurveyResponse response = existing != null ? existing
                : SurveyResponse.begin(survey, invitation, submission.linkSession(), language, now);
        response.record(survey, language, submission.channel(), submission.score(), submission.comment(),
                submission.partial(), now);
        if (existing == null) {
            responses.persist(response);
        }
        responses.flush();
        answers.replace(response.id(), checked);
        if (!submission.partial()) {
            completion.completed(survey, response);
        }
        return new Recorded(response, checked);
    }

    /** The response limit counts completed responses; the survey's row lock makes concurrent last ones queue. */
    private void requireBelowLimit(Survey survey) {
        if (survey.terms().responseLimit() == null) {
            return;
        }
        surveys.findForUpdate(survey.id());
        if (responses.countCompleted(survey.id()) >= survey.terms().responseLimit()) {
            throw new FailedPreconditionException("survey " + survey.id() + " has reached its limit of "
                    + survey.terms().responseLimit() + " responses");
        }
    }

    private static String language(ResponseSubmission submission, Survey survey, Invitation invitation) {
        if (submission.language() == null) {
            return invitation == null ? survey.defaultLanguage() : invitation.language();
        }
        if (!survey.languages().contains(submission.language())) {
            throw new InvalidRequestException(List.of(new FieldViolation("language",
                    "is not offered by the survey (offered: " + String.join(", ", survey.languages()) + ")")));
        }
        return submission.language();
    }
}
