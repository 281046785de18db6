package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** {@code POST /rfm/snapshot/refresh}: segmentation computes the snapshot the insights read again, at once. */
@QuarkusTest
class RfmSnapshotEndToEndTest {

    @Test
    void aRefreshStoresTheCustomerWhoBoughtSinceTheLastSnapshot() {
        // Other tests' customers may arrive at any time, so the customer is looked for, not counted.
        String customer = "C-rfm-" + UUID.randomUUID();
        Instant sent = Instant.now();
        asAdmin().body(List.of(Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer,
                        "type", "PURCHASE", "occurredAt", sent.minusSeconds(60).toString(),
                        "amount", Map.of("currency", "USD", "amount", "12.50"))))
                .post("/api/v1/activities").then().statusCode(200);

        Response refreshed = refresh();

        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), refreshed.path("asOf"));
        Instant computedAt = Instant.parse(refreshed.path("computedAt"));
        assertTrue(!computedAt.isBefore(sent.minusSeconds(1)) && !computedAt.isAfter(Instant.now()), refreshed.asString());
        assertTrue(((Number) refreshed.path("customerCount")).longValue() >= 1, refreshed.asString());
        assertTrue(((Number) refreshed.path("durationMillis")).longValue() >= 0, refreshed.asString());
        assertEquals(4, ((Map<?, ?>) refreshed.path("")).size(), refreshed.asString());
        Response insights = asAdmin().get("/api/v1/customers/" + customer + "/insights");
        assertEquals(200, insights.statusCode(), insights.asString());
        assertEquals(computedAt, Instant.parse(insights.path("rfm.computedAt")), insights.asString());
        assertEquals((Object) refreshed.path("asOf"), insights.path("rfm.asOf"));
        assertEquals(1, ((Number) insights.path("rfm.frequency")).intValue(), insights.asString());
        assertEquals("12.50", insights.path("rfm.monetary.amount"), insights.asString());
    }

    @Test
    void onlyAnAdminRefreshesTheSnapshot() {
        Response analyst = Api.asAnalyst().post("/api/v1/rfm/snapshot/refresh");

        assertEquals(403, analyst.statusCode());
        assertEquals("/problems/forbidden", analyst.path("type"));
    }

    private static Response refresh() {
        Response refreshed = asAdmin().post("/api/v1/rfm/snapshot/refresh");
        assertEquals(200, refreshed.statusCode(), refreshed.asString());
        return refreshed;
    }
}
