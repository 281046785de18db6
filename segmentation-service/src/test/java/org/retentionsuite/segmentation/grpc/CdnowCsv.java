package org.retentionsuite.segmentation.grpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The CDNOW 1/10 sample as an import file: the sample id is the customer, yyyymmdd the day, dollars the amount. */
final class CdnowCsv {

    static final int ROWS = 6919;

    private CdnowCsv() {
    }

    static String read() {
        StringBuilder csv = new StringBuilder("customer_id,occurred_at,amount\n");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CdnowCsv.class.getClassLoader().getResourceAsStream("cdnow/CDNOW_sample.txt"), StandardCharsets.US_ASCII))) {
            reader.lines().filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.strip().split("\\s+");
                String day = cells[2];
                csv.append(Integer.parseInt(cells[1])).append(',')
                        .append(day, 0, 4).append('-').append(day, 4, 6).append('-').append(day, 6, 8).append(',')
                        .append(cells[4]).append('\n');
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
