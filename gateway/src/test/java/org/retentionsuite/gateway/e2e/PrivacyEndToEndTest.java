package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeePurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeeRule;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enroll;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.purchase;

/**
 * An export and an erasure run in all three services and report each one's outcome; one that failed
 * somewhere (here segmentation, stopped) is "incomplete" (502), never "done", and can be sent again.
 */
@QuarkusTest
class PrivacyEndToEndTest {

    @Test
    void anExportHasEachServicesDataAndWithAServiceDownSaysWhichOneFailed() {
        String customerId = "C-export-" + System.nanoTime();
        String programId = newProgram("{}");
        enroll(programId, customerId);
        coffeeRule(programId);
        purchase(programId, "buy-" + customerId, coffeePurchase(customerId, "O-" + customerId)).then().statusCode(200);

        ServiceProcess segmentation = RunningSuite.service("segmentation");
        segmentation.stop();
        try {
            asAdmin().post("/api/v1/privacy/exports/" + customerId).then().statusCode(502)
                    .body("customerId", equalTo(customerId))
                    .body("status", equalTo("incomplete"))
                    .body("services.loyalty.outcome", equalTo("done"))
                    .body("services.loyalty.data.memberships", hasSize(1))
                    .body("services.loyalty.data.memberships[0].member.customerId", equalTo(customerId))
                    .body("services.loyalty.data.memberships[0].member.programId", equalTo(programId))
                    .body("services.feedback.outcome", equalTo("done"))
                    .body("services.segmentation.outcome", equalTo("failed"))
                    .body("services.segmentation.detail", startsWith("the segmentation service is unavailable"));
        } finally {
            segmentation.restart();
        }
    }

    @Test
    void anErasureThatFailedSomewhereIsIncompleteAndSendingItAgainFinishesIt() {
        String customerId = "C-erase-" + System.nanoTime();
        String programId = newProgram("{}");
        enroll(programId, customerId);

        ServiceProcess segmentation = RunningSuite.service("segmentation");
        segmentation.stop();
        try {
            asAdmin().post("/api/v1/privacy/erasures/" + customerId).then().statusCode(502)
                    .body("status", equalTo("incomplete"))
                    .body("services.loyalty.outcome", equalTo("done"))
                    .body("services.loyalty.detail", equalTo("1 memberships forgotten"))
                    .body("services.feedback.outcome", equalTo("done"))
                    .body("services.segmentation.outcome", equalTo("failed"))
                    .body("services.segmentation.detail", startsWith("the segmentation service is unavailable"));
        } finally {
            segmentation.restart();
        }
        // Sent again once segmentation is back (and its circuit closed): loyalty forgets nothing more,
        // and segmentation does its part.
        Response again = asAdmin().post("/api/v1/privacy/erasures/" + customerId);
        for (int attempt = 0; attempt < 30 && again.statusCode() != 200; attempt++) {
            sleep();
            again = asAdmin().post("/api/v1/privacy/erasures/" + customerId);
        }
        again.then().statusCode(200)
                .body("status", equalTo("done"))
                .body("services.loyalty.outcome", equalTo("done"))
                .body("services.loyalty.detail", equalTo("0 memberships forgotten"))
                .body("services.feedback.outcome", equalTo("done"))
                .body("services.segmentation.outcome", equalTo("done"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
