package org.retentionsuite.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.feedback.domain.Invitation;
import org.retentionsuite.feedback.domain.InvitationToken;
import org.retentionsuite.feedback.domain.NotFoundException;
import org.retentionsuite.feedback.domain.ResponseSubmission;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.feedback.repository.InvitationRepository;
import org.retentionsuite.feedback.repository.ResponseRepository;
import org.retentionsuite.feedback.repository.SurveyRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Records the response given with an invitation token; a token answers once. */
@ApplicationScoped
public class ResponseService {

    private final InvitationRepository invitations;
    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final Clock clock;
    private final ResponseCompletion completion;

    public ResponseService(InvitationRepository invitations, SurveyRepository surveys, ResponseRepository responses,
            Clock clock, ResponseCompletion completion) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.responses = responses;
        this.clock = clock;
        this.completion = completion;
    }

    /**
     * The invitation's row lock serialises concurrent submits of one token: the first marks it used,
     * the others then read it used and are refused (the unique invitation_id of a response backs this up).
     */
    @Transactional
    public SurveyResponse submit(ResponseSubmission submission) {
        Invitation invitation = invitations.findByTokenHashForUpdate(InvitationToken.hashOf(submission.token()))
                .orElseThrow(() -> new NotFoundException("no invitation has this token"));
        Survey survey = surveys.findById(invitation.surveyId());
        submission.checkScoreFor(survey.kind());
        survey.requireActiveFor("responses");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        invitation.consume(now);
        SurveyResponse response = new SurveyResponse(survey, invitation, submission.channel(), submission.score(),
                submission.comment(), now);
        responses.persist(response);
        completion.completed(survey, response);
        return response;
    }
}
