package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Survey questions, translations, versions, public links and purpose invitations through the REST API. */
@QuarkusTest
class SurveyContentEndToEndTest {

    private static final String PROBLEM = "application/problem+json";

    static Map<String, Object> surveyWithQuestions(String purpose) {
        return Map.of("name", "After the purchase", "kind", "NPS", "defaultLanguage", "en",
                "question", Map.of("en", "How likely are you to recommend us?", "ar", "ما مدى احتمال أن توصي بنا؟"),
                "purpose", purpose,
                "title", Map.of("en", "Your order", "ar", "طلبك"),
                "thankYouText", Map.of("en", "Thank you, we read every answer.", "ar", "شكرا لك، نقرأ كل إجابة."),
                "questions", List.of(Map.of("id", "reason", "type", "SINGLE_CHOICE", "required", true,
                        "text", Map.of("en", "What mattered most?", "ar", "ما الأهم بالنسبة لك؟"),
                        "choices", List.of(
                                Map.of("id", "price", "text", Map.of("en", "Price", "ar", "السعر")),
                                Map.of("id", "speed", "text", Map.of("en", "Speed", "ar", "السرعة"))))));
    }

    static String activeSurvey(Map<String, Object> survey) {
        String id = asAdmin().body(survey).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/surveys/" + id + "/activate").then().statusCode(200);
        return id;
    }

    static String token(String surveyId, String language) {
        Map<String, Object> batch = language == null ? Map.of("customerIds", List.of("C-" + UUID.randomUUID()))
                : Map.of("customerIds", List.of("C-" + UUID.randomUUID()), "language", language);
        return asAdmin().body(batch).post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0].token");
    }

    @Test
    void aSurveyWithQuestionsIsAnsweredAndEditingItMakesANewVersion() {
        String surveyId = activeSurvey(surveyWithQuestions("GENERAL"));
        asAdmin().get("/api/v1/surveys/" + surveyId).then().statusCode(200)
                .body("questions", hasSize(1))
                .body("questions[0].id", equalTo("reason"))
                .body("questions[0].choices[1].text.ar", equalTo("السرعة"))
                .body("title.en", equalTo("Your order"))
                .body("purpose", equalTo("GENERAL"));
        String token = token(surveyId, null);

        given().contentType("application/json").body(Map.of("token", token, "score", 8,
                        "answers", List.of(Map.of("questionId", "reason", "choiceIds", List.of("speed")))))
                .post("/api/v1/responses").then().statusCode(201)
                .body("surveyVersion", equalTo(1))
                .body("status", equalTo("COMPLETED"))
                .body("answers[0].questionId", equalTo("reason"))
                .body("answers[0].choiceIds", equalTo(List.of("speed")));

        asAdmin().body(Map.of("name", "After the purchase", "defaultLanguage", "en",
                        "question", Map.of("en", "Would you recommend us?", "ar", "هل توصي بنا؟")))
                .put("/api/v1/surveys/" + surveyId).then().statusCode(200)
                .body("version", equalTo(2))
                .body("question.en", equalTo("Would you recommend us?"))
                .body("questions", hasSize(0));
        given().contentType("application/json").body(Map.of("token", token(surveyId, null), "score", 9))
                .post("/api/v1/responses").then().statusCode(201).body("surveyVersion", equalTo(2));
    }

    @Test
    void aMissingRequiredAnswerAndAChoiceNotOfferedAreNamed() {
        String token = token(activeSurvey(surveyWithQuestions("GENERAL")), null);

        given().contentType("application/json").body(Map.of("token", token, "score", 8,
                        "answers", List.of(Map.of("questionId", "reason", "choiceIds", List.of("colour")))))
                .post("/api/v1/responses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers[0].choiceIds[0]"))
                .body("errors[0].message", equalTo("\"colour\" is not a choice of question \"reason\""));
        given().contentType("application/json").body(Map.of("token", token, "score", 8))
                .post("/api/v1/responses").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", equalTo("has no answer to the required question \"reason\""));
    }

    @Test
    void activationIsRefusedWhileAnOfferedLanguageLacksAText() {
        Map<String, Object> survey = new java.util.HashMap<>(surveyWithQuestions("GENERAL"));
        survey.put("title", Map.of("en", "Your order"));
        String id = asAdmin().body(survey).post("/api/v1/surveys").then().statusCode(201).extract().path("id");

        asAdmin().post("/api/v1/surveys/" + id + "/activate").then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("survey " + id + " cannot be activated: the title has no text in ar"));
    }

    @Test
    void aPublicLinkIsCreatedOnceAndCountsItsViews() {
        String surveyId = activeSurvey(surveyWithQuestions("GENERAL"));

        Map<String, Object> link = asAdmin().post("/api/v1/surveys/" + surveyId + "/link").then().statusCode(200)
                .body("views", equalTo(0))
                .body("startRate", nullValue())
                .extract().path("$");
        String slug = (String) link.get("slug");
        org.hamcrest.MatcherAssert.assertThat((String) link.get("link"), endsWith("/s/l/" + slug));
        asAdmin().get("/api/v1/surveys/" + surveyId).then().body("linkSlug", equalTo(slug));
        given().get("/s/l/" + slug).then().statusCode(200);
        given().get("/s/l/" + slug).then().statusCode(200);

        asAdmin().get("/api/v1/surveys/" + surveyId + "/link").then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("views", equalTo(2))
                .body("starts", equalTo(0));
        asAdmin().get("/api/v1/surveys/" + UUID.randomUUID() + "/link").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aPurposeInvitationNeedsAnIdempotencyKeyAndAnActiveSurveyOfThatPurpose() {
        String surveyId = activeSurvey(surveyWithQuestions("EXIT"));
        String customer = "C-" + UUID.randomUUID();

        for (int attempt = 0; attempt < 2; attempt++) {
            asAdmin().header("Idempotency-Key", "exit-" + customer)
                    .body(Map.of("customerId", customer, "purpose", "EXIT"))
                    .post("/api/v1/purpose-invitations").then().statusCode(200)
                    .body("invitation.customerId", equalTo(customer))
                    .body("invitation.status", equalTo("INVITED"))
                    .body("invitation.token", notNullValue());
        }
        asAdmin().body(Map.of("customerId", customer, "purpose", "EXIT"))
                .post("/api/v1/purpose-invitations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        asAdmin().header("Idempotency-Key", "check-in-" + customer)
                .body(Map.of("customerId", customer, "purpose", "CHECK_IN"))
                .post("/api/v1/purpose-invitations").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("no active survey has the purpose CHECK_IN"));
        asAdmin().get("/api/v1/surveys/" + surveyId).then().statusCode(200).body("purpose", equalTo("EXIT"));
    }
}
