package org.retentionsuite.segmentation.domain;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads the data line nearly every file is made of, straight from its UTF-8 bytes: printable ASCII cells without
 * quotes or spaces around them, a customer id, an ISO date ({@code 2001-01-01}), a plain amount ({@code 29.33}) and the
 * reporting currency or none. It takes only lines that are valid and that the general reading ({@code ActivityImport})
 * would read to the same row; any other line (quotes, an instant, {@code 1e2}, anything invalid) is left to it, which
 * also names what is wrong. No string or object per line.
 */
final class PlainPurchaseLine {

    private static final int MAX_CUSTOMER_ID = 128;

    private final int[] starts;
    private final int[] ends;
    private final int customerColumn;
    private final int occurredAtColumn;
    private final int amountColumn;
    /** -1 when the file has no currency column. */
    private final int currencyColumn;
    private final byte[] reportingCurrency;
    private final int decimals;
    private final Instant latestAllowed;
    private final Days days = new Days();

    PlainPurchaseLine(int columns, int customerColumn, int occurredAtColumn, int amountColumn, int currencyColumn,
            String reportingCurrency, int decimals, Instant latestAllowed) {
        this.starts = new int[columns];
        this.ends = new int[columns];
        this.customerColumn = customerColumn;
        this.occurredAtColumn = occurredAtColumn;
        this.amountColumn = amountColumn;
        this.currencyColumn = currencyColumn;
        this.reportingCurrency = reportingCurrency.getBytes(StandardCharsets.US_ASCII);
        this.decimals = decimals;
        this.latestAllowed = latestAllowed;
    }

    /** Fills the row from the line {@code text[from, to)} and returns true, or returns false and leaves it to the general reading. */
    boolean read(byte[] text, int from, int to, ImportedPurchaseRow row) {
        if (!cells(text, from, to)) {
            return false;
        }
        int customerLength = ends[customerColumn] - starts[customerColumn];
        if (customerLength == 0 || customerLength > MAX_CUSTOMER_ID) {
            return false;
        }
        Day day = day(text, starts[occurredAtColumn], ends[occurredAtColumn]);
        if (day == null || day.future) {
            return false;
        }
        long amount = plainAmount(text, starts[amountColumn], ends[amountColumn]);
        if (amount < 0 || (currencyColumn >= 0 && !isReportingCurrencyOrEmpty(text))) {
            return false;
        }
        row.customerId = text;
        row.customerIdOffset = starts[customerColumn];
        row.customerIdLength = customerLength;
        row.occurredAtText = day.text;
        row.occurredAtMicros = day.micros;
        row.amountMinor = amount;
        row.currencyCode = reportingCurrency;
        return true;
    }

    /**
     * Splits the line at its commas into exactly the header's cells; false when a byte is not printable ASCII, is a
     * quote, or a cell starts or ends with a space (what strip() would change).
     */
    private boolean cells(byte[] text, int from, int to) {
        int cell = 0;
        starts[0] = from;
        for (int i = from; i < to; i++) {
            byte b = text[i];
            if (b == ',') {
                if (!ends(text, cell, i) || ++cell == starts.length) {
                    return false;
                }
                starts[cell] = i + 1;
            } else if (b < 0x20 || b > 0x7E || b == '"') {
                return false;
            }
        }
        return cell == starts.length - 1 && ends(text, cell, to);
    }

    private boolean ends(byte[] text, int cell, int end) {
        ends[cell] = end;
        int start = starts[cell];
        return start == end || (text[start] != ' ' && text[end - 1] != ' ');
    }

    private boolean isReportingCurrencyOrEmpty(byte[] text) {
        int start = starts[currencyColumn];
        int length = ends[currencyColumn] - start;
        return length == 0 || java.util.Arrays.equals(text, start, start + length, reportingCurrency, 0,
                reportingCurrency.length);
    }

    /** The day of a cell {@code yyyy-mm-dd}, or null for any other text (an instant, an invalid date). */
    private Day day(byte[] text, int start, int end) {
        if (end - start != 10 || text[start + 4] != '-' || text[start + 7] != '-') {
            return null;
        }
        int year = digits(text, start, 4);
        int month = digits(text, start + 5, 2);
        int dayOfMonth = digits(text, start + 8, 2);
        if (year < 0 || month < 0 || dayOfMonth < 0) {
            return null;
        }
        int key = year * 10_000 + month * 100 + dayOfMonth;
        Day day = days.get(key);
        if (day == null) {
            Instant start0;
            try {
                start0 = LocalDate.of(year, month, dayOfMonth).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
            day = new Day(start0.getEpochSecond() * 1_000_000L, start0.toString().getBytes(StandardCharsets.US_ASCII),
                    start0.isAfter(latestAllowed));
            days.put(key, day);
        }
        return day;
    }

    private static int digits(byte[] text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The minor units of an amount written plainly (up to 12 digits, a point, at most the currency's decimals), or -1. */
    private long plainAmount(byte[] text, int start, int end) {
        int point = -1;
        for (int i = start; i < end; i++) {
            if (text[i] == '.') {
                point = i;
                break;
            }
        }
        int whole = (point < 0 ? end : point) - start;
        int fraction = point < 0 ? 0 : end - point - 1;
        if (whole < 1 || whole > 12 || (point >= 0 && (fraction < 1 || fraction > decimals))) {
            return -1;
        }
        long minor = 0;
        for (int i = start; i < end; i++) {
            if (i == point) {
                continue;
            }
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            minor = minor * 10 + digit;
        }
        for (int i = fraction; i < decimals; i++) {
            minor *= 10;
        }
        return minor;
    }

    /** A day of the file: its start in microseconds, its instant's text, and whether it is too far in the future. */
    private record Day(long micros, byte[] text, boolean future) {
    }

    /** Days by yyyymmdd, an open-addressing table (a history has hundreds of days; it stops growing at 4,096). */
    private static final class Days {

        private final int[] keys = new int[8192];
        private final Day[] days = new Day[8192];
        private int size;

        Day get(int key) {
            for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
                if (keys[slot] == key) {
                    return days[slot];
                }
            }
            return null;
        }

        void put(int key, Day day) {
            if (size * 2 >= keys.length) {
                return;
            }
            int slot = slot(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key;
            days[slot] = day;
            size++;
        }

        private int slot(int key) {
            return (key * 0x9E3779B1 >>> 19) & (keys.length - 1);
        }
    }
}
