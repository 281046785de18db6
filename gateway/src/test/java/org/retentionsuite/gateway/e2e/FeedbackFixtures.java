package org.retentionsuite.gateway.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Surveys, invitations and responses the feedback end-to-end tests start from, through the REST API. */
final class FeedbackFixtures {

    private static volatile boolean ready;

    private FeedbackFixtures() {
    }

    /**
     * Waits until each feedback stub the gateway uses answers without a 5xx: on a loaded machine the
     * first calls after the services start can time out or meet a connection being set up.
     */
    static void awaitFeedback() {
        if (ready) {
            return;
        }
        List<String> reads = List.of("/api/v1/surveys/" + UUID.randomUUID(), "/api/v1/cases?limit=1", "/api/v1/ideas",
                "/api/v1/tag-rules", "/api/v1/customers/warm-up/feedback");
        java.time.Instant giveUp = java.time.Instant.now().plusSeconds(60);
        for (String read : reads) {
            while (asAdmin().get(read).statusCode() >= 500) {
                if (java.time.Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("the feedback service did not answer " + read + " within 60 s");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        ready = true;
    }

    static String activeSurvey(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "After the delivery", "kind", "NPS",
                "defaultLanguage", "en", "question", Map.of("en", "Would you recommend us?")));
        body.putAll(extra);
        String surveyId = asAdmin().body(body).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/surveys/" + surveyId + "/activate").then().statusCode(200);
        return surveyId;
    }

    static String newCustomer() {
        return "e2e-" + UUID.randomUUID();
    }

    /** Invites the customer and answers with the token as the respondent; the response's id. */
    static String respond(String surveyId, String customer, int score, String comment) {
        String token = asAdmin().body(Map.of("customerIds", List.of(customer)))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0].token");
        return given().contentType("application/json")
                .body(Map.of("token", token, "score", score, "comment", comment, "answers", List.of()))
                .post("/api/v1/responses").then().statusCode(201).extract().path("id");
    }
}
