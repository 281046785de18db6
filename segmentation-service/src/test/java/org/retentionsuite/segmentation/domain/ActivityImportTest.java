package org.retentionsuite.segmentation.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A row's event id decides whether a file imported again records it again, so it must not change between versions:
 * the ids below are the ones the parser gave before it kept one digest per file and read days and plain amounts
 * without LocalDate and BigDecimal.
 */
class ActivityImportTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void eventIdsDaysAndAmountsAreTheOnesOfEarlierVersions() {
        String csv = """
                customer_id,occurred_at,amount
                c-1,2001-01-01,29.33
                c-1,2001-01-01,29.33
                "c,2",2001-01-18T14:05:00.123456789+02:00,007.5
                c-3,2001-02-03,5.000
                c-3,2001-02-03,1e2
                """;

        assertEquals(List.of(
                "csv-70bf55bddfcdaf9c4d43b4250ed92daccaa86b85f1c817d835aecd9221023ab4 c-1 2001-01-01T00:00:00Z 2933",
                "csv-d07b37fbe1aaf4f526b9bfe8b8691a43dda2d06d71e603c9867762be8d2ed2c3 c-1 2001-01-01T00:00:00Z 2933",
                "csv-6c9d1e4659feb839f11d141f0856ac468ba9f9be9c42d1c6e13d00d6d4a780ae c,2 2001-01-18T12:05:00.123456Z 750",
                "csv-9b8201c04736b8f39967ff28b012d31962bc03442cff3a37d93127c2910fdab9 c-3 2001-02-03T00:00:00Z 500",
                "csv-cb847ce9421897b1a64333df3ee40d3f102827bccf73a27225f24629a59295b1 c-3 2001-02-03T00:00:00Z 10000"),
                rows(csv, "USD"));
    }

    @Test
    void aCurrencyWithoutDecimalPlacesTakesWholeAmountsAndTrailingZeros() {
        String csv = "customer_id,occurred_at,amount,currency\nc-1,2001-01-01,250,JPY\nc-1,2001-01-01,250.0,JPY\n";

        assertEquals(List.of(
                "csv-2d0427e48af8d7c8e5e344e9536ac91856a8060b35d1e14455ab135e22287512 c-1 2001-01-01T00:00:00Z 250",
                "csv-a575b54b00363aeeefd57771bd575da232a3a8fbf7026bd125ae8961ce6f9f3c c-1 2001-01-01T00:00:00Z 250"),
                rows(csv, "JPY"));
    }

    private static List<String> rows(String csv, String currency) {
        List<String> rows = new ArrayList<>();
        ActivityImport.parse(csv, Currency.getInstance(currency), NOW,
                a -> rows.add(a.eventId() + " " + a.customerId() + " " + a.occurredAt() + " " + a.amountMinor()));
        return rows;
    }
}
