package org.retentionsuite.segmentation.domain;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The event id and key of each row of one file: the id is "csv-" and the SHA-256 (hex) of the row's customer, instant
 * text, amount in minor units, currency and its occurrence number among identical rows of the file, each followed by
 * a NUL but the last; the key is the first 16 bytes of the SHA-256 of the id. The same bytes as the text the parser
 * built before (ActivityImportTest), written into buffers kept for the file instead of strings per row.
 */
final class ImportedEventIds {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final MessageDigest sha256 = EventKey.sha256();
    private final byte[] digest = new byte[32];
    private final RowOccurrences occurrences = new RowOccurrences();
    private byte[] content = new byte[256];

    /** Sets the row's event id and key from its other fields. */
    void identify(ImportedPurchaseRow row) {
        int length = row.customerIdLength + row.occurredAtText.length + row.currencyCode.length + 64;
        if (content.length < length) {
            content = Arrays.copyOf(content, Math.max(length, content.length * 2));
        }
        int at = put(row.customerId, row.customerIdOffset, row.customerIdLength, 0);
        content[at++] = 0;
        at = put(row.occurredAtText, 0, row.occurredAtText.length, at);
        content[at++] = 0;
        at = putDecimal(row.amountMinor, at);
        content[at++] = 0;
        at = put(row.currencyCode, 0, row.currencyCode.length, at);
        // Identical rows are distinct purchases (two CDs on one day): the occurrence number tells them apart.
        int occurrence = occurrences.next(content, at);
        content[at++] = 0;
        at = putDecimal(occurrence, at);
        sha256.update(content, 0, at);
        finish();
        byte[] eventId = row.eventId;
        for (int i = 0; i < 32; i++) {
            eventId[4 + 2 * i] = HEX[(digest[i] >> 4) & 0xF];
            eventId[5 + 2 * i] = HEX[digest[i] & 0xF];
        }
        sha256.update(eventId, 0, ImportedPurchaseRow.EVENT_ID_BYTES);
        finish();
        System.arraycopy(digest, 0, row.eventKey, 0, 16);
    }

    private void finish() {
        try {
            sha256.digest(digest, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
    }

    private int put(byte[] bytes, int offset, int length, int at) {
        System.arraycopy(bytes, offset, content, at, length);
        return at + length;
    }

    /** The number in decimal ASCII, as Long.toString writes it. */
    private int putDecimal(long value, int at) {
        if (value < 0) {
            byte[] text = Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            return put(text, 0, text.length, at);
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--) {
            content[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }
}
