package org.retentionsuite.segmentation.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file of historical purchases, validated as a whole: either every row is valid or none is
 * recorded. Invalid cells are named {@code line[N].column}, N counting the header as line 1.
 */
public final class ActivityImport {

    /** Well under the service's gRPC message limit (16 MiB); a bigger history is imported in several files. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final List<String> COLUMNS = List.of("customer_id", "occurred_at", "amount", "currency");

    /** PostgreSQL's earliest timestamp (4714-11-24 BC, ISO year -4713). */
    private static final Instant EARLIEST_TIMESTAMP = Instant.parse("-4713-11-24T00:00:00Z");

    private ActivityImport() {
    }

    /** One valid row: a purchase with its event id, and its instant as ISO text (read once per distinct day). */
    public record ImportedPurchase(String eventId, String customerId, Instant occurredAt, String occurredAtText,
            long amountMinor, String currencyCode) {
    }

    /** Receives each valid row of a file in file order; the row object is the same for every row (copy what you keep). */
    @FunctionalInterface
    public interface PurchaseRecorder {
        void record(ImportedPurchaseRow row);
    }

    /** As {@link #read}, each row as a value of its own (for callers that keep a few rows). */
    public static int parse(String csv, Currency reportingCurrency, Instant now, Consumer<ImportedPurchase> recorder) {
        return read(csv, reportingCurrency, now, row -> recorder.accept(row.toPurchase()));
    }

    /**
     * Reads the file row by row and hands each valid row to {@code recorder} in file order, until a row proves invalid;
     * then reads on to name every invalid cell and throws {@link InvalidRequestException}, so a caller that records rows
     * as they come must discard them (roll back) when it throws. Returns the number of data rows. Rows are not held:
     * an 8 MiB file is 340,000 of them. The lines nearly every file is made of are read from the file's bytes by
     * {@link PlainPurchaseLine}; any other line as text, cell by cell, as before.
     */
    public static int read(String csv, Currency reportingCurrency, Instant now, PurchaseRecorder recorder) {
        Violations violations = new Violations();
        if (utf8Length(csv) > MAX_BYTES) {
            violations.add("csv", "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; split the file");
            violations.throwIfAny();
        }
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        // Spreadsheet programs start UTF-8 files with a byte order mark.
        boolean byteOrderMark = text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB
                && (text[2] & 0xFF) == 0xBF;
        FileLines lines = new FileLines(text, byteOrderMark ? 3 : 0);
        String headerLine = lines.next() ? lines.text() : "";
        Map<String, Integer> header = header(violations, headerLine.strip().isEmpty() ? null : CsvLine.split(headerLine));
        violations.throwIfAny();
        Integer currencyColumn = header.get("currency");
        PlainPurchaseLine plain = new PlainPurchaseLine(header.size(), header.get("customer_id"), header.get("occurred_at"),
                header.get("amount"), currencyColumn == null ? -1 : currencyColumn, reportingCurrency.getCurrencyCode(),
                Math.max(reportingCurrency.getDefaultFractionDigits(), 0), now.plus(ActivityBatch.ALLOWED_CLOCK_SKEW));
        FileMemo memo = new FileMemo();
        ImportedEventIds eventIds = new ImportedEventIds();
        ImportedPurchaseRow purchase = new ImportedPurchaseRow();
        int dataRows = 0;
        while (lines.next()) {
            if (lines.start() == lines.end()) {
                continue;
            }
            if (plain.read(text, lines.start(), lines.end(), purchase)) {
                dataRows++;
                if (violations.count() == 0) {
                    eventIds.identify(purchase);
                    recorder.record(purchase);
                }
                continue;
            }
            String line = lines.text();
            if (line.isBlank()) {
                continue;
            }
            dataRows++;
            Violations ofLine = violations.within("line[" + lines.number() + "]");
            List<String> cells = CsvLine.split(line);
            if (cells == null || cells.size() != header.size()) {
                ofLine.add("columns", cells == null ? "has a quote that is not closed"
                        : "has " + cells.size() + " columns, the header has " + header.size());
                continue;
            }
            ImportedRow row = ImportedRow.of(ofLine, cells, header, reportingCurrency, now, memo);
            if (row != null && violations.count() == 0) {
                byte[] customerId = row.customerId().getBytes(StandardCharsets.UTF_8);
                purchase.customerId = customerId;
                purchase.customerIdOffset = 0;
                purchase.customerIdLength = customerId.length;
                purchase.occurredAtText = memo.text(row.occurredAt()).getBytes(StandardCharsets.UTF_8);
                purchase.occurredAtMicros = Math.addExact(Math.multiplyExact(row.occurredAt().getEpochSecond(), 1_000_000L),
                        row.occurredAt().getNano() / 1_000);
                purchase.amountMinor = row.amountMinor();
                purchase.currencyCode = row.currencyCode().getBytes(StandardCharsets.UTF_8);
                eventIds.identify(purchase);
                recorder.record(purchase);
            }
        }
        if (dataRows == 0) {
            violations.add("csv", "has no data rows");
        }
        violations.throwIfAny();
        return dataRows;
    }

