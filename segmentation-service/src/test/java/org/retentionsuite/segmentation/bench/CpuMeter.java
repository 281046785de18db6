package org.retentionsuite.segmentation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU seconds spent by the service, by the PostgreSQL backends connected to its database and by the harness, between
 * two readings (Linux {@code /proc/<pid>/stat}): on a machine shared with other builds, the wall time of a phase says
 * more about the load than about the code, its CPU time less so. A backend that exits between the readings is missed.
 */
final class CpuMeter {

    /** USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

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

    /** The service's CPU ticks per kind of thread (name without its number: "GC Thread#", "executor-thread-"). */
    Map<String, Long> readServiceThreads() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(servicePid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+$", "");
                byKind.merge(name, ticks(Path.of(task.toString(), "stat")), Long::sum);
            }
        } catch (IOException | java.io.UncheckedIOException gone) {
            // the service ended
        }
        return byKind;
    }

    /** The kinds of service threads that used at least 0.5 s of CPU between two readings. */
    static String threadsBetween(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder text = new StringBuilder("service threads:");
        after.entrySet().stream()
                .map(kind -> Map.entry(kind.getKey(), (kind.getValue() - before.getOrDefault(kind.getKey(), 0L)) / TICKS_PER_SECOND))
                .filter(kind -> kind.getValue() >= 0.5)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(kind -> text.append(String.format(java.util.Locale.ROOT, " %s %.1f s,", kind.getKey(), kind.getValue())));
        return text.toString();
    }

    /** A reading: CPU ticks per process (the service, each backend, the harness as -1). */
    Map<Long, Long> read() {
        Map<Long, Long> ticks = new HashMap<>();
        ticks.put(servicePid, ticks(servicePid));
        ticks.put(-1L, ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 10_000_000L);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement backends = connection.prepareStatement(
                     "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            backends.setString(1, database);
            try (ResultSet rows = backends.executeQuery()) {
                while (rows.next()) {
                    ticks.put((long) rows.getInt(1), ticks(rows.getInt(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the backends of " + database, e);
        }
        return ticks;
    }

    /** "service 12.3 s, PostgreSQL backends 45.6 s, harness 7.8 s" between two readings. */
    String between(Map<Long, Long> before, Map<Long, Long> after) {
        double service = (after.get(servicePid) - before.get(servicePid)) / TICKS_PER_SECOND;
        double harness = (after.get(-1L) - before.get(-1L)) / TICKS_PER_SECOND;
        double backends = 0;
        for (Map.Entry<Long, Long> process : after.entrySet()) {
            if (process.getKey() != servicePid && process.getKey() != -1L) {
                backends += (process.getValue() - before.getOrDefault(process.getKey(), 0L)) / TICKS_PER_SECOND;
            }
        }
        return String.format(java.util.Locale.ROOT, "CPU: service %.1f s, PostgreSQL backends %.1f s, harness %.1f s",
                service, backends, harness);
    }

    private static long ticks(long pid) {
        return ticks(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static long ticks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // The command name in parentheses may hold spaces; utime and stime are fields 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
