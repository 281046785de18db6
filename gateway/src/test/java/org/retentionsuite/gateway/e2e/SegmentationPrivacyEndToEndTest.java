package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * Segmentation's part of a privacy export holds the customer's attributes, churn risk and its level
 * changes besides activity; after the erasure none of it is found under the customer's id.
 */
@QuarkusTest
class SegmentationPrivacyEndToEndTest {

    @Test
    void theExportHoldsAttributesAndChurnRiskAndTheErasureLeavesNothingUnderTheCustomer() {
        String customer = "seg-privacy-e2e-" + UUID.randomUUID();
        asAdmin().body(List.of(Map.of("customerId", customer, "country", "DE", "language", "de",
                        "signedUpOn", "2024-02-29", "acquisitionChannel", "referral")))
                .post("/api/v1/customers/attributes").then().statusCode(200).body("created", equalTo(1));
        Instant now = Instant.now();
        // Stopped visiting, unhappy, an unresolved contact: HIGH.
        SegmentsEndToEndTest.record(List.of(
                Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "VISIT",
                        "occurredAt", now.minus(Duration.ofDays(60)).toString()),
                Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "FEEDBACK",
                        "occurredAt", now.minus(Duration.ofDays(10)).toString(), "feedback", Map.of("kind", "CSAT", "score", 1)),
                Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "SUPPORT_CONTACT",
                        "occurredAt", now.minus(Duration.ofDays(5)).toString(), "supportOutcome", "UNRESOLVED")));
        asAdmin().body(Map.of()).post("/api/v1/customers/" + customer + "/churn-risk").then().statusCode(200)
                .body("churnRisk.level", equalTo("HIGH"));

        asAdmin().post("/api/v1/privacy/exports/" + customer).then().statusCode(200)
                .body("status", equalTo("done"))
                .body("services.segmentation.data.activities", hasSize(3))
                .body("services.segmentation.data.attributes.country", equalTo("DE"))
                .body("services.segmentation.data.attributes.acquisitionChannel", equalTo("referral"))
                .body("services.segmentation.data.churnRisk.level", equalTo("CHURN_RISK_LEVEL_HIGH"))
                .body("services.segmentation.data.churnRisk.reasons.indicator", equalTo(List.of(
                        "CHURN_INDICATOR_ENGAGEMENT_DECLINE", "CHURN_INDICATOR_NEGATIVE_FEEDBACK",
                        "CHURN_INDICATOR_UNRESOLVED_SUPPORT")))
                .body("services.segmentation.data.churnLevelChanges", hasSize(1))
                .body("services.segmentation.data.churnLevelChanges[0].fromLevel", nullValue())
                .body("services.segmentation.data.churnLevelChanges[0].toLevel", equalTo("CHURN_RISK_LEVEL_HIGH"));

        asAdmin().post("/api/v1/privacy/erasures/" + customer).then().statusCode(200)
                .body("services.segmentation.outcome", equalTo("done"))
                .body("services.segmentation.detail", equalTo("3 activities anonymised"));

        asAdmin().post("/api/v1/privacy/exports/" + customer).then().statusCode(200)
                .body("services.segmentation.data", equalTo(Map.of("customerId", customer)));
    }
}
