package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.DueReminderList;
import org.retentionsuite.gateway.api.DueReminderView;
import org.retentionsuite.gateway.api.InvitationBatch;
import org.retentionsuite.gateway.api.InvitationItem;
import org.retentionsuite.gateway.api.InvitationResults;
import org.retentionsuite.gateway.api.ResponseChannel;
import org.retentionsuite.gateway.api.ResponseReceipt;
import org.retentionsuite.gateway.api.ResponseSubmission;
import org.retentionsuite.gateway.api.SurveyCreation;
import org.retentionsuite.gateway.api.SurveyKind;
import org.retentionsuite.gateway.api.SurveyView;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.InviteCustomersResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.gateway.api.PurposeInvitationRequest;
import org.retentionsuite.gateway.api.PurposeInvitationView;
import org.retentionsuite.gateway.api.SurveyLinkView;
import org.retentionsuite.gateway.api.SurveyUpdate;
import org.retentionsuite.proto.feedback.v1.InvitationResult;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.ResponseStatus;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyLink;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersRequest;
import org.retentionsuite.proto.feedback.v1.TakeDueRemindersResponse;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;

import java.util.List;
import java.util.TreeMap;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The survey, invitation and response API's JSON and the feedback contract. */
@ApplicationScoped
public class FeedbackMapping {

    private static final String KIND_PREFIX = "SURVEY_KIND_";
    private static final String CHANNEL_PREFIX = "RESPONSE_CHANNEL_";

    public CreateSurveyRequest toRequest(SurveyCreation survey) {
        CreateSurveyRequest.Builder request = CreateSurveyRequest.newBuilder()
                .setName(survey.name())
                .setKind(org.retentionsuite.proto.feedback.v1.SurveyKind.valueOf(KIND_PREFIX + survey.kind().name()))
                .setDefaultLanguage(survey.defaultLanguage())
                .putAllQuestion(survey.question());
        if (survey.languages() != null) {
            request.addAllLanguages(survey.languages());
        }
        if (survey.invitationCoolDownDays() != null) {
            request.setInvitationCoolDownDays(survey.invitationCoolDownDays());
        }
        if (survey.followUpSlaHours() != null) {
            request.setFollowUpSlaHours(survey.followUpSlaHours());
        }
        if (survey.incentive() != null) {
            request.setIncentive(org.retentionsuite.proto.feedback.v1.SurveyIncentive.newBuilder()
                    .setProgramId(orEmpty(survey.incentive().programId()))
                    .setEventKey(orEmpty(survey.incentive().eventKey())));
        }
        return request.setDetails(SurveyContentMapping.toDetails(survey)).build();
    }

    public UpdateSurveyRequest toRequest(String surveyId, SurveyUpdate survey) {
        UpdateSurveyRequest.Builder request = UpdateSurveyRequest.newBuilder()
                .setSurveyId(surveyId)
                .setName(survey.name())
                .setDefaultLanguage(survey.defaultLanguage())
                .putAllQuestion(survey.question())
                .setDetails(SurveyContentMapping.toDetails(survey));
        if (survey.languages() != null) {
            request.addAllLanguages(survey.languages());
        }
        if (survey.invitationCoolDownDays() != null) {
            request.setInvitationCoolDownDays(survey.invitationCoolDownDays());
        }
        return request.build();
    }

    public SurveyLinkView toView(SurveyLink link) {
        return new SurveyLinkView(link.getSurveyId(), link.getSlug(), link.getLink(), link.getViews(), link.getStarts(),
                link.getCompleted(), link.hasStartRate() ? link.getStartRate() : null);
    }

    public InviteToPurposeSurveyRequest toRequest(PurposeInvitationRequest request, String idempotencyKey) {
        return InviteToPurposeSurveyRequest.newBuilder()
                .setCustomerId(request.customerId())
                .setPurpose(org.retentionsuite.proto.feedback.v1.SurveyPurpose.valueOf("SURVEY_PURPOSE_" + request.purpose().name()))
                .setLanguage(orEmpty(request.language()))
                .setIdempotencyKey(orEmpty(idempotencyKey))
                .build();
    }

    public PurposeInvitationView toView(InviteToPurposeSurveyResponse response) {
        InvitationResult result = response.getResult();
        return new PurposeInvitationView(response.getSurveyId(), new InvitationItem(result.getCustomerId(),
                result.getStatus().name().replace("INVITATION_STATUS_", ""), orNull(result.getToken()),
                orNull(result.getLink()), toInstant(result.hasExpiresAt(), result.getExpiresAt())));
    }

    public TakeDueRemindersRequest toTakeRemindersRequest(String limit) {
        TakeDueRemindersRequest.Builder request = TakeDueRemindersRequest.newBuilder();
        if (limit != null && !limit.isBlank()) {
            request.setLimit(QueryParameters.integer("limit", limit, 1, 500));
        }
        return request.build();
    }

