package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * Customer attributes, activity details, RFM, KPIs, cohorts, VIPs, churn risk and insights through
 * the REST API against the segmentation service as a process. The history lies in 1971-1975,
 * which no other end-to-end test touches, so every figure is the hand-computed one.
 */
@QuarkusTest
class AnalyticsEndToEndTest {

    private static final String PROBLEM = "application/problem+json";
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Test
    void aHandMadeHistoryGivesTheHandComputedAnalytics() {
        String p = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Map<String, Object>> events = new ArrayList<>();
        // KPIs, March 1972 with a 30-day window: p and q active at the start, q lost, r new (referred by p).
        events.add(purchase(p + "p", "1972-02-15", "40.00"));
        events.add(purchase(p + "p", "1972-03-15", "20.00"));
        events.add(purchase(p + "q", "1972-02-20", "10.00"));
        events.add(purchase(p + "r", "1972-03-10", "30.00"));
        // RFM as of 1973-12-31: m_i bought i + 1 times 10.00, the last 10 × i days before; one customer per quintile.
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k <= i; k++) {
                events.add(purchase(p + "m" + i, LocalDate.of(1973, 12, 31).minusDays(10L * i + k).toString(), "10.00"));
            }
        }
        // Cohorts of January and February 1974.
        events.add(purchase(p + "c1", "1974-01-15", "5.00"));
        events.add(purchase(p + "c1", "1974-02-03", "5.00"));
        events.add(purchase(p + "c2", "1974-01-20", "5.00"));
        events.add(purchase(p + "c3", "1974-02-10", "5.00"));
        // Churn risk as of 1975-03-01: stopped visiting, unhappy, an unresolved contact.
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "customerId", p + "u", "type", "VISIT",
                "occurredAt", "1974-12-01T12:00:00Z", "name", "store_visit"));
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "customerId", p + "u", "type", "FEEDBACK",
                "occurredAt", "1975-02-10T12:00:00Z", "feedback", Map.of("kind", "CSAT", "score", 1)));
        events.add(Map.of("eventId", UUID.randomUUID().toString(), "customerId", p + "u", "type", "SUPPORT_CONTACT",
                "occurredAt", "1975-02-20T12:00:00Z", "supportOutcome", "UNRESOLVED"));
        // A VIP by spend far beyond anyone else's.
        events.add(purchase(p + "vip", "1971-06-01", "90000000.00"));
        asAdmin().body(events).post("/api/v1/activities").then().statusCode(200).body("recorded", equalTo(events.size()));

        List<Map<String, Object>> referred = List.of(Map.of("customerId", p + "r", "country", "DE", "language", "de",
                "signedUpOn", "1972-03-09", "acquisitionChannel", "referral",
                "acquisitionCost", Map.of("currency", "USD", "amount", "6.00"), "referredBy", p + "p"));
        asAdmin().body(referred).post("/api/v1/customers/attributes").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(0));
        asAdmin().body(referred).post("/api/v1/customers/attributes").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0));

        asAdmin().config(DOUBLES).get("/api/v1/kpis?from=1972-03-01&to=1972-03-31&churnWindowDays=30").then()
                .statusCode(200)
                .body("customers", equalTo(Map.of("atStart", 2, "atEnd", 2, "acquired", 1, "lost", 1, "purchasing", 2)))
                .body("retentionRate", equalTo(50.0))
                .body("churnRate", equalTo(50.0))
                .body("averageOrderValue", equalTo(Map.of("currency", "USD", "amount", "25.00")))
                .body("purchaseFrequency", equalTo(1.0))
                .body("repeatPurchaseRate", equalTo(0.0))
                .body("referralRate", equalTo(100.0))
                .body("averageAcquisitionCost.amount", equalTo("6.00"))
                .body("expectedLifetimePeriods", equalTo(2.0))
                .body("simpleCltv.amount", equalTo("44.00"));

        String[] segments = {"NEW", "POTENTIAL_LOYALIST", "NEED_ATTENTION", "AT_RISK", "CANT_LOSE_THEM"};
        var page = asAdmin().get("/api/v1/rfm/customers?asOf=1973-12-31&since=1973-01-01&limit=3").then()
                .statusCode(200).extract().jsonPath();
        assertCustomers(page.getList("items.customerId"), p, 0, 3);
        for (int i = 0; i < 3; i++) {
            assertRfm(page.getMap("items[" + i + "]"), i, segments[i]);
        }
        var rest = asAdmin().get("/api/v1/rfm/customers?asOf=1973-12-31&since=1973-01-01&limit=3&cursor="
                + page.getString("nextCursor")).then().statusCode(200).body("nextCursor", nullValue()).extract().jsonPath();
        assertCustomers(rest.getList("items.customerId"), p, 3, 5);
        asAdmin().get("/api/v1/rfm?asOf=1973-12-31&since=1973-01-01").then().statusCode(200)
                .body("customerCount", equalTo(5))
                .body("segments.find { it.segment == 'AT_RISK' }.customers", equalTo(1))
                .body("segments.find { it.segment == 'CHAMPIONS' }.customers", equalTo(0))
                .body("segments.size()", equalTo(11));
        asAdmin().get("/api/v1/rfm/customers?asOf=1973-12-31&since=1973-01-01&segment=cant_lose_them").then()
                .statusCode(200).body("items.customerId", equalTo(List.of(p + "m4")));

        asAdmin().config(DOUBLES).get("/api/v1/cohorts?by=month&from=1974-01-01&to=1974-02-28").then().statusCode(200)
                .body("by", equalTo("MONTH"))
                .body("basis", equalTo("FIRST_PURCHASE"))
                .body("cohorts", equalTo(List.of(
                        Map.of("cohortStart", "1974-01-01", "size", 2, "cells", List.of(
                                Map.of("offset", 0, "active", 2, "activePercent", 100.0),
                                Map.of("offset", 1, "active", 1, "activePercent", 50.0))),
                        Map.of("cohortStart", "1974-02-01", "size", 1, "cells", List.of(
                                Map.of("offset", 0, "active", 1, "activePercent", 100.0))))));

        asAdmin().get("/api/v1/vip?by=spend&limit=1").then().statusCode(200)
                .body("by", equalTo("SPEND"))
                .body("items.size()", equalTo(1))
                .body("items[0].rank", equalTo(1))
                .body("items[0].customerId", equalTo(p + "vip"))
                .body("items[0].totalSpend", equalTo(Map.of("currency", "USD", "amount", "90000000.00")))
                .body("items[0].purchaseCount", equalTo(1))
                .body("items[0].clv", nullValue());

        asAdmin().config(DOUBLES).body(Map.of("asOf", "1975-03-01")).post("/api/v1/customers/" + p + "u/churn-risk")
                .then().statusCode(200)
                .body("previousLevel", nullValue())
                .body("churnRisk.level", equalTo("HIGH"))
                // 1 − (1 − 0.3) × (1 − 0.4) × (1 − 0.3)
                .body("churnRisk.score", closeTo(0.706, 1e-9))
                .body("churnRisk.reasons.indicator", equalTo(List.of("ENGAGEMENT_DECLINE", "NEGATIVE_FEEDBACK",
                        "UNRESOLVED_SUPPORT")))
                .body("churnRisk.reasons[1].description", equalTo("the latest feedback of the last 90 days is CSAT 1"));
        asAdmin().body(Map.of("asOf", "1975-03-01")).post("/api/v1/customers/" + p + "u/churn-risk")
                .then().statusCode(200).body("previousLevel", equalTo("HIGH"));
        var pass = asAdmin().body(Map.of("asOf", "1975-03-01")).post("/api/v1/churn-risk/scorings").then()
                .statusCode(200)
                .body("asOf", equalTo("1975-03-01"))
                // p, q, r, m0-m4, c1-c3, u and the VIP: everyone with activity up to then.
                .body("scored", equalTo(13))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(13, pass.getInt("low") + pass.getInt("medium") + pass.getInt("high"));
        asAdmin().body(Map.of("asOf", "1975-03-01")).post("/api/v1/churn-risk/scorings").then().statusCode(200)
                .body("scored", equalTo(13))
                .body("levelChanges", equalTo(0));
        asAdmin().get("/api/v1/customers/" + p + "u/churn-risk").then().statusCode(200)
                .body("level", equalTo("LOW"))
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));

        asAdmin().get("/api/v1/customers/" + p + "r/insights").then().statusCode(200)
                .body("cohortMonth", equalTo("1972-03"))
                .body("rfm.frequency", equalTo(1))
                .body("rfm.recencyDays", equalTo((int) ChronoUnit.DAYS.between(LocalDate.of(1972, 3, 10),
                        LocalDate.now(ZoneOffset.UTC))))
                .body("rfm.monetary.amount", equalTo("30.00"))
                .body("churnRisk.customerId", equalTo(p + "r"))
                .body("attributes.country", equalTo("DE"))
                .body("attributes.referredBy", equalTo(p + "p"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        asAdmin().body(List.of(Map.of("eventId", UUID.randomUUID().toString(), "customerId", "e2e-bad", "type", "FEEDBACK",
                        "occurredAt", "1975-01-01T00:00:00Z", "feedback", Map.of("kind", "NPS", "score", 11))))
                .post("/api/v1/activities").then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "[0].feedback.score", "message", "must be 0 to 10 for NPS"))));
        asAdmin().body(List.of(Map.of("customerId", "e2e-bad", "country", "XX"))).post("/api/v1/customers/attributes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "[0].country",
                        "message", "must be an ISO 3166-1 alpha-2 code such as \"DE\""))));
        asAdmin().get("/api/v1/kpis?from=1972-03-31&to=1972-03-01").then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "to", "message", "must not be before from 1972-03-31"))));
        asAdmin().get("/api/v1/rfm/customers?segment=BOGUS").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("segment"));
        asAdmin().get("/api/v1/cohorts?by=year").then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "by", "message", "must be one of MONTH, WEEK"))));
        asAdmin().get("/api/v1/vip?limit=0").then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "limit", "message", "must be an integer between 1 and 1000"))));
        asAdmin().get("/api/v1/customers/e2e-nobody-" + UUID.randomUUID() + "/churn-risk").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("/problems/not-found"));
    }

    private static Map<String, Object> purchase(String customer, String day, String amount) {
        return Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "PURCHASE",
                "occurredAt", day + "T12:00:00Z", "amount", Map.of("currency", "USD", "amount", amount));
    }

    private static void assertCustomers(List<Object> ids, String p, int from, int to) {
        List<String> expected = new ArrayList<>();
        for (int i = from; i < to; i++) {
            expected.add(p + "m" + i);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, ids);
    }

    private static void assertRfm(Map<String, Object> rfm, int i, String segment) {
        org.junit.jupiter.api.Assertions.assertEquals(Map.of("customerId", rfm.get("customerId"), "asOf", "1973-12-31",
                "recencyDays", 10 * i, "frequency", i + 1,
                "monetary", Map.of("currency", "USD", "amount", String.format("%d.00", 10 * (i + 1))),
                "scores", Map.of("recency", 5 - i, "frequency", i + 1, "monetary", i + 1),
                "segment", segment), rfm);
    }
}
