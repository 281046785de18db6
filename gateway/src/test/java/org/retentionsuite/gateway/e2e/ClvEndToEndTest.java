package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * CSV import and the CLV models through the REST API, against the segmentation service as a
 * process. The CDNOW fits take the cohort that first purchased from 1997-01-01 on, so activity
 * other tests record (in 2026) does not move them.
 */
@QuarkusTest
class ClvEndToEndTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final int CDNOW_ROWS = 6919;
    /** The models' figures compared as doubles (RestAssured reads JSON numbers as floats by default). */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Test
    void aCsvFileIsImportedOnceAndImportingItAgainRecordsNothing() {
        String customer = "csv-" + UUID.randomUUID();
        String csv = "customer_id,occurred_at,amount,currency\n"
                + customer + ",2001-01-01,29.33,USD\n"
                + customer + ",2001-01-01,29.33,\n"
                + customer + ",2001-02-03T10:15:30Z,5.00,USD\n";

        importCsv(csv).statusCode(200).body("rows", equalTo(3)).body("recorded", equalTo(3)).body("duplicates", equalTo(0));
        importCsv(csv).statusCode(200).body("rows", equalTo(3)).body("recorded", equalTo(0)).body("duplicates", equalTo(3));

        asAdmin().get("/api/v1/customers/" + customer + "/insights").then().statusCode(200)
                .body("purchaseCount", equalTo(3))
                .body("totalSpend.amount", equalTo("63.66"))
                .body("firstPurchaseAt", equalTo("2001-01-01T00:00:00Z"))
                .body("lastPurchaseAt", equalTo("2001-02-03T10:15:30Z"));
    }

    @Test
    void aBadRowIsA400NamingItsLineAndColumnAndNothingOfTheFileIsImported() {
        String customer = "bad-csv-" + UUID.randomUUID();
        String csv = "customer_id,occurred_at,amount\n"
                + customer + ",2001-01-01,10.00\n"
                + customer + ",01/02/2001,10.00\n"
                + customer + ",2001-01-03,-1\n";

        importCsv(csv).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("line[3].occurred_at"))
                .body("errors[0].message",
                        equalTo("\"01/02/2001\" is not an ISO date (1997-01-01) or instant (1997-01-01T10:00:00Z)"))
                .body("errors[1].field", equalTo("line[4].amount"))
                .body("errors[1].message", equalTo("must not be negative"));

        asAdmin().get("/api/v1/customers/" + customer + "/insights").then().statusCode(404);
    }

    @Test
    void fittingOnTheImportedCdnowSampleAnswers201WithThePublishedParametersAndTheFitReadsBack() {
        importCsv(cdnowCsv()).statusCode(200).body("rows", equalTo(CDNOW_ROWS));

        ValidatableResponse created = asAdmin().config(DOUBLES)
                .body(Map.of("calibrationStart", "1997-01-01", "calibrationEnd", "1997-09-30", "timeUnit", "WEEK"))
                .post("/api/v1/clv/fits")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/clv/fits/" + UUID_PATTERN))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("calibrationStart", equalTo("1997-01-01"))
                .body("calibrationEnd", equalTo("1997-09-30"))
                .body("timeUnit", equalTo("WEEK"))
                .body("currency", equalTo("USD"))
                .body("customerCount", equalTo(2357))
                .body("bgnbd.r", closeTo(0.243, 0.00243))
                .body("bgnbd.alpha", closeTo(4.414, 0.04414))
                .body("bgnbd.a", closeTo(0.793, 0.00793))
                .body("bgnbd.b", closeTo(2.426, 0.02426))
                .body("bgnbd.logLikelihood", closeTo(-9582.4, 95.824))
                .body("bgnbd.standardErrors.r", greaterThan(0.0))
                .body("gammaGamma.p", closeTo(6.25, 0.0625))
                .body("gammaGamma.q", closeTo(3.74, 0.0374))
                .body("gammaGamma.gamma", closeTo(15.44, 0.1544))
                .body("gammaGamma.standardErrors.gamma", greaterThan(0.0))
                .body("fittedAt", notNullValue());
        String id = created.extract().path("id");
        Map<String, Object> fit = created.extract().jsonPath().getMap("");

        asAdmin().config(DOUBLES).get("/api/v1/clv/fits/" + id).then().statusCode(200).body("", equalTo(fit));

        // Customer 1 bought on 1997-01-01, 01-18 and 08-02: two repeat purchase days.
        asAdmin().config(DOUBLES).get("/api/v1/customers/1/clv?horizon=26&fitId=" + id).then().statusCode(200)
                .body("customerId", equalTo("1"))
                .body("fitId", equalTo(id))
                .body("timeUnit", equalTo("WEEK"))
                .body("horizon", equalTo(26))
                .body("history.repeatPurchases", equalTo(2))
                .body("history.recency", closeTo(213 / 7.0, 1e-9))
                .body("history.age", closeTo(272 / 7.0, 1e-9))
                .body("probabilityAlive", closeTo(0.7266, 0.01))
                .body("expectedPurchases", greaterThan(0.0))
                .body("expectedAverageSpend.currency", equalTo("USD"))
                .body("clv.currency", equalTo("USD"))
                .body("annualDiscountRate", equalTo(0.1));

        asAdmin().config(DOUBLES).get("/api/v1/clv/fits/" + id + "/holdout?holdoutEnd=1998-06-30").then().statusCode(200)
                .body("fitId", equalTo(id))
                .body("holdoutEnd", equalTo("1998-06-30"))
                .body("holdoutLength", equalTo(39.0))
                .body("customerCount", equalTo(2357))
                .body("actualPurchases", equalTo(1882))
                .body("predictedPurchases", closeTo(1653.9, 16.539))
                .body("groups", hasSize(8))
                .body("groups[7].calibrationRepeatPurchases", equalTo(7))
                .body("groups[7].orMore", equalTo(true))
                .body("groups[7].customerCount", equalTo(64));
        asAdmin().get("/api/v1/clv/fits/" + id + "/holdout").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "holdoutEnd", "message", "is required"))));
    }

    @Test
    void aCalibrationPeriodWithTooFewRepeatBuyersIsAConflict() {
        asAdmin().body(Map.of("calibrationStart", "1960-01-01", "calibrationEnd", "1960-12-31", "timeUnit", "DAY"))
                .post("/api/v1/clv/fits")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("too few repeat buyers to fit the CLV models: from 1960-01-01 up to 1960-12-31, "
                        + "0 of 0 customers bought again on another day, 0 of them with a positive repeat spend; "
                        + "at least 10 are needed"));
    }

    @Test
    void aFitRequestWithAMalformedDateOrWithoutTimeUnitNamesTheField() {
        asAdmin().body(Map.of("calibrationEnd", "30/09/1997", "timeUnit", "WEEK"))
                .post("/api/v1/clv/fits")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", equalTo(List.of(Map.of("field", "calibrationEnd",
                        "message", "must be an ISO date such as 1997-09-30"))));
        asAdmin().body(Map.of("calibrationEnd", "1997-09-30"))
                .post("/api/v1/clv/fits")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("timeUnit"));
    }

    @Test
    void anUnknownFitIsNotFoundAndAHorizonThatIsNotAPositiveNumberIsInvalid() {
        String unknown = UUID.randomUUID().toString();

        asAdmin().get("/api/v1/clv/fits/" + unknown).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no CLV fit " + unknown));
        asAdmin().get("/api/v1/customers/1/clv?horizon=0").then().statusCode(400)
                .body("errors", equalTo(List.of(Map.of("field", "horizon",
                        "message", "must be a positive whole number of periods"))));
    }

    private static ValidatableResponse importCsv(String csv) {
        return asAdmin().contentType("text/csv").body(csv).post("/api/v1/activities/import").then();
    }

    /** The CDNOW sample as an import file (sample id as customer), from the segmentation service's test data. */
    private static String cdnowCsv() {
        Path root = Path.of(System.getProperty("retention.suite.root", ".."));
        Path sample = root.resolve("segmentation-service/src/test/resources/cdnow/CDNOW_sample.txt");
        StringBuilder csv = new StringBuilder("customer_id,occurred_at,amount\n");
        try {
            for (String line : Files.readAllLines(sample)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split("\\s+");
                String day = cells[2];
                csv.append(Integer.parseInt(cells[1])).append(',').append(day, 0, 4).append('-').append(day, 4, 6)
                        .append('-').append(day, 6, 8).append(',').append(cells[4]).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
