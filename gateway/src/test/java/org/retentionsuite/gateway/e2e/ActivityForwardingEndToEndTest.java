package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * A purchase recorded in loyalty reaches segmentation's insights through loyalty's outbox, also
 * when segmentation was down at the time: the real services, as processes.
 */
@QuarkusTest
class ActivityForwardingEndToEndTest {

    @Test
    void aPurchaseShowsUpInTheCustomersInsights() {
        String program = usdProgram();
        String customer = member(program);

        buy(program, customer, "O-1", "25.40");

        Response insights = awaitInsights(customer, 1);
        assertEquals("25.40", insights.path("totalSpend.amount"));
        assertEquals("USD", insights.path("totalSpend.currency"));
    }

    @Test
    void aPurchaseMadeWhileSegmentationIsDownArrivesOnceItIsBack() {
        String program = usdProgram();
        String customer = member(program);
        ServiceProcess segmentation = RunningSuite.service("segmentation");
        segmentation.stop();
        try {
            buy(program, customer, "O-1", "10.00");
            buy(program, customer, "O-2", "5.50");
        } finally {
            segmentation.restart();
        }

        Response insights = awaitInsights(customer, 2);
        assertEquals("15.50", insights.path("totalSpend.amount"));
    }

    /** Segmentation reports in USD here (its default), so the programme earns in USD too. */
    private static String usdProgram() {
        return asAdmin().body(Map.of("name", "Forwarding", "currency", "USD", "timeZone", "America/New_York",
                        "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
    }

    private static String member(String program) {
        String customer = "fwd-" + UUID.randomUUID();
        asAdmin().body(Map.of("customerId", customer)).post("/api/v1/programs/" + program + "/members")
                .then().statusCode(201);
        return customer;
    }

    private static void buy(String program, String customer, String order, String amount) {
        asAdmin().header("Idempotency-Key", customer + "-" + order)
                .body(Map.of("customerId", customer, "orderId", order, "amount", Map.of("currency", "USD", "amount", amount),
                        "occurredAt", Instant.now().toString()))
                .post("/api/v1/programs/" + program + "/purchases").then().statusCode(200);
    }

    /** The outbox relay runs every 500 ms here; after an outage its back-off adds a few seconds. */
    private static Response awaitInsights(String customer, int purchases) {
        Instant giveUp = Instant.now().plusSeconds(60);
        Response last = null;
        while (Instant.now().isBefore(giveUp)) {
            last = asAdmin().get("/api/v1/customers/" + customer + "/insights");
            if (last.statusCode() == 200 && ((Number) last.path("purchaseCount")).intValue() == purchases) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the insights did not show " + purchases + " purchases within 60 s; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.asString()));
    }
}
