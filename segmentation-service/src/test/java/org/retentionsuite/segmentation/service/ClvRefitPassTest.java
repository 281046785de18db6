package org.retentionsuite.segmentation.service;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ClvFit;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvFitRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.MovableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scheduled CLV refit (its cron is off in tests; the test runs the pass itself). Its activity is in
 * 1987; the refit takes every customer of the test database, so the expected fit is the one FitClvModel
 * gives for the same calibration end. The fits it makes are removed afterwards, so that the latest fit
 * other tests read stays theirs.
 */
@QuarkusTest
class ClvRefitPassTest {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('segmentation:clv-refit'))";

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    ClvRefitPass pass;

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    private final List<String> madeFits = new ArrayList<>();

    @AfterEach
    void removeTheFitsMadeHere() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM clv_fit WHERE id = ?::uuid")) {
            for (String id : madeFits) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void theRefitStoresTheFitOfEveryCustomerUpToYesterdayInWeeks() throws SQLException {
        importTwelveRepeatBuyers();
        Set<String> before = fitIds();

        pass.scheduledPass();

        Set<String> added = fitIds();
        added.removeAll(before);
        assertEquals(1, added.size(), "one new fit");
        madeFits.addAll(added);
        ClvFit refitted = segmentation.getClvFit(GetClvFitRequest.newBuilder().setFitId(added.iterator().next()).build())
                .getFit();
        String yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1).toString();
        ClvFit requested = segmentation.fitClvModel(FitClvModelRequest.newBuilder().setCalibrationEnd(yesterday)
                .setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build()).getFit();
        madeFits.add(requested.getId());

        assertEquals(yesterday, refitted.getCalibrationEnd());
        assertEquals("", refitted.getCalibrationStart());
        assertEquals(ClvTimeUnit.CLV_TIME_UNIT_WEEK, refitted.getTimeUnit());
        assertEquals(purchasingCustomersBefore(LocalDate.parse(yesterday).plusDays(1)), refitted.getCustomerCount());
        assertEquals(requested.getCustomerCount(), refitted.getCustomerCount());
        assertEquals(requested.getRepeatBuyerCount(), refitted.getRepeatBuyerCount());
        assertEquals(requested.getBgnbd(), refitted.getBgnbd());
        assertEquals(requested.getGammaGamma(), refitted.getGammaGamma());
    }

    @Test
    void aReplicaFindingAnotherRefittingSkipsItsTurn() throws SQLException {
        importTwelveRepeatBuyers();
        Set<String> before = fitIds();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute(LOCK);
            }

            pass.scheduledPass();

            other.rollback();
        }

        assertEquals(before, fitIds());
    }

    /** Twelve customers with three purchase days each in 1987: enough repeat buyers for a fit on any test order. */
    private void importTwelveRepeatBuyers() {
        StringBuilder csv = new StringBuilder("customer_id,occurred_at,amount\n");
        for (int c = 1; c <= 12; c++) {
            for (int day = 1; day <= 3; day++) {
                csv.append("refit-").append(c).append(",1987-0").append(day).append('-').append(10 + c).append(',')
                        .append(10 + c).append(".50\n");
            }
        }
        segmentation.importActivity(ImportActivityRequest.newBuilder().setCsv(csv.toString()).build());
    }

    private Set<String> fitIds() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT id::text FROM clv_fit")) {
            Set<String> ids = new HashSet<>();
            while (row.next()) {
                ids.add(row.getString(1));
            }
            return ids;
        }
    }

    private long purchasingCustomersBefore(LocalDate day) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(DISTINCT customer_id) FROM activity"
                     + " WHERE type = 'PURCHASE' AND occurred_at < (?::date)::timestamp AT TIME ZONE 'UTC'")) {
            query.setString(1, day.toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
