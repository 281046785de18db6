package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeePurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeeRule;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enroll;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.purchase;

/**
 * An export and an erasure run in all three services and report each one's outcome; one that failed
 * somewhere is "incomplete" (502), never "done", and can be sent again.
 *
 * Feedback's and segmentation's privacy RPCs answer UNIMPLEMENTED until that work is merged: then
 * their outcomes here become "done", the status "done" and the HTTP status 200.
 */
@QuarkusTest
class PrivacyEndToEndTest {

    @Test
    void anExportHasTheLoyaltyDataAndSaysWhichServicesFailed() {
        String customerId = "C-export-" + System.nanoTime();
        String programId = newProgram("{}");
        enroll(programId, customerId);
        coffeeRule(programId);
        purchase(programId, "buy-" + customerId, coffeePurchase(customerId, "O-" + customerId)).then().statusCode(200);

        asAdmin().post("/api/v1/privacy/exports/" + customerId).then().statusCode(502)
                .body("customerId", equalTo(customerId))
                .body("status", equalTo("incomplete"))
                .body("services.loyalty.outcome", equalTo("done"))
                .body("services.loyalty.data.memberships", hasSize(1))
                .body("services.loyalty.data.memberships[0].member.customerId", equalTo(customerId))
                .body("services.loyalty.data.memberships[0].member.programId", equalTo(programId))
                .body("services.feedback.outcome", equalTo("failed"))
                .body("services.feedback.detail", equalTo("the feedback service does not offer this yet"))
                .body("services.segmentation.outcome", equalTo("failed"));
    }

    @Test
    void anErasureThatFailedSomewhereIsIncompleteAndSendingItAgainIsSafe() {
        String customerId = "C-erase-" + System.nanoTime();
        String programId = newProgram("{}");
        enroll(programId, customerId);

        asAdmin().post("/api/v1/privacy/erasures/" + customerId).then().statusCode(502)
                .body("status", equalTo("incomplete"))
                .body("services.loyalty.outcome", equalTo("done"))
                .body("services.loyalty.detail", equalTo("1 memberships forgotten"))
                .body("services.feedback.outcome", equalTo("failed"))
                .body("services.segmentation.outcome", equalTo("failed"))
                .body("services.segmentation.detail", equalTo("the segmentation service does not offer this yet"));
        // The loyalty part is done: the member is gone, and doing it again forgets nothing more.
        asAdmin().post("/api/v1/privacy/erasures/" + customerId).then().statusCode(502)
                .body("status", equalTo("incomplete"))
                .body("services.loyalty.outcome", equalTo("done"))
                .body("services.loyalty.detail", equalTo("0 memberships forgotten"));
    }
}
