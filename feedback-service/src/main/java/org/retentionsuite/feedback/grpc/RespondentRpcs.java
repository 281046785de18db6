package org.retentionsuite.feedback.grpc;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.ClosedLoopSettingsDefinition;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.SurveySnapshot;
import org.retentionsuite.feedback.mapping.FormMapper;
import org.retentionsuite.feedback.mapping.ReminderMapper;
import org.retentionsuite.feedback.mapping.ResponseMapper;
import org.retentionsuite.feedback.mapping.SurveyDetailsMapper;
import org.retentionsuite.feedback.service.ClosedLoopSettingsService;
import org.retentionsuite.feedback.service.FormService;
import org.retentionsuite.feedback.service.InvitationService;
import org.retentionsuite.feedback.service.LinkService;
import org.retentionsuite.feedback.service.ReminderService;
import org.retentionsuite.feedback.service.ResponseService;
import org.retentionsuite.feedback.service.SurveyService;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyLink;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersRequest;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersResponse;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;

import java.util.List;

/**
 * The survey content, respondent form, public link and purpose invitation calls of the contract:
 * maps requests, calls a use case, maps the reply (kept apart so the gRPC service stays thin).
 */
@ApplicationScoped
public class RespondentRpcs {

    private final SurveyService surveys;
    private final FormService forms;
    private final LinkService links;
    private final InvitationService invitations;
    private final SurveyDetailsMapper details;
    private final FormMapper formMapper;
    private final ResponseMapper responseMapper;
    private final ClosedLoopSettingsService closedLoopSettings;
    private final ReminderService reminders;
    private final ReminderMapper reminderMapper;

    public RespondentRpcs(SurveyService surveys, FormService forms, LinkService links, InvitationService invitations,
            SurveyDetailsMapper details, FormMapper formMapper, ResponseMapper responseMapper,
            ClosedLoopSettingsService closedLoopSettings, ReminderService reminders, ReminderMapper reminderMapper) {
        this.reminders = reminders;
        this.reminderMapper = reminderMapper;
        this.closedLoopSettings = closedLoopSettings;
        this.surveys = surveys;
        this.forms = forms;
        this.links = links;
        this.invitations = invitations;
        this.details = details;
        this.formMapper = formMapper;
        this.responseMapper = responseMapper;
    }

    Survey createSurvey(SurveyDefinition definition, SurveyDetails request, ClosedLoopSettingsDefinition closedLoop) {
        return survey(closedLoopSettings.createSurvey(definition, details.toContent(request), details.toSettings(request),
                closedLoop));
    }

    Survey updateSurvey(UpdateSurveyRequest request) {
        return survey(surveys.update(request.getSurveyId(), kind -> details.toDefinition(request, kind),
                details.toContent(request.getDetails()), details.toSettings(request.getDetails())));
    }

    Survey survey(SurveySnapshot snapshot) {
        return details.toProto(snapshot);
    }

    org.retentionsuite.proto.feedback.v1.SurveyResponse recorded(ResponseService.Recorded recorded) {
        return responseMapper.toProto(recorded.response(), recorded.answers());
    }

    GetSurveyFormResponse form(GetSurveyFormRequest request) {
        return formMapper.toProto(forms.form(request.getToken(), request.getLinkSlug(), request.getLang(),
                request.getAcceptLanguage(), request.getLinkSession()));
    }

    SurveyLink createLink(String surveyId) {
        return formMapper.toProto(links.createLink(surveyId));
    }

    SurveyLink link(String surveyId) {
        return formMapper.toProto(links.link(surveyId));
    }

    TakeDueRemindersResponse takeDueReminders(TakeDueRemindersRequest request) {
        return reminderMapper.toProto(reminders.takeDue(request.hasLimit() ? request.getLimit() : null));
    }

    InviteToPurposeSurveyResponse inviteToPurpose(InviteToPurposeSurveyRequest request) {
        InvitationService.PurposeInvitation invited = invitations.inviteToPurpose(request.getCustomerId(),
                SurveyDetailsMapper.purpose(request.getPurpose()), request.getLanguage(), request.getIdempotencyKey());
        return InviteToPurposeSurveyResponse.newBuilder()
                .setSurveyId(invited.surveyId().toString())
                .setResult(responseMapper.toProto(List.of(invited.outcome())).getResults(0))
                .build();
    }
}
