package org.retentionsuite.segmentation.domain.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published weekly CDNOW summaries (39-week calibration ending 1997-09-30), grouped as the fits take them. */
public final class CdnowSummaries {

    private CdnowSummaries() {
    }

    /** (x, t_x, T) per customer from cdnow_customers_summary.csv, grouped into unique rows. */
    public static List<PurchaseHistory> histories() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] row : rows("cdnow/cdnow_customers_summary.csv")) {
            counts.merge(row[1] + "," + row[2] + "," + row[3], 1, Integer::sum);
        }
        List<PurchaseHistory> histories = new ArrayList<>();
        counts.forEach((key, customers) -> {
            String[] cells = key.split(",");
            histories.add(new PurchaseHistory(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]),
                    Double.parseDouble(cells[2]), customers));
        });
        return histories;
    }

    /** (x, average repeat spend) of the repeat buyers from cdnow_customers_summary_with_transactions.csv. */
    public static List<RepeatSpend> repeatSpends() {
        List<RepeatSpend> spends = new ArrayList<>();
        for (String[] row : rows("cdnow/cdnow_customers_summary_with_transactions.csv")) {
            int x = Integer.parseInt(row[1]);
            if (x > 0) {
                spends.add(new RepeatSpend(x, Double.parseDouble(row[4]), 1));
            }
        }
        return spends;
    }

    public static void assertWithinOnePercent(double expected, double actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, Math.abs(expected) * 0.01,
                "expected " + expected + " within 1%, was " + actual);
    }

    public static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CdnowSummaries.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
