package org.retentionsuite.feedback.mapping;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyStatus;

import java.time.Instant;

/** Converts between the feedback contract's survey messages and the domain. */
@ApplicationScoped
public class FeedbackMapper {

    public SurveyDefinition toDefinition(CreateSurveyRequest request) {
        return SurveyDefinition.of(request.getName(), toDomain(request.getKind()), request.getDefaultLanguage(),
                request.getQuestionMap(), request.getLanguagesList(),
                request.hasInvitationCoolDownDays() ? request.getInvitationCoolDownDays() : null);
    }

    public Survey toProto(org.retentionsuite.feedback.domain.Survey survey) {
        Survey.Builder proto = Survey.newBuilder()
                .setId(survey.id().toString())
                .setName(survey.name())
                .setKind(SurveyKind.valueOf("SURVEY_KIND_" + survey.kind().name()))
                .setDefaultLanguage(survey.defaultLanguage())
                .putAllQuestion(survey.question())
                .setStatus(SurveyStatus.valueOf("SURVEY_STATUS_" + survey.status().name()))
                .setVersion(survey.version())
                .setCreatedAt(timestamp(survey.createdAt()))
                .addAllLanguages(survey.languages().stream().sorted().toList());
        if (survey.invitationCoolDownDays() != null) {
            proto.setInvitationCoolDownDays(survey.invitationCoolDownDays());
        }
        return proto.build();
    }

    /** The domain's kind, or null when the request names none (or one this service does not know). */
    private static org.retentionsuite.feedback.domain.SurveyKind toDomain(SurveyKind kind) {
        return switch (kind) {
            case SURVEY_KIND_NPS -> org.retentionsuite.feedback.domain.SurveyKind.NPS;
            case SURVEY_KIND_CSAT -> org.retentionsuite.feedback.domain.SurveyKind.CSAT;
            case SURVEY_KIND_CES -> org.retentionsuite.feedback.domain.SurveyKind.CES;
            case SURVEY_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
