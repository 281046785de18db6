package org.retentionsuite.loyalty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CPU time spent by the service process and by the PostgreSQL backends serving its database
 * (Linux: utime + stime from /proc, 100 ticks per second), so that a run on a shared machine can
 * still say what one purchase costs.
 */
final class CpuMeter {

    private static final double MILLIS_PER_TICK = 10.0;

    private final long servicePid;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String database;

    CpuMeter(long servicePid, String jdbcUrl, String user, String password, String database) {
        this.servicePid = servicePid;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.database = database;
    }

    /**
     * CPU milliseconds used so far and purchases committed so far: [service, database backends, purchases,
     * this load generator, the whole machine busy, the whole machine in all].
     */
    double[] sample() {
        double backends = 0;
        for (long pid : backendPids()) {
            backends += ticks(pid) * MILLIS_PER_TICK;
        }
        long[] machine = machineTicks();
        return new double[] {cpuMillis(ProcessHandle.of(servicePid)), backends, committedPurchases(),
                cpuMillis(Optional.of(ProcessHandle.current())), machine[0] * MILLIS_PER_TICK, machine[1] * MILLIS_PER_TICK};
    }

    private static double cpuMillis(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L) / 1e6;
    }

    /** All CPUs from /proc/stat: [busy ticks (all but idle and iowait), all ticks]. */
    static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < fields.length; i++) {
                all += Long.parseLong(fields[i]);
            }
            return new long[] {all - Long.parseLong(fields[4]) - Long.parseLong(fields[5]), all};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    /**
     * Gives the planner statistics of the tables as they are now, as autovacuum's analyze does on a
     * server where it runs. (It is off on these machines' PostgreSQL: without statistics the member
     * look-up by customer id took the referral-code index and filtered every member of the programme,
     * 1.2 ms, twice per purchase.)
     */
    void analyze() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze the benchmark database", e);
        }
    }

    /** Purchases in the database: under overload, calls time out at the client but may still commit. */
    private long committedPurchases() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM purchase")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            System.out.println("cannot count the purchases: " + e.getMessage());
            return 0;
        }
    }

    private List<Long> backendPids() {
        List<Long> pids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT pid FROM pg_stat_activity WHERE datname = '" + database + "' AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            System.out.println("cannot list the database backends: " + e.getMessage());
        }
        return pids;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
