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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Rule segments and playbooks through the REST API, against the segmentation service as a process. */
@QuarkusTest
class SegmentsEndToEndTest {

    @Test
    void aSegmentOfFrequentBuyersOrUnhappyContactsListsExactlyItsMembers() {
        String p = "seg-e2e-" + UUID.randomUUID() + "-";
        Instant now = Instant.now();
        record(List.of(
                purchase(p + "frequent", now.minus(Duration.ofDays(1))),
                purchase(p + "frequent", now.minus(Duration.ofDays(3))),
                purchase(p + "once", now.minus(Duration.ofDays(2))),
                supportContact(p + "lapsed", now.minus(Duration.ofDays(1)))));

        String id = asAdmin().body(Map.of("name", "frequent or in touch " + p, "description", "for the e2e test",
                        "rule", Map.of("all", List.of(
                                Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                                Map.of("any", List.of(
                                        Map.of("field", "purchaseCount", "operator", "atLeast", "values", List.of(2),
                                                "withinDays", 30),
                                        Map.of("all", List.of(
                                                Map.of("field", "purchaseCount", "operator", "equals", "values", List.of(0),
                                                        "withinDays", 30),
                                                Map.of("field", "supportContactCount", "operator", "atLeast",
                                                        "values", List.of("1"), "withinDays", 30)))))))))
                .post("/api/v1/segments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/segments/[0-9a-f-]{36}"))
                .body("memberCount", equalTo(2))
                .body("rule.all[1].any[0].values[0]", equalTo("2"))
                .body("rule.all[1].any[0].withinDays", equalTo(30))
                .extract().path("id");

        asAdmin().get("/api/v1/segments/" + id + "/members?limit=1").then().statusCode(200)
                .body("items.customerId", equalTo(List.of(p + "frequent")))
                .body("memberCount", equalTo(2))
                .body("nextCursor", matchesPattern(".+"));
        asAdmin().get("/api/v1/segments/" + id + "/members").then().statusCode(200)
                .body("items.customerId", equalTo(List.of(p + "frequent", p + "lapsed")))
                .body("nextCursor", nullValue());
        asAdmin().get("/api/v1/segments/" + id + "/members/" + p + "lapsed").then().statusCode(200)
                .body("member", equalTo(true));
        asAdmin().get("/api/v1/segments/" + id + "/members/" + p + "once").then().statusCode(200)
                .body("member", equalTo(false))
                .body("enteredAt", nullValue());

