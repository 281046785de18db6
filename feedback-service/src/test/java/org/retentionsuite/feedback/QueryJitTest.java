package org.retentionsuite.feedback;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service's connections run without PostgreSQL's JIT: the metrics' bucket statements are
 * estimated far above the JIT's cost thresholds and compiled for 650 ms before running in 3 ms.
 */
@QuarkusTest
class QueryJitTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPooledConnectionHasTheJitOff() throws SQLException {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            assertEquals("off", jit(first));
            assertEquals("off", jit(second));
        }
    }

    private static String jit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW jit")) {
            row.next();
            return row.getString(1);
        }
    }
}
