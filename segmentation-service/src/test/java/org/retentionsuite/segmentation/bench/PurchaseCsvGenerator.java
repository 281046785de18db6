package org.retentionsuite.segmentation.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a CSV of the import API ({@code customer_id,occurred_at,amount}) row by row to a file:
 * the given number of customers, each with at least one purchase, and exactly the given number of
 * purchases in all, over the two years up to {@code lastDay}. Half of the customers drop out: their
 * purchases end on a day drawn uniformly between their first purchase and {@code lastDay}, the others
 * purchase up to {@code lastDay}; repeat purchases fall uniformly on the days a customer is active.
 * Without dropout BG/NBD's a and b have no finite optimum. Seeded, so every run writes the same file.
 */
final class PurchaseCsvGenerator {

    private static final int DAYS = 730;

    private PurchaseCsvGenerator() {
    }

    static void write(Path file, int customers, long transactions, LocalDate lastDay) throws IOException {
        if (transactions < customers) {
            throw new IllegalArgumentException("every customer needs a purchase: transactions >= customers");
        }
        SplittableRandom random = new SplittableRandom(20261122L);
        LocalDate firstDay = lastDay.minusDays(DAYS - 1);
        long extra = transactions - customers;
        long left = extra;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,occurred_at,amount\n");
            StringBuilder row = new StringBuilder(64);
            for (int c = 0; c < customers; c++) {
                // Repeat purchases spread unevenly (0 to twice the mean), the last customer takes the rest.
                long mean = extra / customers;
                long repeat = c == customers - 1 ? left : Math.min(left, mean == 0 ? (random.nextInt(customers) < extra ? 1 : 0)
                        : random.nextLong(2 * mean + 1));
                left -= repeat;
                String id = "c" + c;
                int first = random.nextInt(DAYS);
                int lastActive = random.nextBoolean() ? first + random.nextInt(DAYS - first) : DAYS - 1;
                long centsTypical = 500 + random.nextInt(15_000);
                for (long p = 0; p <= repeat; p++) {
                    int day = p == 0 ? first : first + random.nextInt(lastActive - first + 1);
                    long cents = Math.max(1, centsTypical / 2 + random.nextLong(centsTypical));
                    row.setLength(0);
                    row.append(id).append(',').append(firstDay.plusDays(day)).append(',')
                            .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100)
                            .append('\n');
                    out.write(row.toString());
                }
            }
        }
    }
}
