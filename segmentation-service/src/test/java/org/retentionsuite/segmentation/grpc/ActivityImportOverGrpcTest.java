package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.domain.ActivityImport;
import org.retentionsuite.segmentation.domain.ActivityImport.ImportedPurchase;
import org.retentionsuite.segmentation.domain.ActivityType;
import org.retentionsuite.segmentation.domain.EventKey;
import org.retentionsuite.segmentation.repository.ActivityRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.timestamp;

/** Imports use dates in 2001, apart from the CDNOW year that the CLV tests fit on. */
@QuarkusTest
class ActivityImportOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    ActivityRepository activities;

    @Inject
    DataSource dataSource;

    @Test
    void aFileIsImportedAsPurchasesInTheReportingCurrencyAndIdenticalRowsAreDistinctPurchases() {
        String customer = "csv-" + UUID.randomUUID();
        String csv = """
                customer_id,occurred_at,amount
                %1$s,2001-01-01,29.33
                %1$s,2001-01-01,29.33
                %1$s,2001-02-03T10:15:30Z,5
                "%1$s","2001-03-04T12:00:00+02:00",0.10
                """.formatted(customer);

        ImportActivityResponse response = importCsv(csv);

        assertEquals(ImportActivityResponse.newBuilder().setRowCount(4).setRecordedCount(4).setDuplicateCount(0).build(),
                response);
        assertEquals(4, activities.count("customerId = ?1 and type = ?2", customer, ActivityType.PURCHASE));
        assertEquals(CustomerInsights.newBuilder()
                .setCustomerId(customer)
                .setPurchaseCount(4)
                .setTotalSpend(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(29_33 + 29_33 + 5_00 + 10))
                .setFirstPurchaseAt(timestamp(Instant.parse("2001-01-01T00:00:00Z")))
                .setLastPurchaseAt(timestamp(Instant.parse("2001-03-04T10:00:00Z")))
                .build(), insightsOf(customer));
    }

    @Test
    void importingTheSameFileAgainRecordsNothingAndReportsEveryRowAsADuplicate() {
        String customer = "reimport-" + UUID.randomUUID();
        String csv = "customer_id,occurred_at,amount,currency\r\n"
                + customer + ",2001-05-01,10.00,USD\r\n"
                + customer + ",2001-05-01,10.00,\r\n"
                + customer + ",2001-05-02,7.50,USD\r\n";
        importCsv(csv);

        ImportActivityResponse again = importCsv(csv);

        assertEquals(ImportActivityResponse.newBuilder().setRowCount(3).setRecordedCount(0).setDuplicateCount(3).build(),
                again);
        assertEquals(3, activities.count("customerId", customer));
        assertEquals(27_50, insightsOf(customer).getTotalSpend().getAmountMinor());
    }

    @Test
    void aFileWithOneMoreIdenticalRowRecordsOnlyThatRow() {
        String customer = "more-" + UUID.randomUUID();
        String row = customer + ",2001-06-01,3.00\n";
        importCsv("customer_id,occurred_at,amount\n" + row + row);

        ImportActivityResponse response = importCsv("customer_id,occurred_at,amount\n" + row + row + row);

        assertEquals(ImportActivityResponse.newBuilder().setRowCount(3).setRecordedCount(1).setDuplicateCount(2).build(),
                response);
        assertEquals(3, activities.count("customerId", customer));
    }

    @Test
    void aFileEndingInRowsRecordedBeforeRecordsTheOthersOnce() {
        String customer = "tail-" + UUID.randomUUID();
        StringBuilder earlier = new StringBuilder("customer_id,occurred_at,amount\n");
        StringBuilder later = new StringBuilder("customer_id,occurred_at,amount\n");
        for (int i = 0; i < 3000; i++) {
            later.append(customer).append('-').append(i).append(",2001-10-01,1.00\n");
        }
        // The rows recorded before come last: the first attempt writes 3,000 rows before it meets their keys.
        for (int i = 0; i < 2; i++) {
            String row = customer + "-old,2001-10-02,2.00\n";
            earlier.append(row);
            later.append(row);
        }
        importCsv(earlier.toString());

        ImportActivityResponse response = importCsv(later.toString());

        assertEquals(ImportActivityResponse.newBuilder().setRowCount(3002).setRecordedCount(3000).setDuplicateCount(2).build(),
                response);
        assertEquals(1, activities.count("customerId", customer + "-2999"));
        assertEquals(2, activities.count("customerId", customer + "-old"));
    }

    @Test
    void anInvalidLastRowAfterThousandsOfValidOnesRecordsNothing() {
        String customer = "late-error-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("customer_id,occurred_at,amount\n");
        for (int i = 0; i < 5000; i++) {
            csv.append(customer).append(",2001-11-").append(String.format("%02d", 1 + i % 28)).append(',').append(1 + i)
                    .append(".00\n");
        }
        csv.append(customer).append(",2001-11-31,1.00\n");

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> importCsv(csv.toString()));

        assertEquals(Map.of("line[5002].occurred_at",
                "\"2001-11-31\" is not an ISO date (1997-01-01) or instant (1997-01-01T10:00:00Z)"), fieldViolations(refused));
        assertEquals(0, activities.count("customerId", customer));
    }

    @Test
    void theSameFileImportedByFourCallersAtOnceRecordsEachRowOnce() throws Exception {
        String customer = "race-" + UUID.randomUUID();
        StringBuilder csv = new StringBuilder("customer_id,occurred_at,amount\n");
        for (int i = 0; i < 200; i++) {
            csv.append(customer).append('-').append(i % 20).append(",2001-09-").append(String.format("%02d", 1 + i % 28))
                    .append(',').append(1 + i).append(".00\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ImportActivityResponse>> callers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                callers.add(() -> importCsv(csv.toString()));
            }
            List<ImportActivityResponse> responses = new ArrayList<>();
            for (Future<ImportActivityResponse> response : pool.invokeAll(callers)) {
                responses.add(response.get());
            }

            assertEquals(200, responses.stream().mapToInt(ImportActivityResponse::getRecordedCount).sum());
            assertEquals(3 * 200, responses.stream().mapToInt(ImportActivityResponse::getDuplicateCount).sum());
            assertEquals(10, activities.count("customerId", customer + "-0"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRowAnotherTransactionRecordsWhileTheFileIsMovedIsRecordedOnce() throws Exception {
        String customer = "overlap-" + UUID.randomUUID();
        String csv = "customer_id,occurred_at,amount\n" + customer + ",2001-08-01,4.00\n" + customer + ",2001-08-02,6.00\n";
        ImportedPurchase first = firstRow(csv);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO activity (event_key, event_id, customer_id, type, occurred_at, amount_minor, currency_code,
                                          recorded_at)
                    VALUES (?, ?, ?, 'PURCHASE', '2001-08-01T00:00:00Z', 400, 'USD', now())""")) {
                insert.setObject(1, EventKey.of(first.eventId()));
                insert.setString(2, first.eventId());
                insert.setString(3, customer);
                insert.executeUpdate();
            }
            Future<ImportActivityResponse> imported = importer.submit(() -> importCsv(csv));
            // The import's COPY into activity meets the uncommitted key and waits for this transaction.
            awaitABackendWaitingForATransaction();
            other.commit();

            assertEquals(ImportActivityResponse.newBuilder().setRowCount(2).setRecordedCount(1).setDuplicateCount(1).build(),
                    imported.get(60, TimeUnit.SECONDS));
        } finally {
            importer.shutdownNow();
        }
        assertEquals(2, activities.count("customerId", customer));
        assertEquals(10_00, insightsOf(customer).getTotalSpend().getAmountMinor());
    }

    @Test
    void badRowsAreNamedByLineAndColumnAndNothingOfTheFileIsRecorded() {
        String customer = "bad-" + UUID.randomUUID();
        long before = activities.count();
        String csv = """
                customer_id,occurred_at,amount,currency
                %1$s,2001-01-01,10.00,USD

                %1$s,2001-13-01,10.00,USD
                %1$s,2001-01-02,ten,USD
                ,2001-01-03,1.234,EUR
                %1$s,2001-01-04
                %1$s,2001-01-05,-1,USD
                """.formatted(customer);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> importCsv(csv));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "line[4].occurred_at", "\"2001-13-01\" is not an ISO date (1997-01-01) or instant (1997-01-01T10:00:00Z)",
                "line[5].amount", "\"ten\" is not a decimal amount such as 12.50",
                "line[6].customer_id", "is required",
                "line[6].currency", "\"EUR\" is not the reporting currency USD",
                "line[6].amount", "has more decimal places than USD has (2)",
                "line[7].columns", "has 2 columns, the header has 4",
                "line[8].amount", "must not be negative"), fieldViolations(refused));
        assertEquals(before, activities.count());
        assertEquals(0, activities.count("customerId", customer));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsOrWithAnUnknownOneIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> importCsv("customer_id,when,amount\nc-1,2001-01-01,1.00\n"));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "line[1].when", "is not a column of an import (customer_id, occurred_at, amount, currency)",
                "line[1]", "has no occurred_at column"), fieldViolations(refused));
    }

    @Test
    void aFileWithAHeaderOnlyOrNothingIsRefused() {
        assertEquals(Map.of("csv", "has no data rows"),
                fieldViolations(assertThrows(StatusRuntimeException.class, () -> importCsv("customer_id,occurred_at,amount\n"))));
        assertEquals(Map.of("line[1]", "must be the header customer_id,occurred_at,amount[,currency]"),
                fieldViolations(assertThrows(StatusRuntimeException.class, () -> importCsv(""))));
    }

    @Test
    void aPurchaseInTheFutureIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> importCsv("customer_id,occurred_at,amount\nc-1,2999-01-01,1.00\n"));

        assertEquals(Map.of("line[2].occurred_at", "is in the future"), fieldViolations(refused));
    }

    @Test
    void aFileOfMoreThanEightMebibytesIsRefusedWholeAskingToSplitIt() {
        String row = "big-customer,2001-07-01,1.00\n";
        String csv = "customer_id,occurred_at,amount\n" + row.repeat(8 * 1024 * 1024 / row.length() + 1);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> importCsv(csv));

        assertEquals(Map.of("csv", "is larger than 8 MiB; split the file"), fieldViolations(refused));
        assertEquals(0, activities.count("customerId", "big-customer"));
    }

    private void awaitABackendWaitingForATransaction() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            for (int i = 0; i < 3000; i++) {
                try (ResultSet row = query.executeQuery(
                        "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'")) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the import never waited for the other transaction");
    }

    private static ImportedPurchase firstRow(String csv) {
        List<ImportedPurchase> rows = new ArrayList<>();
        ActivityImport.parse(csv, Currency.getInstance("USD"), Instant.now(), rows::add);
        return rows.get(0);
    }

    private ImportActivityResponse importCsv(String csv) {
        return segmentation.importActivity(ImportActivityRequest.newBuilder().setCsv(csv).build());
    }

    /** The figures of the customer's activity, without what is derived from all customers (RFM, churn risk, ...). */
    private CustomerInsights insightsOf(String customerId) {
        return segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customerId).build())
                .getInsights().toBuilder()
                .clearRfm().clearClv().clearChurnRisk().clearCohortMonth().clearAttributes()
                .build();
    }
}
