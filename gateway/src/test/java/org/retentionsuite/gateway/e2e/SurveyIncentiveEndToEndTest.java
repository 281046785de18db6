package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.deploy.postgres.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.activeSurvey;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.newCustomer;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.respond;

/**
 * A survey's incentive and the feedback signal travel through feedback's outbox to the real
 * loyalty and segmentation processes: a response given while loyalty is down earns its points once
 * loyalty is back, exactly once, and its score reaches segmentation.
 */
@QuarkusTest
class SurveyIncentiveEndToEndTest {

    // Before each test (not all): RestAssured knows the gateway's port only once Quarkus started it.
    @org.junit.jupiter.api.BeforeEach
    void awaitFeedback() {
        FeedbackFixtures.awaitFeedback();
    }

    private static final long POINTS = 50;

    @Test
    void aResponseGivenWhileLoyaltyIsDownEarnsItsPointsOnceLoyaltyIsBackAndExactlyOnce() throws Exception {
        String program = asAdmin().body(Map.of("name", "Survey rewards", "currency", "EUR", "timeZone", "Europe/Berlin",
                        "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("eventKey", "survey_completed", "points", POINTS))
                .post("/api/v1/programs/" + program + "/event-rules").then().statusCode(201);
        String customer = newCustomer();
        asAdmin().body(Map.of("customerId", customer)).post("/api/v1/programs/" + program + "/members")
                .then().statusCode(201);
        String surveyId = activeSurvey(Map.of("incentive", Map.of("programId", program)));
        asAdmin().get("/api/v1/surveys/" + surveyId).then().statusCode(200)
                .body("incentive.programId", equalTo(program))
                .body("incentive.eventKey", equalTo("survey_completed"));

        ServiceProcess loyalty = RunningSuite.service("loyalty");
        String responseId;
        loyalty.stop();
        try {
            responseId = respond(surveyId, customer, 9, "Friendly staff");
            Thread.sleep(1500); // the relay tries, and fails, while loyalty is down
        } finally {
            loyalty.restart();
        }

        awaitLifetimeEarned(program, customer, POINTS);
        Thread.sleep(3000); // further relay passes and back-off retries must not award again
        assertEquals(POINTS, lifetimeEarned(program, customer));
        assertEquals("FEEDBACK", awaitSignal(responseId, customer));
    }

    private static long lifetimeEarned(String program, String customer) {
        Response member = asAdmin().get("/api/v1/programs/" + program + "/members/" + customer);
        assertEquals(200, member.statusCode(), member.asString());
        return ((Number) member.path("balance.lifetimeEarned")).longValue();
    }

    private static void awaitLifetimeEarned(String program, String customer, long points) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        long last = -1;
        while (Instant.now().isBefore(giveUp)) {
            last = lifetimeEarned(program, customer);
            if (last >= points) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the member earned " + last + " points within 60 s, not " + points);
    }

    /** Segmentation keeps activity by event id: the response id, sent as a FEEDBACK activity of the customer. */
    private static String awaitSignal(String responseId, String customer) throws Exception {
        PostgresServer postgres = TestPostgres.server();
        Instant giveUp = Instant.now().plusSeconds(60);
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("retention_e2e_segmentation"),
                postgres.user(), postgres.password());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT type, customer_id FROM activity WHERE event_id = ?")) {
            query.setString(1, responseId);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        assertEquals(customer, row.getString("customer_id"));
                        return row.getString("type");
                    }
                }
                Thread.sleep(250);
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read segmentation's activity", e);
        }
        throw new AssertionError("segmentation did not record response " + responseId + " within 60 s");
    }
}
