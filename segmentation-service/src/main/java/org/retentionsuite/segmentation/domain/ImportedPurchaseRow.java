package org.retentionsuite.segmentation.domain;

import org.retentionsuite.segmentation.domain.ActivityImport.ImportedPurchase;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One valid row of an import as the database stores it: its event key and id, customer id and currency as UTF-8
 * bytes, its instant in microseconds. The reader fills the same object for every row of a file (an 8 MiB file is
 * 340,000 rows, which as objects and strings kept the garbage collector busy), so a recorder copies what it keeps.
 */
public final class ImportedPurchaseRow {

    /** "csv-" and 64 hexadecimal digits. */
    static final int EVENT_ID_BYTES = 68;

    final byte[] eventKey = new byte[16];
    final byte[] eventId = new byte[EVENT_ID_BYTES];
    byte[] customerId;
    int customerIdOffset;
    int customerIdLength;
    /** The instant as {@link Instant#toString()} writes it (ASCII): part of the event id. */
    byte[] occurredAtText;
    long occurredAtMicros;
    long amountMinor;
    byte[] currencyCode;

    ImportedPurchaseRow() {
        System.arraycopy("csv-".getBytes(StandardCharsets.US_ASCII), 0, eventId, 0, 4);
    }

    /** The first 16 bytes of the SHA-256 of the event id ({@link EventKey}). */
    public byte[] eventKey() {
        return eventKey;
    }

    /** The event id's ASCII bytes ({@value #EVENT_ID_BYTES}). */
    public byte[] eventId() {
        return eventId;
    }

    public byte[] customerId() {
        return customerId;
    }

    public int customerIdOffset() {
        return customerIdOffset;
    }

    public int customerIdLength() {
        return customerIdLength;
    }

    /** Microseconds since 1970-01-01T00:00:00Z. */
    public long occurredAtMicros() {
        return occurredAtMicros;
    }

    public long amountMinor() {
        return amountMinor;
    }

    /** The currency code's ASCII bytes. */
    public byte[] currencyCode() {
        return currencyCode;
    }

    /** The row as a value of its own (for callers that keep rows: tests, a handful of them). */
    public ImportedPurchase toPurchase() {
        Instant occurredAt = Instant.ofEpochSecond(Math.floorDiv(occurredAtMicros, 1_000_000L),
                Math.floorMod(occurredAtMicros, 1_000_000L) * 1_000L);
        return new ImportedPurchase(new String(eventId, StandardCharsets.US_ASCII),
                new String(customerId, customerIdOffset, customerIdLength, StandardCharsets.UTF_8), occurredAt,
                new String(occurredAtText, StandardCharsets.US_ASCII), amountMinor,
                new String(currencyCode, StandardCharsets.US_ASCII));
    }
}
