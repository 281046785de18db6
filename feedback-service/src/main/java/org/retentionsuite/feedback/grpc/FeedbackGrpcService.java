package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.feedback.mapping.AnalyticsMapper;
import org.retentionsuite.feedback.mapping.CustomerFeedbackMapper;
import org.retentionsuite.feedback.mapping.FeedbackMapper;
import org.retentionsuite.feedback.mapping.MetricsMapper;
import org.retentionsuite.feedback.mapping.ResponseMapper;
import org.retentionsuite.feedback.mapping.ClosedLoopSettingsMapper;
import org.retentionsuite.feedback.service.CustomerPrivacyService;
import org.retentionsuite.feedback.service.InvitationContextService;
import org.retentionsuite.feedback.service.InvitationService;
import org.retentionsuite.feedback.service.MetricsService;
import org.retentionsuite.feedback.service.ResponseService;
import org.retentionsuite.feedback.service.SurveyService;
import org.retentionsuite.feedback.service.ClosedLoopSettingsService;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.CloseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CloseSurveyResponse;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.ExportCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ExportCustomerResponse;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackRequest;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyResponse;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.InviteCustomersResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackServiceGrpc;
import org.retentionsuite.proto.feedback.v1.PauseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.PauseSurveyResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SubmitResponseResponse;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkResponse;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyResponse;
import org.retentionsuite.proto.feedback.v1.Survey;
import java.util.UUID;

