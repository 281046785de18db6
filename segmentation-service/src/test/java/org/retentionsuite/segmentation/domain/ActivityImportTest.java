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

    @Test
    void aPlainLineGivesTheRowItGivesWhenReadAsText() {
        String plain = "customer_id,occurred_at,amount\nc-1,2001-01-01,29.33\n";

        String expected = rows(plain, "USD").get(0);

        // Quotes, spaces around cells, CRLF, a byte order mark, blank lines, a currency cell: read as text, same row.
        assertEquals(expected, rows("customer_id,occurred_at,amount\n\"c-1\",2001-01-01,29.33\n", "USD").get(0));
        assertEquals(expected, rows("customer_id,occurred_at,amount\n c-1 , 2001-01-01 ,29.33\n", "USD").get(0));
        assertEquals(expected, rows("\uFEFFcustomer_id,occurred_at,amount\r\n\r\n  \r\nc-1,2001-01-01,29.33\r\n", "USD").get(0));
        assertEquals(expected, rows("customer_id,amount,currency,occurred_at\nc-1,29.33,USD,2001-01-01\n", "USD").get(0));
        assertEquals(expected, rows("customer_id,occurred_at,amount,currency\nc-1,2001-01-01,29.33,\n", "USD").get(0));
    }

    @Test
    void eachRowsKeyIsTheEventKeyOfItsId() {
        String csv = "customer_id,occurred_at,amount\nc-1,2001-01-01,29.33\n\"c,2\",2001-01-18T14:05:00Z,7.5\n";
        List<String> keys = new ArrayList<>();

        ActivityImport.read(csv, Currency.getInstance("USD"), NOW, row -> {
            java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(row.eventKey());
            keys.add(new java.util.UUID(key.getLong(), key.getLong()) + " "
                    + EventKey.of(new String(row.eventId(), java.nio.charset.StandardCharsets.US_ASCII)));
        });

        assertEquals(2, keys.size());
        keys.forEach(pair -> assertEquals(pair.substring(0, 36), pair.substring(37)));
    }

    @Test
    void invalidCellsAfterPlainLinesAreNamedAndNothingIsRecorded() {
        String csv = "customer_id,occurred_at,amount\nc-1,2001-01-01,29.33\nc-1,2001-02-30,1.00\nc-2,-5000-01-01T00:00:00Z,2\n";
        List<String> recorded = new ArrayList<>();

        InvalidRequestException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidRequestException.class,
                () -> ActivityImport.read(csv, Currency.getInstance("USD"), NOW, row -> recorded.add("row")));

        assertEquals(List.of("line[3].occurred_at", "line[4].occurred_at"),
                refused.violations().stream().map(FieldViolation::field).toList());
        // The first row went to the recorder before the invalid one was read: the caller's rollback discards it.
        assertEquals(List.of("row"), recorded);
    }

    private static List<String> rows(String csv, String currency) {
        List<String> rows = new ArrayList<>();
        ActivityImport.parse(csv, Currency.getInstance(currency), NOW,
                a -> rows.add(a.eventId() + " " + a.customerId() + " " + a.occurredAt() + " " + a.amountMinor()));
        return rows;
    }
}
