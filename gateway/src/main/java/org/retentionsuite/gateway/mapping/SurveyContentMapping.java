package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.api.AnswerInput;
import org.retentionsuite.gateway.api.CesVariant;
import org.retentionsuite.gateway.api.ChoiceSpec;
import org.retentionsuite.gateway.api.QuestionSpec;
import org.retentionsuite.gateway.api.QuestionType;
import org.retentionsuite.gateway.api.SurveyContentFields;
import org.retentionsuite.gateway.api.SurveyPurpose;
import org.retentionsuite.proto.feedback.v1.Answer;
import org.retentionsuite.proto.feedback.v1.Choice;
import org.retentionsuite.proto.feedback.v1.Question;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** A survey's further questions, page texts and settings between the API's JSON and the feedback contract. */
final class SurveyContentMapping {

    private SurveyContentMapping() {
    }

    static SurveyDetails toDetails(SurveyContentFields fields) {
        SurveyDetails.Builder details = SurveyDetails.newBuilder()
                .putAllTitle(texts(fields.title()))
                .putAllThankYouText(texts(fields.thankYouText()))
                .putAllExpiredText(texts(fields.expiredText()))
                .putAllAlreadyAnsweredText(texts(fields.alreadyAnsweredText()));
        if (fields.purpose() != null) {
            details.setPurpose(org.retentionsuite.proto.feedback.v1.SurveyPurpose.valueOf("SURVEY_PURPOSE_" + fields.purpose().name()));
        }
        if (fields.cesVariant() != null) {
            details.setCesVariant(org.retentionsuite.proto.feedback.v1.CesVariant.valueOf("CES_VARIANT_" + fields.cesVariant().name()));
        }
        if (fields.questions() != null) {
            fields.questions().forEach(q -> details.addQuestions(toQuestion(q)));
        }
        if (fields.startsAt() != null) {
            details.setStartsAt(toTimestamp(fields.startsAt()));
        }
        if (fields.closesAt() != null) {
            details.setClosesAt(toTimestamp(fields.closesAt()));
        }
        if (fields.responseLimit() != null) {
            details.setResponseLimit(fields.responseLimit());
        }
        if (fields.reminderAfterDays() != null) {
            details.setReminderAfterDays(fields.reminderAfterDays());
        }
        return details.build();
    }

    private static Question toQuestion(QuestionSpec spec) {
        Question.Builder question = Question.newBuilder()
                .setId(spec.id())
                .setType(org.retentionsuite.proto.feedback.v1.QuestionType.valueOf("QUESTION_TYPE_" + spec.type().name()))
                .setRequired(spec.required())
                .putAllText(texts(spec.text()))
                .setRatingMin(spec.ratingMin() == null ? 0 : spec.ratingMin())
                .setRatingMax(spec.ratingMax() == null ? 0 : spec.ratingMax());
        if (spec.choices() != null) {
            spec.choices().forEach(c -> question.addChoices(Choice.newBuilder().setId(c.id()).putAllText(texts(c.text()))));
        }
        return question.build();
    }

    static QuestionSpec toView(Question question) {
        boolean rating = question.getType() == org.retentionsuite.proto.feedback.v1.QuestionType.QUESTION_TYPE_RATING;
        return new QuestionSpec(question.getId(),
                QuestionType.valueOf(question.getType().name().substring("QUESTION_TYPE_".length())),
                question.getRequired(), new TreeMap<>(question.getTextMap()),
                question.getChoicesList().stream().map(c -> new ChoiceSpec(c.getId(), new TreeMap<>(c.getTextMap()))).toList(),
                rating ? question.getRatingMin() : null, rating ? question.getRatingMax() : null);
    }

    static SurveyPurpose purpose(SurveyDetails details) {
        return details.getPurpose() == org.retentionsuite.proto.feedback.v1.SurveyPurpose.SURVEY_PURPOSE_UNSPECIFIED
                ? SurveyPurpose.GENERAL
                : SurveyPurpose.valueOf(details.getPurpose().name().substring("SURVEY_PURPOSE_".length()));
    }

    static CesVariant cesVariant(SurveyDetails details) {
        return details.getCesVariant() == org.retentionsuite.proto.feedback.v1.CesVariant.CES_VARIANT_UNSPECIFIED ? null
                : CesVariant.valueOf(details.getCesVariant().name().substring("CES_VARIANT_".length()));
    }

    static List<Answer> toAnswers(List<AnswerInput> answers) {
        if (answers == null) {
            return List.of();
        }
        return answers.stream().map(a -> {
            Answer.Builder answer = Answer.newBuilder().setQuestionId(a.questionId()).setText(orEmpty(a.text()));
            if (a.rating() != null) {
                answer.setRating(a.rating());
            }
            if (a.choiceIds() != null) {
                answer.addAllChoiceIds(a.choiceIds());
            }
            return answer.build();
        }).toList();
    }

    static List<AnswerInput> toView(List<Answer> answers) {
        return answers.stream().map(a -> new AnswerInput(a.getQuestionId(), a.hasRating() ? a.getRating() : null,
                a.getChoiceIdsCount() == 0 ? null : List.copyOf(a.getChoiceIdsList()),
                a.getText().isEmpty() ? null : a.getText())).toList();
    }

    private static Map<String, String> texts(Map<String, String> texts) {
        return texts == null ? Map.of() : texts;
    }
}