/** The feedback contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class FeedbackGrpcService extends MutinyFeedbackServiceGrpc.FeedbackServiceImplBase {

    private final SurveyService surveys;
    private final InvitationService invitations;
    private final ResponseService responses;
    private final MetricsService metrics;
    private final FeedbackMapper mapper;
    private final ResponseMapper responseMapper;
    private final MetricsMapper metricsMapper;
    private final RespondentRpcs respondent;
    private final ClosedLoopSettingsService settings;
    private final ClosedLoopSettingsMapper settingsMapper;
    private final CustomerPrivacyService privacy;
    private final CustomerFeedbackMapper customerMapper;
    private final InvitationContextService invitationContexts;
    private final AnalyticsMapper analyticsMapper;

    public FeedbackGrpcService(SurveyService surveys, InvitationService invitations, ResponseService responses,
            MetricsService metrics, FeedbackMapper mapper, ResponseMapper responseMapper, MetricsMapper metricsMapper,
            RespondentRpcs respondent, ClosedLoopSettingsService settings, ClosedLoopSettingsMapper settingsMapper,
            CustomerPrivacyService privacy, CustomerFeedbackMapper customerMapper,
            InvitationContextService invitationContexts, AnalyticsMapper analyticsMapper) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.responses = responses;
        this.metrics = metrics;
        this.mapper = mapper;
        this.responseMapper = responseMapper;
        this.metricsMapper = metricsMapper;
        this.respondent = respondent;
        this.settings = settings;
        this.settingsMapper = settingsMapper;
        this.privacy = privacy;
        this.customerMapper = customerMapper;
        this.invitationContexts = invitationContexts;
        this.analyticsMapper = analyticsMapper;
    }

    @Override
    public Uni<CreateSurveyResponse> createSurvey(CreateSurveyRequest request) {
        return Uni.createFrom().item(() -> CreateSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.createSurvey(mapper.toDefinition(request), request.getDetails(),
                        settingsMapper.toDefinition(request))))
                .build());
    }

    @Override
    public Uni<GetSurveyResponse> getSurvey(GetSurveyRequest request) {
        return Uni.createFrom().item(() -> GetSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.survey(surveys.snapshot(request.getSurveyId()))))
                .build());
    }

    @Override
    public Uni<ActivateSurveyResponse> activateSurvey(ActivateSurveyRequest request) {
        return Uni.createFrom().item(() -> ActivateSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.survey(surveys.withContent(surveys.activate(request.getSurveyId())))))
                .build());
    }

    @Override
    public Uni<PauseSurveyResponse> pauseSurvey(PauseSurveyRequest request) {
        return Uni.createFrom().item(() -> PauseSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.survey(surveys.withContent(surveys.pause(request.getSurveyId())))))
                .build());
    }

    @Override
    public Uni<CloseSurveyResponse> closeSurvey(CloseSurveyRequest request) {
        return Uni.createFrom().item(() -> CloseSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.survey(surveys.withContent(surveys.close(request.getSurveyId())))))
                .build());
    }

    @Override
    public Uni<InviteCustomersResponse> inviteCustomers(InviteCustomersRequest request) {
        return Uni.createFrom().item(() -> responseMapper.toProto(invitationContexts.invite(
                responseMapper.toInvitationRequest(request), analyticsMapper.toContext(request))));
    }

    @Override
    public Uni<SubmitResponseResponse> submitResponse(SubmitResponseRequest request) {
        return Uni.createFrom().item(() -> SubmitResponseResponse.newBuilder()
                .setResponse(respondent.recorded(responses.submit(responseMapper.toSubmission(request))))
                .build());
    }

    @Override
    public Uni<GetSurveyMetricsResponse> getSurveyMetrics(GetSurveyMetricsRequest request) {
        return Uni.createFrom().item(() -> metricsMapper.toProto(metrics.metrics(metricsMapper.toQuery(request))));
    }

    @Override
    public Uni<UpdateSurveyResponse> updateSurvey(UpdateSurveyRequest request) {
        return Uni.createFrom().item(() -> UpdateSurveyResponse.newBuilder()
                .setSurvey(withSettings(respondent.updateSurvey(request))).build());
    }

    @Override
    public Uni<GetSurveyFormResponse> getSurveyForm(GetSurveyFormRequest request) {
        return Uni.createFrom().item(() -> respondent.form(request));
    }

    @Override
    public Uni<CreateSurveyLinkResponse> createSurveyLink(CreateSurveyLinkRequest request) {
        return Uni.createFrom().item(() -> CreateSurveyLinkResponse.newBuilder()
                .setLink(respondent.createLink(request.getSurveyId())).build());
    }

    @Override
    public Uni<GetSurveyLinkResponse> getSurveyLink(GetSurveyLinkRequest request) {
        return Uni.createFrom().item(() -> GetSurveyLinkResponse.newBuilder()
                .setLink(respondent.link(request.getSurveyId())).build());
    }

    @Override
    public Uni<org.retentionsuite.proto.feedback.v1.TakeDueRemindersResponse> takeDueReminders(
            org.retentionsuite.proto.feedback.v1.TakeDueRemindersRequest request) {
        return Uni.createFrom().item(() -> respondent.takeDueReminders(request));
    }

    @Override
    public Uni<InviteToPurposeSurveyResponse> inviteToPurposeSurvey(InviteToPurposeSurveyRequest request) {
        return Uni.createFrom().item(() -> respondent.inviteToPurpose(request));
    }

    @Override
    public Uni<ExportCustomerResponse> exportCustomer(ExportCustomerRequest request) {
        return Uni.createFrom().item(() -> customerMapper.toProto(privacy.export(request.getCustomerId())));
    }

    @Override
    public Uni<ForgetCustomerResponse> forgetCustomer(ForgetCustomerRequest request) {
        return Uni.createFrom().item(() -> customerMapper.toProto(privacy.forget(request.getCustomerId())));
    }

    @Override
    public Uni<GetCustomerFeedbackResponse> getCustomerFeedback(GetCustomerFeedbackRequest request) {
        return Uni.createFrom().item(() -> customerMapper.toProto(
                privacy.feedbackOf(request.getCustomerId(), request.getLimit())));
    }

    private Survey withSettings(Survey survey) {
        return settingsMapper.withSettings(survey, settings.of(UUID.fromString(survey.getId())));
    }
}
