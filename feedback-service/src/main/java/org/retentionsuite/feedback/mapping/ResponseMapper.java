package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.config.InvitationConfig;
import org.retentionsuite.feedback.domain.Answer;
import org.retentionsuite.feedback.domain.InvitationOutcome;
import org.retentionsuite.feedback.domain.InvitationRequest;
import org.retentionsuite.feedback.domain.ResponseChannel;
import org.retentionsuite.feedback.domain.ResponseSubmission;
import org.retentionsuite.feedback.domain.SurveyResponse;
import org.retentionsuite.proto.feedback.v1.InvitationResult;
import org.retentionsuite.proto.feedback.v1.InvitationStatus;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.InviteCustomersResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;

import java.util.List;

import static org.retentionsuite.feedback.mapping.FeedbackMapper.timestamp;

/** Converts invitation and response messages of the feedback contract. */
@ApplicationScoped
public class ResponseMapper {

    private final InvitationConfig config;

    public ResponseMapper(InvitationConfig config) {
        this.config = config;
    }

    public InvitationRequest toInvitationRequest(InviteCustomersRequest request) {
        return InvitationRequest.of(request.getSurveyId(), request.getCustomerIdsList(), request.getLanguage(),
                request.getIdempotencyKey(), config.maxBatchSize());
    }

    public InviteCustomersResponse toProto(List<InvitationOutcome> outcomes) {
        InviteCustomersResponse.Builder reply = InviteCustomersResponse.newBuilder();
        for (InvitationOutcome outcome : outcomes) {
            InvitationResult.Builder result = InvitationResult.newBuilder()
                    .setCustomerId(outcome.customerId())
                    .setStatus(InvitationStatus.valueOf("INVITATION_STATUS_" + outcome.status().name()));
            if (outcome.token() != null) {
                result.setToken(outcome.token()).setLink(outcome.link());
            }
            if (outcome.expiresAt() != null) {
                result.setExpiresAt(timestamp(outcome.expiresAt()));
            }
            reply.addResults(result);
        }
        return reply.build();
    }

    public ResponseSubmission toSubmission(SubmitResponseRequest request) {
        return ResponseSubmission.of(request.getToken(), request.hasScore() ? request.getScore() : null,
                request.getComment(), channel(request.getChannel()),
                request.getAnswersList().stream().map(a -> new Answer(a.getQuestionId(),
                        a.hasRating() ? a.getRating() : null, a.getChoiceIdsList(), a.getText())).toList(),
                request.getLanguage(), request.getPartial(), request.getLinkSlug(), request.getLinkSession());
    }

    /** The response with its answers to the further questions. */
    public org.retentionsuite.proto.feedback.v1.SurveyResponse toProto(SurveyResponse response, List<Answer> answers) {
        org.retentionsuite.proto.feedback.v1.SurveyResponse.Builder proto = toProto(response).toBuilder();
        for (Answer answer : answers) {
            org.retentionsuite.proto.feedback.v1.Answer.Builder a = org.retentionsuite.proto.feedback.v1.Answer.newBuilder()
                    .setQuestionId(answer.questionId())
                    .addAllChoiceIds(answer.choiceIds());
            if (answer.rating() != null) {
                a.setRating(answer.rating());
            }
            if (answer.text() != null) {
                a.setText(answer.text());
            }
            proto.addAnswers(a);
        }
        return proto.build();
    }

    public org.retentionsuite.proto.feedback.v1.SurveyResponse toProto(SurveyResponse response) {
        org.retentionsuite.proto.feedback.v1.SurveyResponse.Builder proto = org.retentionsuite.proto.feedback.v1.SurveyResponse
                .newBuilder()
                .setId(response.id().toString())
                .setSurveyId(response.surveyId().toString())
                .setSurveyVersion(response.surveyVersion())
                .setLanguage(response.language())
                .setChannel(org.retentionsuite.proto.feedback.v1.ResponseChannel.valueOf(
                        "RESPONSE_CHANNEL_" + response.channel().name()))
                .setStatus(org.retentionsuite.proto.feedback.v1.ResponseStatus.valueOf(
                        "RESPONSE_STATUS_" + response.status().name()));
        if (response.customerId() != null) {
            proto.setCustomerId(response.customerId());
        }
        if (response.score() != null) {
            proto.setScore(response.score());
        }
        if (response.completedAt() != null) {
            proto.setCompletedAt(timestamp(response.completedAt()));
        }
        if (response.startedAt() != null) {
            proto.setStartedAt(timestamp(response.startedAt()));
        }
        if (response.comment() != null) {
            proto.setComment(response.comment());
        }
        return proto.build();
    }

    private static ResponseChannel channel(org.retentionsuite.proto.feedback.v1.ResponseChannel channel) {
        return switch (channel) {
            case RESPONSE_CHANNEL_WEB -> ResponseChannel.WEB;
            case RESPONSE_CHANNEL_EMAIL -> ResponseChannel.EMAIL;
            case RESPONSE_CHANNEL_SMS -> ResponseChannel.SMS;
            case RESPONSE_CHANNEL_IN_APP -> ResponseChannel.IN_APP;
            case RESPONSE_CHANNEL_API -> ResponseChannel.API;
            case RESPONSE_CHANNEL_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }
}