        // A second purchase: the one-off buyer enters at once.
        record(List.of(purchase(p + "once", now.minus(Duration.ofHours(1)))));
        asAdmin().get("/api/v1/segments/" + id + "/changes?customerId=" + p + "once").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].change", equalTo("ENTERED"));
        asAdmin().get("/api/v1/segments/" + id).then().statusCode(200).body("memberCount", equalTo(3));
    }

    @Test
    void aMalformedRuleIsA400NamingTheOffendingPart() {
        asAdmin().body(Map.of("name", "malformed " + UUID.randomUUID(), "rule", Map.of("any", List.of(
                        Map.of("field", "purchaseCount", "operator", "atLeast", "values", List.of(3), "withinDays", 30),
                        Map.of("all", List.of(Map.of("field", "npsScore", "operator", "below", "values", List.of(7))))))))
                .post("/api/v1/segments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("rule.any[1].all[0].operator"))
                .body("errors[0].message", equalTo("\"below\" does not apply; npsScore takes atLeast, atMost, between,"
                        + " equals, greaterThan, in, lessThan, notEquals, notIn"));
    }

    @Test
    void rulesOnAttributesAndChurnRiskSelectExactlyTheirCustomersAndFollowAnAttributeUpdate() {
        String p = "seg-attr-e2e-" + UUID.randomUUID() + "-";
        asAdmin().body(List.of(
                        Map.of("customerId", p + "de", "country", "DE", "language", "de", "signedUpOn", "2024-03-01",
                                "acquisitionChannel", "referral"),
                        Map.of("customerId", p + "fr", "country", "FR", "language", "fr", "signedUpOn", "2024-06-01",
                                "acquisitionChannel", "paid_search")))
                .post("/api/v1/customers/attributes").then().statusCode(200).body("created", equalTo(2));
        record(List.of(purchase(p + "de", Instant.now().minus(Duration.ofDays(1)))));

        String dach = asAdmin().body(Map.of("name", "dach referrals " + p, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                        Map.of("field", "country", "operator", "in", "values", List.of("DE", "AT", "CH")),
                        Map.of("field", "signedUpOn", "operator", "between", "values", List.of("2024-01-01", "2024-12-31"))))))
                .post("/api/v1/segments").then().statusCode(201).body("memberCount", equalTo(1)).extract().path("id");
        asAdmin().get("/api/v1/segments/" + dach + "/members").then().statusCode(200)
                .body("items.customerId", equalTo(List.of(p + "de")));

        // The French customer moves to Austria: they enter at once.
        asAdmin().body(List.of(Map.of("customerId", p + "fr", "country", "AT", "language", "fr", "signedUpOn", "2024-06-01",
                        "acquisitionChannel", "paid_search")))
                .post("/api/v1/customers/attributes").then().statusCode(200).body("updated", equalTo(1));
        asAdmin().get("/api/v1/segments/" + dach + "/members").then().statusCode(200)
                .body("items.customerId", equalTo(List.of(p + "de", p + "fr")));

        String low = asAdmin().body(Map.of("name", "low churn risk " + p, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                        Map.of("field", "churnRiskLevel", "operator", "equals", "values", List.of("low"))))))
                .post("/api/v1/segments").then().statusCode(201).body("memberCount", equalTo(0)).extract().path("id");
        // A recent first purchase scores low; scoring re-evaluates the customer's segments.
        asAdmin().body(Map.of()).post("/api/v1/customers/" + p + "de/churn-risk").then().statusCode(200)
                .body("churnRisk.level", equalTo("LOW"));
        asAdmin().get("/api/v1/segments/" + low + "/members").then().statusCode(200)
                .body("items.customerId", equalTo(List.of(p + "de")));
    }

    @Test
    void aRuleOnAnUnknownFieldOrLabelIsA400NamingTheOffendingPart() {
        asAdmin().body(Map.of("name", "unknown field " + UUID.randomUUID(), "rule", Map.of("all", List.of(
                        Map.of("field", "rfmSegment", "operator", "in", "values", List.of("CHAMPIONS", "whales")),
                        Map.of("field", "shoeSize", "operator", "equals", "values", List.of("42"))))))
                .post("/api/v1/segments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(2))
                .body("errors.find { it.field == 'rule.all[0].values[1]' }.message", equalTo("\"whales\" is not one of"
                        + " CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,"
                        + " CANT_LOSE_THEM, HIBERNATING, LOST"))
                .body("errors.find { it.field == 'rule.all[1].field' }.message",
                        startsWith("unknown field \"shoeSize\"; known fields: customerId,"));
    }

    @Test
    void anUnknownSegmentIsA404() {
        asAdmin().get("/api/v1/segments/" + UUID.randomUUID() + "/members").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAlertPlaybookRaisesAnAlertForACustomerWhoEntersItsSegmentAndReportsTheRunAsPending() {
        String p = "pb-e2e-" + UUID.randomUUID() + "-";
        String segment = asAdmin().body(Map.of("name", "recent buyers " + p, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                        Map.of("field", "purchaseCount", "operator", "atLeast", "values", List.of(1), "withinDays", 30)))))
                .post("/api/v1/segments").then().statusCode(201).extract().path("id");
        String playbook = asAdmin().body(Map.of("name", "welcome back " + p,
                        "trigger", Map.of("segmentId", segment),
                        "action", Map.of("kind", "ALERT", "alertMessage", "call them"),
                        "cooldownDays", 30, "controlShare", 0, "churnWindowDays", 60))
                .post("/api/v1/playbooks")
                .then().statusCode(201)
                .body("trigger.segmentId", equalTo(segment))
                .body("action.kind", equalTo("ALERT"))
                .body("churnWindowDays", equalTo(60))
                .extract().path("id");

        record(List.of(purchase(p + "ann", Instant.now().minus(Duration.ofMinutes(1)))));

        asAdmin().get("/api/v1/playbooks/" + playbook + "/alerts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].customerId", equalTo(p + "ann"))
                .body("items[0].message", equalTo("call them"));
        asAdmin().get("/api/v1/playbooks/" + playbook + "/report").then().statusCode(200)
                .body("pending", equalTo(1))
                .body("treated.customers", equalTo(0))
                .body("z", nullValue());
    }

    @Test
    void aPlaybookForAnUnknownSegmentIsA404AndAnInvalidOneA400NamingItsFields() {
        asAdmin().body(Map.of("name", "nowhere " + UUID.randomUUID(), "trigger", Map.of("segmentId", UUID.randomUUID().toString()),
                        "action", Map.of("kind", "ALERT", "alertMessage", "x"), "cooldownDays", 7))
                .post("/api/v1/playbooks").then().statusCode(404);
        asAdmin().body(Map.of("name", "invalid " + UUID.randomUUID(), "trigger", Map.of("churnRiskLevel", "HIGH"),
                        "action", Map.of("kind", "BONUS_POINTS", "points", 10), "cooldownDays", 7))
                .post("/api/v1/playbooks").then().statusCode(400)
                .body("errors[0].field", equalTo("action.programId"))
                .body("errors[0].message", equalTo("is required"));
    }

    static void record(List<Map<String, Object>> events) {
        asAdmin().body(events).post("/api/v1/activities").then().statusCode(200);
    }

    static Map<String, Object> purchase(String customer, Instant at) {
        return Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "PURCHASE",
                "occurredAt", at.toString(), "amount", Map.of("currency", "USD", "amount", "10.00"));
    }

    static Map<String, Object> supportContact(String customer, Instant at) {
        return Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "SUPPORT_CONTACT",
                "occurredAt", at.toString(), "supportOutcome", "UNRESOLVED");
    }
}
