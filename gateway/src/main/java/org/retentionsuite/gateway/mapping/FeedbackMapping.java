package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
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
        return request.build();
    }

    public SurveyView toView(Survey survey) {
        return new SurveyView(survey.getId(), survey.getName(),
                SurveyKind.valueOf(survey.getKind().name().substring(KIND_PREFIX.length())),
                survey.getDefaultLanguage(), new TreeMap<>(survey.getQuestionMap()),
                survey.getStatus().name().replace("SURVEY_STATUS_", ""), survey.getVersion(),
                toInstant(survey.hasCreatedAt(), survey.getCreatedAt()), List.copyOf(survey.getLanguagesList()),
                survey.hasInvitationCoolDownDays() ? survey.getInvitationCoolDownDays() : null,
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
                .setComment(orEmpty(submission.comment()));
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
        return new ResponseReceipt(response.getId(), response.getSurveyId(), response.getSurveyVersion(),
                response.getScore(), orNull(response.getComment()), response.getLanguage(),
                ResponseChannel.valueOf(response.getChannel().name().substring(CHANNEL_PREFIX.length())),
                toInstant(response.hasCompletedAt(), response.getCompletedAt()));
    }
}
