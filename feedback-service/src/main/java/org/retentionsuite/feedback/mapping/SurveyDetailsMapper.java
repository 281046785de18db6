package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.Choice;
import org.retentionsuite.feedback.domain.Question;
import org.retentionsuite.feedback.domain.QuestionType;
import org.retentionsuite.feedback.domain.SurveyContent;
import org.retentionsuite.feedback.domain.SurveyDefinition;
import org.retentionsuite.feedback.domain.SurveyKind;
import org.retentionsuite.feedback.domain.SurveySettings;
import org.retentionsuite.feedback.domain.SurveySnapshot;
import org.retentionsuite.proto.feedback.v1.CesVariant;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyPurpose;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;

import static org.retentionsuite.feedback.mapping.FeedbackMapper.instant;
import static org.retentionsuite.feedback.mapping.FeedbackMapper.timestamp;

/** A survey's further questions, texts and settings between the contract and the domain. */
@ApplicationScoped
public class SurveyDetailsMapper {

    private final FeedbackMapper surveys;

    public SurveyDetailsMapper(FeedbackMapper surveys) {
        this.surveys = surveys;
    }

    /** The content as sent, unvalidated: the domain checks it against the survey's languages. */
    public SurveyContent toContent(SurveyDetails details) {
        return new SurveyContent(details.getTitleMap(), details.getThankYouTextMap(), details.getExpiredTextMap(),
                details.getAlreadyAnsweredTextMap(), details.getQuestionsList().stream().map(q -> new Question(
                        q.getId(), type(q.getType()), q.getRequired(), q.getTextMap(),
                        q.getChoicesList().stream().map(c -> new Choice(c.getId(), c.getTextMap())).toList(),
                        q.getRatingMin(), q.getRatingMax())).toList());
    }

    public SurveySettings toSettings(SurveyDetails details) {
        return new SurveySettings(purpose(details.getPurpose()), variant(details.getCesVariant()),
                details.hasStartsAt() ? instant(details.getStartsAt()) : null,
                details.hasClosesAt() ? instant(details.getClosesAt()) : null,
                details.hasResponseLimit() ? details.getResponseLimit() : null,
                details.hasReminderAfterDays() ? details.getReminderAfterDays() : null);
    }

    public SurveyDefinition toDefinition(UpdateSurveyRequest request, SurveyKind kind) {
        return SurveyDefinition.of(request.getName(), kind, request.getDefaultLanguage(), request.getQuestionMap(),
                request.getLanguagesList(), request.hasInvitationCoolDownDays() ? request.getInvitationCoolDownDays() : null);
    }

    public org.retentionsuite.proto.feedback.v1.Survey toProto(SurveySnapshot snapshot) {
        org.retentionsuite.feedback.domain.Survey survey = snapshot.survey();
        SurveyContent content = snapshot.content();
        SurveySettings settings = survey.terms().settings();
        SurveyDetails.Builder details = SurveyDetails.newBuilder()
                .setPurpose(SurveyPurpose.valueOf("SURVEY_PURPOSE_" + settings.purpose().name()))
                .putAllTitle(content.title())
                .putAllThankYouText(content.thankYou())
                .putAllExpiredText(content.expired())
                .putAllAlreadyAnsweredText(content.alreadyAnswered())
                .setLowerScoreIsBetter(survey.terms().lowerScoreIsBetter());
        content.questions().forEach(q -> details.addQuestions(org.retentionsuite.proto.feedback.v1.Question.newBuilder()
                .setId(q.id())
                .setType(org.retentionsuite.proto.feedback.v1.QuestionType.valueOf("QUESTION_TYPE_" + q.type().name()))
                .setRequired(q.required())
                .putAllText(q.text())
                .addAllChoices(q.choices().stream().map(c -> org.retentionsuite.proto.feedback.v1.Choice.newBuilder()
                        .setId(c.id()).putAllText(c.text()).build()).toList())
                .setRatingMin(q.ratingMin())
                .setRatingMax(q.ratingMax())));
        if (settings.cesVariant() != null) {
            details.setCesVariant(CesVariant.valueOf("CES_VARIANT_" + settings.cesVariant().name()));
        }
        if (settings.startsAt() != null) {
            details.setStartsAt(timestamp(settings.startsAt()));
        }
        if (settings.closesAt() != null) {
            details.setClosesAt(timestamp(settings.closesAt()));
        }
        if (settings.responseLimit() != null) {
            details.setResponseLimit(settings.responseLimit());
        }
        if (settings.reminderAfterDays() != null) {
            details.setReminderAfterDays(settings.reminderAfterDays());
        }
        org.retentionsuite.proto.feedback.v1.Survey.Builder proto = surveys.toProto(survey).toBuilder().setDetails(details);
        if (survey.linkSlug() != null) {
            proto.setLinkSlug(survey.linkSlug());
        }
        return proto.build();
    }

    public static org.retentionsuite.feedback.domain.SurveyPurpose purpose(SurveyPurpose purpose) {
        return switch (purpose) {
            case SURVEY_PURPOSE_GENERAL -> org.retentionsuite.feedback.domain.SurveyPurpose.GENERAL;
            case SURVEY_PURPOSE_EXIT -> org.retentionsuite.feedback.domain.SurveyPurpose.EXIT;
            case SURVEY_PURPOSE_CHECK_IN -> org.retentionsuite.feedback.domain.SurveyPurpose.CHECK_IN;
            case SURVEY_PURPOSE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    private static org.retentionsuite.feedback.domain.CesVariant variant(CesVariant variant) {
        return switch (variant) {
            case CES_VARIANT_AGREEMENT_7 -> org.retentionsuite.feedback.domain.CesVariant.AGREEMENT_7;
            case CES_VARIANT_EFFORT_5 -> org.retentionsuite.feedback.domain.CesVariant.EFFORT_5;
            case CES_VARIANT_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    private static QuestionType type(org.retentionsuite.proto.feedback.v1.QuestionType type) {
        return switch (type) {
            case QUESTION_TYPE_RATING -> QuestionType.RATING;
            case QUESTION_TYPE_SINGLE_CHOICE -> QuestionType.SINGLE_CHOICE;
            case QUESTION_TYPE_MULTIPLE_CHOICE -> QuestionType.MULTIPLE_CHOICE;
            case QUESTION_TYPE_OPEN_TEXT -> QuestionType.OPEN_TEXT;
            case QUESTION_TYPE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }
}
