package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Surveys from creation to metrics through the REST API, against the services running as processes. */
@QuarkusTest
class SurveyFlowEndToEndTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aSurveyIsCreatedActivatedSentAnsweredAndItsMetricsShowTheResponse() {
        String surveyId = newSurvey("NPS");
        String customer = newCustomer();

        asAdmin().post("/api/v1/surveys/" + surveyId + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("languages", equalTo(List.of("de", "en")));

        String token = asAdmin().body(Map.of("customerIds", List.of(customer)))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].customerId", equalTo(customer))
                .body("items[0].status", equalTo("INVITED"))
                .body("items[0].token", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("items[0].expiresAt", notNullValue())
                .extract().path("items[0].token");

        asAdmin().body(Map.of("customerIds", List.of(customer)))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200)
                .body("items[0].customerId", equalTo(customer))
                .body("items[0].status", equalTo("THROTTLED"))
                .body("items[0].token", nullValue())
                .body("items[0].link", nullValue());

        // The respondent has no API key: the token is the credential.
        given().contentType("application/json")
                .body(Map.of("token", token, "score", 9, "comment", "Quick delivery", "answers", List.of()))
                .post("/api/v1/responses")
                .then().statusCode(201)
                .body("surveyId", equalTo(surveyId))
                .body("surveyVersion", equalTo(1))
                .body("score", equalTo(9))
                .body("comment", equalTo("Quick delivery"))
                .body("language", equalTo("en"))
                .body("channel", equalTo("WEB"))
                .body("completedAt", notNullValue())
                .body("customerId", nullValue());