    /** The length of the text in UTF-8 (as String.getBytes counts it, without the copy). */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // encoded as '?'
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static Map<String, Integer> header(Violations violations, List<String> names) {
        Map<String, Integer> header = new HashMap<>();
        if (names == null) {
            violations.add("line[1]", "must be the header customer_id,occurred_at,amount[,currency]");
            return header;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(java.util.Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                violations.add("line[1]." + name, "is not a column of an import (" + String.join(", ", COLUMNS) + ")");
            } else if (header.putIfAbsent(name, i) != null) {
                violations.add("line[1]." + name, "appears twice");
            }
        }
        for (String required : COLUMNS.subList(0, 3)) {
            if (!header.containsKey(required)) {
                violations.add("line[1]", "has no " + required + " column");
            }
        }
        return header;
    }

    /**
     * What repeats from row to row of one file, kept for it: the instant of each day's text (a history has a few
     * hundred days and hundreds of thousands of rows) and the text of each instant, for the lines read as text. Each map
     * stops growing at {@value #MEMO_LIMIT} entries (a file of instants to the second rarely repeats one).
     */
    private static final class FileMemo {

        private static final int MEMO_LIMIT = 10_000;

        final Map<String, Instant> instants = new HashMap<>();
        final Map<Instant, String> texts = new HashMap<>();

        String text(Instant instant) {
            String text = texts.get(instant);
            if (text == null) {
                text = instant.toString();
                if (texts.size() < MEMO_LIMIT) {
                    texts.put(instant, text);
                }
            }
            return text;
        }

        void remember(String text, Instant instant) {
            if (instants.size() < MEMO_LIMIT) {
                instants.put(text, instant);
            }
        }
    }

    /** One valid data row. */
    private record ImportedRow(String customerId, Instant occurredAt, long amountMinor, String currencyCode) {

        /** The row, or null when a cell is invalid (each invalid cell is added to the violations). */
        static ImportedRow of(Violations violations, List<String> cells, Map<String, Integer> header,
                Currency reportingCurrency, Instant now, FileMemo memo) {
            int before = violations.count();
            String customerId = violations.requiredText("customer_id", cells.get(header.get("customer_id")), 128);
            Instant occurredAt = occurredAt(violations, cells.get(header.get("occurred_at")).strip(), now, memo);
            Integer currencyColumn = header.get("currency");
            String code = currencyColumn == null || cells.get(currencyColumn).isBlank()
                    ? reportingCurrency.getCurrencyCode() : cells.get(currencyColumn).strip();
            if (!code.equals(reportingCurrency.getCurrencyCode())) {
                violations.add("currency", "\"" + code + "\" is not the reporting currency " + reportingCurrency.getCurrencyCode());
            }
            long amountMinor = amount(violations, cells.get(header.get("amount")).strip(), reportingCurrency);
            return violations.count() == before ? new ImportedRow(customerId, occurredAt, amountMinor, code) : null;
        }

        private static Instant occurredAt(Violations violations, String text, Instant now, FileMemo memo) {
            Instant occurredAt = memo.instants.get(text);
            if (occurredAt == null) {
                try {
                    occurredAt = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                            : OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    violations.add("occurred_at", "\"" + text + "\" is not an ISO date (1997-01-01) or instant (1997-01-01T10:00:00Z)");
                    return null;
                }
                memo.remember(text, occurredAt);
            }
            if (occurredAt.isAfter(now.plus(ActivityBatch.ALLOWED_CLOCK_SKEW))) {
                violations.add("occurred_at", "is in the future");
                return null;
            }
            if (occurredAt.isBefore(EARLIEST_TIMESTAMP)) {
                violations.add("occurred_at", "is before 4714 BC, the earliest instant the database holds");
                return null;
            }
            return occurredAt.truncatedTo(ChronoUnit.MICROS);
        }

        private static long amount(Violations violations, String text, Currency currency) {
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            BigDecimal amount;
            try {
                amount = new BigDecimal(text);
            } catch (NumberFormatException e) {
                violations.add("amount", "\"" + text + "\" is not a decimal amount such as 12.50");
                return 0;
            }
            if (amount.signum() < 0) {
                violations.add("amount", "must not be negative");
            } else if (amount.stripTrailingZeros().scale() > digits) {
                violations.add("amount", "has more decimal places than " + currency.getCurrencyCode() + " has (" + digits + ")");
            } else if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
                violations.add("amount", "is too large");
            } else {
                return amount.movePointRight(digits).longValueExact();
            }
            return 0;
        }
    }
}