    public DueReminderList toView(TakeDueRemindersResponse taken) {
        return new DueReminderList(taken.getRemindersList().stream().map(r -> new DueReminderView(r.getInvitationId(),
                r.getSurveyId(), orNull(r.getCustomerId()), r.getLanguage(), toInstant(r.hasInvitedAt(), r.getInvitedAt()),
                toInstant(r.hasDueAt(), r.getDueAt()), toInstant(r.hasExpiresAt(), r.getExpiresAt()))).toList());
    }

    public SurveyView toView(Survey survey) {
        SurveyDetails details = survey.getDetails();
        return new SurveyView(survey.getId(), survey.getName(),
                SurveyKind.valueOf(survey.getKind().name().substring(KIND_PREFIX.length())),
                survey.getDefaultLanguage(), new TreeMap<>(survey.getQuestionMap()),
                survey.getStatus().name().replace("SURVEY_STATUS_", ""), survey.getVersion(),
                toInstant(survey.hasCreatedAt(), survey.getCreatedAt()), List.copyOf(survey.getLanguagesList()),
                survey.hasInvitationCoolDownDays() ? survey.getInvitationCoolDownDays() : null,
                SurveyContentMapping.purpose(details), new TreeMap<>(details.getTitleMap()),
                new TreeMap<>(details.getThankYouTextMap()), new TreeMap<>(details.getExpiredTextMap()),
                new TreeMap<>(details.getAlreadyAnsweredTextMap()),
                details.getQuestionsList().stream().map(SurveyContentMapping::toView).toList(),
                SurveyContentMapping.cesVariant(details), details.getLowerScoreIsBetter(),
                toInstant(details.hasStartsAt(), details.getStartsAt()),
                toInstant(details.hasClosesAt(), details.getClosesAt()),
                details.hasResponseLimit() ? details.getResponseLimit() : null,
                details.hasReminderAfterDays() ? details.getReminderAfterDays() : null, orNull(survey.getLinkSlug()),
                survey.hasFollowUpSlaHours() ? survey.getFollowUpSlaHours() : null,
                survey.hasIncentive() ? new org.retentionsuite.gateway.api.SurveyIncentiveTerms(
                        survey.getIncentive().getProgramId(), survey.getIncentive().getEventKey()) : null);
    }

    public InviteCustomersRequest toRequest(String surveyId, InvitationBatch batch, String idempotencyKey) {
        return InviteCustomersRequest.newBuilder()
                .setSurveyId(surveyId)
                .addAllCustomerIds(batch.customerIds().stream().map(Timestamps::orEmpty).toList())
                .setLanguage(orEmpty(batch.language()))
                .setIdempotencyKey(orEmpty(idempotencyKey))
                .setCountry(orEmpty(batch.country()))
                .putAllAttributes(attributes(batch))
                .build();
    }

    // A null value reaches the service as "", which it refuses as missing.
    private static java.util.Map<String, String> attributes(InvitationBatch batch) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        if (batch.attributes() != null) {
            batch.attributes().forEach((key, value) -> attributes.put(orEmpty(key), orEmpty(value)));
        }
        return attributes;
    }

    public InvitationResults toView(InviteCustomersResponse response) {
        return new InvitationResults(response.getResultsList().stream().map(result -> new InvitationItem(
                result.getCustomerId(),
                result.getStatus().name().replace("INVITATION_STATUS_", ""),
                orNull(result.getToken()),
                orNull(result.getLink()),
                toInstant(result.hasExpiresAt(), result.getExpiresAt()))).toList());
    }

    public SubmitResponseRequest toRequest(ResponseSubmission submission) {
        SubmitResponseRequest.Builder request = SubmitResponseRequest.newBuilder()
                .setToken(submission.token())
                .setComment(orEmpty(submission.comment()))
                .addAllAnswers(SurveyContentMapping.toAnswers(submission.answers()))
                .setLanguage(orEmpty(submission.language()))
                .setPartial(Boolean.TRUE.equals(submission.partial()));
        if (submission.score() != null) {
            request.setScore(submission.score());
        }
        if (submission.channel() != null) {
            request.setChannel(org.retentionsuite.proto.feedback.v1.ResponseChannel.valueOf(
                    CHANNEL_PREFIX + submission.channel().name()));
        }
        return request.build();
    }

    public ResponseReceipt toView(SurveyResponse response) {
        boolean completed = response.getStatus() != ResponseStatus.RESPONSE_STATUS_STARTED;
        return new ResponseReceipt(response.getId(), response.getSurveyId(), response.getSurveyVersion(),
                completed || response.getScore() != 0 ? response.getScore() : null, orNull(response.getComment()),
                response.getLanguage(),
                ResponseChannel.valueOf(response.getChannel().name().substring(CHANNEL_PREFIX.length())),
                toInstant(response.hasCompletedAt(), response.getCompletedAt()), completed ? "COMPLETED" : "STARTED",
                toInstant(response.hasStartedAt(), response.getStartedAt()), SurveyContentMapping.toView(response.getAnswersList()));
    }
}
