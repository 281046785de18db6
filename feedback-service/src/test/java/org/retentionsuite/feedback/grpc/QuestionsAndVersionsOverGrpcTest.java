package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Answer;
import org.retentionsuite.proto.feedback.v1.CesVariant;
import org.retentionsuite.proto.feedback.v1.Choice;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Question;
import org.retentionsuite.proto.feedback.v1.QuestionType;
import org.retentionsuite.proto.feedback.v1.ResponseStatus;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.feedback.v1.UpdateSurveyRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

@QuarkusTest
class QuestionsAndVersionsOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    static Question reason() {
        return Question.newBuilder().setId("reason").setType(QuestionType.QUESTION_TYPE_SINGLE_CHOICE).setRequired(true)
                .putText("en", "Why?").putText("de", "Warum?")
                .addChoices(Choice.newBuilder().setId("price").putText("en", "Price").putText("de", "Preis"))
                .addChoices(Choice.newBuilder().setId("speed").putText("en", "Speed").putText("de", "Tempo"))
                .build();
    }

    static Question extras() {
        return Question.newBuilder().setId("extras").setType(QuestionType.QUESTION_TYPE_MULTIPLE_CHOICE)
                .putText("en", "What else?").putText("de", "Was noch?")
                .addChoices(Choice.newBuilder().setId("app").putText("en", "App").putText("de", "App"))
                .addChoices(Choice.newBuilder().setId("shop").putText("en", "Shop").putText("de", "Laden"))
                .build();
    }

    static CreateSurveyRequest.Builder withQuestions(SurveyKind kind) {
        return Surveys.draft(kind).putQuestion("de", "Wie war es?").setDetails(SurveyDetails.newBuilder()
                .putTitle("en", "Your order").putTitle("de", "Ihre Bestellung")
                .putThankYouText("en", "Thank you!").putThankYouText("de", "Danke!")
                .addQuestions(reason())
                .addQuestions(extras())
                .addQuestions(Question.newBuilder().setId("stars").setType(QuestionType.QUESTION_TYPE_RATING)
                        .putText("en", "Stars?").putText("de", "Sterne?"))
                .addQuestions(Question.newBuilder().setId("note").setType(QuestionType.QUESTION_TYPE_OPEN_TEXT)
                        .putText("en", "Anything else?").putText("de", "Sonst noch etwas?")));
    }

    private Survey activeWithQuestions() {
        Survey survey = feedback.createSurvey(withQuestions(SurveyKind.SURVEY_KIND_NPS).build()).getSurvey();
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()).getSurvey();
    }

    @Test
    void aSurveyKeepsItsQuestionsTextsAndSettings() {
        Survey survey = feedback.createSurvey(withQuestions(SurveyKind.SURVEY_KIND_NPS).build()).getSurvey();

        Survey read = feedback.getSurvey(GetSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()).getSurvey();
        assertEquals(survey, read);
        assertEquals(List.of("reason", "extras", "stars", "note"),
                read.getDetails().getQuestionsList().stream().map(Question::getId).toList());
        assertEquals(reason(), read.getDetails().getQuestions(0));
        assertEquals(1, read.getDetails().getQuestions(2).getRatingMin());
        assertEquals(5, read.getDetails().getQuestions(2).getRatingMax());
        assertEquals(Map.of("en", "Your order", "de", "Ihre Bestellung"), read.getDetails().getTitleMap());
        assertEquals(Map.of("en", "Thank you!", "de", "Danke!"), read.getDetails().getThankYouTextMap());
    }

    @Test
    void aCesSurveyStoresItsVariantScaleAndDirection() {
        Survey effort = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CES).setDetails(SurveyDetails.newBuilder()
                .setCesVariant(CesVariant.CES_VARIANT_EFFORT_5)).build()).getSurvey();
        Survey agreement = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CES).build()).getSurvey();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(effort.getId()).build());

        assertEquals(CesVariant.CES_VARIANT_EFFORT_5, effort.getDetails().getCesVariant());
        assertTrue(effort.getDetails().getLowerScoreIsBetter());
        assertEquals(CesVariant.CES_VARIANT_AGREEMENT_7, agreement.getDetails().getCesVariant());
        assertFalse(agreement.getDetails().getLowerScoreIsBetter());
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(Surveys.token(feedback, effort.getId())).setScore(6).build()));
        assertEquals(Map.of("score", "is not on the CES scale 1-5"), fieldViolations(refused));
    }

    @Test
    void answersAreCheckedAndEachViolationNamesTheQuestion() {
        Survey survey = activeWithQuestions();
        String token = Surveys.token(feedback, survey.getId());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(token).setScore(9)
                        .addAnswers(Answer.newBuilder().setQuestionId("colour").setText("red"))
                        .addAnswers(Answer.newBuilder().setQuestionId("extras").addChoiceIds("app").addChoiceIds("mall"))
                        .addAnswers(Answer.newBuilder().setQuestionId("stars").setRating(6))
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "answers[0].question_id", "names no question of the survey: \"colour\"",
                "answers[1].choice_ids[1]", "\"mall\" is not a choice of question \"extras\"",
                "answers[2].rating", "is not on the scale 1-5 of question \"stars\"",
                "answers", "has no answer to the required question \"reason\""), fieldViolations(refused));
        // Nothing was recorded: the token still answers.
        SurveyResponse response = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(9)
                .addAnswers(Answer.newBuilder().setQuestionId("reason").addChoiceIds("speed"))
                .addAnswers(Answer.newBuilder().setQuestionId("extras").addChoiceIds("shop").addChoiceIds("app"))
                .addAnswers(Answer.newBuilder().setQuestionId("note").setText("  Fine.  "))
                .build()).getResponse();
        assertEquals(List.of(
                Answer.newBuilder().setQuestionId("reason").addChoiceIds("speed").build(),
                Answer.newBuilder().setQuestionId("extras").addChoiceIds("shop").addChoiceIds("app").build(),
                Answer.newBuilder().setQuestionId("note").setText("Fine.").build()), response.getAnswersList());
    }

    @Test
    void aSingleChoiceTakesOneChoice() {
        String token = Surveys.token(feedback, activeWithQuestions().getId());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(token).setScore(9)
                        .addAnswers(Answer.newBuilder().setQuestionId("reason").addChoiceIds("price").addChoiceIds("speed"))
                        .build()));

        assertEquals(Map.of("answers[0].choice_ids", "has more than one choice for the single choice question \"reason\""),
                fieldViolations(refused));
    }

    @Test
    void editingAnActiveSurveyMakesANewVersionAndEachResponseKeepsTheOneItAnswered() {
        Survey survey = activeWithQuestions();
        String before = Surveys.token(feedback, survey.getId());
        String after = Surveys.token(feedback, survey.getId());
        SurveyResponse first = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(before).setScore(7)
                .addAnswers(Answer.newBuilder().setQuestionId("reason").addChoiceIds("price")).build()).getResponse();

        Survey edited = feedback.updateSurvey(UpdateSurveyRequest.newBuilder().setSurveyId(survey.getId())
                .setName("After the purchase").setDefaultLanguage("en")
                .putQuestion("en", "How likely are you to recommend us?").putQuestion("de", "Wie wahrscheinlich?")
                .setDetails(SurveyDetails.newBuilder().addQuestions(Question.newBuilder().setId("why")
                        .setType(QuestionType.QUESTION_TYPE_OPEN_TEXT).setRequired(true)
                        .putText("en", "Why?").putText("de", "Warum?")))
                .build()).getSurvey();
        SurveyResponse second = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(after).setScore(10)
                .addAnswers(Answer.newBuilder().setQuestionId("why").setText("Fast")).build()).getResponse();

        assertEquals(2, edited.getVersion());
        assertEquals("How likely are you to recommend us?", edited.getQuestionMap().get("en"));
        assertEquals(List.of("why"), edited.getDetails().getQuestionsList().stream().map(Question::getId).toList());
        assertEquals(1, first.getSurveyVersion());
        assertEquals(2, second.getSurveyVersion());
    }

    @Test
    void editingADraftKeepsItsVersionAndAClosedSurveyCannotBeEdited() {
        Survey draft = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CSAT).build()).getSurvey();
        Survey edited = feedback.updateSurvey(UpdateSurveyRequest.newBuilder().setSurveyId(draft.getId())
                .setName("Renamed").setDefaultLanguage("en").putQuestion("en", "How was it?").build()).getSurvey();
        assertEquals(1, edited.getVersion());
        assertEquals("Renamed", edited.getName());
        assertEquals(SurveyKind.SURVEY_KIND_CSAT, edited.getKind());

        Survey closed = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT);
        feedback.closeSurvey(org.retentionsuite.proto.feedback.v1.CloseSurveyRequest.newBuilder()
                .setSurveyId(closed.getId()).build());
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.updateSurvey(
                UpdateSurveyRequest.newBuilder().setSurveyId(closed.getId()).setName("x").setDefaultLanguage("en")
                        .putQuestion("en", "How was it?").build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("survey " + closed.getId() + " is closed and cannot be edited", refused.getStatus().getDescription());
    }

    @Test
    void activationIsRefusedNamingEachTextAndLanguageMissing() {
        Survey survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).addLanguages("en")
                .addLanguages("ar").putQuestion("ar", "ما مدى احتمال أن توصي بنا؟")
                .setDetails(SurveyDetails.newBuilder().putTitle("en", "Your order")
                        .addQuestions(Question.newBuilder().setId("why").setType(QuestionType.QUESTION_TYPE_OPEN_TEXT)
                                .putText("en", "Why?")))
                .build()).getSurvey();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.activateSurvey(
                ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("survey " + survey.getId() + " cannot be activated: the title has no text in ar; "
                + "question \"why\" has no text in ar", refused.getStatus().getDescription());
    }

    @Test
    void invalidQuestionsAreNamedByField() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.createSurvey(
                Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setDetails(SurveyDetails.newBuilder()
                        .putTitle("fr", "Titre")
                        .addQuestions(Question.newBuilder().setId("a b").setType(QuestionType.QUESTION_TYPE_SINGLE_CHOICE)
                                .putText("en", "Pick")
                                .addChoices(Choice.newBuilder().setId("x").putText("en", "X")))
                        .setResponseLimit(0)).build()));

        assertEquals(Map.of(
                "details.title[fr]", "is in a language the survey does not offer",
                "details.questions[0].id", "is not a key of 1-40 letters, digits, '_' or '-'",
                "details.questions[0].choices", "needs at least two choices",
                "details.response_limit", "is not at least 1"), fieldViolations(refused));
    }

    @Test
    void aPartialResponseIsSavedAndCompletedLaterWithoutUsingTheTokenBefore() {
        String token = Surveys.token(feedback, activeWithQuestions().getId());

        SurveyResponse started = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token)
                .setPartial(true).addAnswers(Answer.newBuilder().setQuestionId("note").setText("So far")).build())
                .getResponse();
        SurveyResponse completed = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(8)
                .addAnswers(Answer.newBuilder().setQuestionId("reason").addChoiceIds("price")).build()).getResponse();

        assertEquals(ResponseStatus.RESPONSE_STATUS_STARTED, started.getStatus());
        assertFalse(started.hasCompletedAt());
        assertEquals(ResponseStatus.RESPONSE_STATUS_COMPLETED, completed.getStatus());
        assertEquals(started.getId(), completed.getId());
        assertEquals(started.getStartedAt(), completed.getStartedAt());
        assertEquals(List.of(Answer.newBuilder().setQuestionId("reason").addChoiceIds("price").build()),
                completed.getAnswersList());
        StatusRuntimeException again = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(token).setPartial(true).build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, again.getStatus().getCode());
    }
}
