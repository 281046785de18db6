package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.deploy.postgres.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** An external mailer takes the due reminders through the gateway; each reminder is handed out once. */
@QuarkusTest
class SurveyRemindersEndToEndTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aMailerTakesEachUnansweredInvitationsReminderOnceItIsDue() throws Exception {
        Map<String, Object> survey = new HashMap<>(SurveyContentEndToEndTest.surveyWithQuestions("GENERAL"));
        survey.put("reminderAfterDays", 2);
        String surveyId = SurveyContentEndToEndTest.activeSurvey(survey);
        String first = "C-" + UUID.randomUUID();
        String second = "C-" + UUID.randomUUID();
        asAdmin().body(Map.of("customerIds", List.of(first, second))).post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200);
        assertEquals(List.of(), customersReminded(surveyId));

        // The invitations went out three days ago, as far as feedback's database knows.
        PostgresServer postgres = TestPostgres.server();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("retention_e2e_feedback"),
                postgres.user(), postgres.password());
                PreparedStatement backdate = connection.prepareStatement(
                        "UPDATE invitation SET invited_at = invited_at - INTERVAL '3 days' WHERE survey_id = CAST(? AS uuid)")) {
            backdate.setString(1, surveyId);
            assertEquals(2, backdate.executeUpdate());
        }

        assertEquals(List.of(first, second).stream().sorted().toList(), customersReminded(surveyId).stream().sorted().toList());
        assertEquals(List.of(), customersReminded(surveyId));
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefusedNamingIt() {
        asAdmin().post("/api/v1/survey-reminders/take?limit=0").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        asAdmin().post("/api/v1/survey-reminders/take?limit=lots").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
    }

    private static List<String> customersReminded(String surveyId) {
        List<Map<String, Object>> reminders = asAdmin().post("/api/v1/survey-reminders/take?limit=500").then().statusCode(200)
                .extract().path("reminders");
        return reminders.stream().filter(r -> surveyId.equals(r.get("surveyId"))).map(r -> (String) r.get("customerId"))
                .toList();
    }
}