        asAdmin().queryParam("bucket", "day").queryParam("timeZone", "Europe/Amsterdam")
                .get("/api/v1/surveys/" + surveyId + "/metrics")
                .then().statusCode(200)
                .body("nps.score", equalTo(100.0f))
                .body("nps.n", equalTo(1))
                .body("nps.promoters", equalTo(1))
                .body("nps.passives", equalTo(0))
                .body("nps.detractors", equalTo(0))
                .body("nps.marginOfError", equalTo(0.0f))
                .body("responseRate.rate", equalTo(100.0f))
                .body("responseRate.completed", equalTo(1))
                .body("responseRate.invitations", equalTo(1))
                .body("csat", nullValue())
                .body("buckets", hasSize(1))
                .body("buckets[0].start", matchesPattern("\\d{4}-\\d{2}-\\d{2}T00:00(:00)?\\+0[12]:00"))
                .body("buckets[0].nps.n", equalTo(1));
    }

    @Test
    void theLinkOfAnInvitationCarriesItsToken() {
        String surveyId = activeSurvey("CSAT");

        Map<String, String> item = asAdmin().body(Map.of("customerIds", List.of(newCustomer())))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0]");

        assertThat(item.get("link"), endsWith("/s/" + item.get("token")));
    }

    @Test
    void withoutResponsesTheScoreIsNullBesideNZero() {
        String surveyId = activeSurvey("CES");

        asAdmin().get("/api/v1/surveys/" + surveyId + "/metrics").then().statusCode(200)
                .body("ces.n", equalTo(0))
                .body("ces.mean", nullValue())
                .body("ces.percentAgree", nullValue())
                .body("ces.variant", equalTo("AGREEMENT_7"))
                .body("responseRate.rate", nullValue())
                .body("buckets", hasSize(0));
    }

    @Test
    void aSurveyLackingATextInAnOfferedLanguageCannotBeActivated() {
        String surveyId = asAdmin().body(Map.of("name", "Checkout", "kind", "CSAT", "defaultLanguage", "en",
                        "question", Map.of("en", "How satisfied are you?"), "languages", List.of("en", "fr")))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");

        asAdmin().post("/api/v1/surveys/" + surveyId + "/activate").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("survey " + surveyId + " cannot be activated: the question has no text in fr"));
    }

    @Test
    void anIllegalTransitionIsAConflictNamingTheCurrentStatus() {
        String surveyId = newSurvey("NPS");

        asAdmin().post("/api/v1/surveys/" + surveyId + "/pause").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("survey " + surveyId + " is draft and cannot be paused"));
        asAdmin().body(Map.of("customerIds", List.of(newCustomer())))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("survey " + surveyId + " is draft and takes no invitations"));
    }

    @Test
    void aUsedTokenIsAConflictAndAnUnknownTokenIsNotFound() {
        String token = invitationToken(activeSurvey("NPS"));
        given().contentType("application/json").body(Map.of("token", token, "score", 3))
                .post("/api/v1/responses").then().statusCode(201);

        given().contentType("application/json").body(Map.of("token", token, "score", 4))
                .post("/api/v1/responses")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", startsWith("the invitation token was already used: a response was recorded at "));
        given().contentType("application/json").body(Map.of("token", "not-a-token", "score", 4))
                .post("/api/v1/responses")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("no invitation has this token"));
    }

    @Test
    void aScoreOffTheScaleOrFurtherAnswersAreInvalidNamingTheField() {
        String token = invitationToken(activeSurvey("CSAT"));

        given().contentType("application/json").body(Map.of("token", token, "score", 6))
                .post("/api/v1/responses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].field", equalTo("score"))
                .body("errors[0].message", equalTo("is not on the CSAT scale 1-5"));
        given().contentType("application/json")
                .body(Map.of("token", token, "score", 5, "answers", List.of(Map.of("questionId", "colour", "text", "red"))))
                .post("/api/v1/responses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers[0].questionId"))
                .body("errors[0].message", equalTo("names no question of the survey: \"colour\""));
    }

    @Test
    void onlyPostingAResponseIsOpenWithoutAnApiKey() {
        given().contentType("application/json").get("/api/v1/surveys/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM);
        given().contentType("application/json").body(Map.of("customerIds", List.of("C-1")))
                .post("/api/v1/surveys/" + UUID.randomUUID() + "/invitations")
                .then().statusCode(401).contentType(PROBLEM);
        // Only POST exists there: another method is refused as such, and opens nothing.
        given().contentType("application/json").get("/api/v1/responses")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void invalidInvitationsAndMetricsQueriesNameTheField() {
        String surveyId = activeSurvey("NPS");

        asAdmin().body(Map.of("customerIds", List.of("C-1", "C-1")))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("customerIds[1]"))
                .body("errors[0].message", equalTo("is listed twice"));
        asAdmin().queryParam("bucket", "hour").get("/api/v1/surveys/" + surveyId + "/metrics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("bucket"))
                .body("errors[0].message", equalTo("must be one of DAY, WEEK, MONTH"));
        asAdmin().queryParam("timeZone", "Mars/Olympus").get("/api/v1/surveys/" + surveyId + "/metrics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("timeZone"));
        asAdmin().queryParam("from", "yesterday").get("/api/v1/surveys/" + surveyId + "/metrics")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aRetriedInvitationWithTheSameIdempotencyKeyIsNotThrottled() {
        String surveyId = activeSurvey("NPS");
        String customer = newCustomer();
        String key = "invite-" + customer;

        for (int attempt = 0; attempt < 2; attempt++) {
            asAdmin().header("Idempotency-Key", key).body(Map.of("customerIds", List.of(customer)))
                    .post("/api/v1/surveys/" + surveyId + "/invitations")
                    .then().statusCode(200)
                    .body("items[0].status", equalTo("INVITED"))
                    .body("items[0].token", notNullValue());
        }
    }

    private static String newSurvey(String kind) {
        return asAdmin().body(Map.of("name", "After the purchase", "kind", kind, "defaultLanguage", "en",
                        "question", Map.of("en", "How did we do?", "de", "Wie war es?")))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
    }

    private static String activeSurvey(String kind) {
        String surveyId = newSurvey(kind);
        asAdmin().post("/api/v1/surveys/" + surveyId + "/activate").then().statusCode(200);
        return surveyId;
    }

    private static String invitationToken(String surveyId) {
        return asAdmin().body(Map.of("customerIds", List.of(newCustomer())))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0].token");
    }

    private static String newCustomer() {
        return "C-" + UUID.randomUUID();
    }
}
