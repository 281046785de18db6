package org.retentionsuite.segmentation.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Passes over every customer group millions of activity rows by customer and rank a million customers.
 * With the server's default work_mem (4 MB) each of those hash tables and sorts spills to disk; this
 * gives them room in the current transaction only ({@code SET LOCAL}), so other work keeps the default.
 */
final class WholePassMemory {

    private static final String SETTING = "SET LOCAL work_mem = '256MB'";

    private WholePassMemory() {
    }

    static void grant(Connection connection) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute(SETTING);
        }
    }
}
