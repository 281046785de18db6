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
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What the machine and the database did in each second of the measured window, to set beside the seconds with
 * slow purchases: the machine's busy share and the block device's busy share (/proc), the WAL the server wrote and
 * how many times it flushed it, full-page images, checkpoints completed and buffers written by the checkpointer
 * and by the backends themselves (pg_stat_wal, pg_stat_bgwriter; server-wide, so anything else on the server counts
 * too).
 */
final class MachineTimeline {

    /** One sample: wall second and cumulative counters. */
    private record Sample(long epochSecond, long serviceMillis, long machineBusy, long machineAll, long diskBusyMillis, long walRecords,
            long walFpi, long walBytes, long walWrites, long walSyncs, long checkpoints, long buffersCheckpoint,
            long buffersBackend) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String disk;
    private final ProcessHandle service;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private Connection connection;

    MachineTimeline(ProcessHandle service, String jdbcUrl, String user, String password) {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.disk = busiestDisk();
    }

    void start() {
        try {
            connection = DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to sample the server's counters", e);
        }
        long delay = 1000 - System.currentTimeMillis() % 1000; // samples on the second, as the slow seconds are
        ticker.scheduleAtFixedRate(this::sample, delay, 1000, TimeUnit.MILLISECONDS);
    }

    /** Stops sampling and returns one line per second: the rate of each counter in it. */
    String stop(Map<Long, long[]> slowBySecond) {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            // the samples are taken
        }
        StringBuilder out = new StringBuilder("| second | slow purchases (max) | service CPU (one core = 100 %) | machine busy | disk " + disk
                + " busy | WAL records / MB | WAL writes / flushes | full-page images | checkpoints done | buffers written by checkpointer / backends |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 1; i < samples.size(); i++) {
            Sample a = samples.get(i - 1);
            Sample b = samples.get(i);
            long[] slow = slowBySecond.getOrDefault(a.epochSecond(), new long[2]);
            out.append(String.format(Locale.ROOT, "| %s | %d (%d ms) | %.0f %% | %.0f %% | %.0f %% | %d / %.1f | %d / %d | %d | %d | %d / %d |%n",
                    LocalTime.ofSecondOfDay(a.epochSecond() % 86_400), slow[0], slow[1],
                    (b.serviceMillis() - a.serviceMillis()) / 10.0, 100.0 * (b.machineBusy() - a.machineBusy()) / Math.max(1, b.machineAll() - a.machineAll()),
                    (b.diskBusyMillis() - a.diskBusyMillis()) / 10.0, b.walRecords() - a.walRecords(),
                    (b.walBytes() - a.walBytes()) / 1e6, b.walWrites() - a.walWrites(), b.walSyncs() - a.walSyncs(),
                    b.walFpi() - a.walFpi(), b.checkpoints() - a.checkpoints(), b.buffersCheckpoint() - a.buffersCheckpoint(),
                    b.buffersBackend() - a.buffersBackend()));
        }
        return out.toString();
    }

    private void sample() {
        long second = (System.currentTimeMillis() + 500) / 1000;
        long[] machine = CpuMeter.machineTicks();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT w.wal_records, w.wal_fpi, w.wal_bytes, w.wal_write, w.wal_sync,"
                        + " b.checkpoints_timed + b.checkpoints_req, b.buffers_checkpoint, b.buffers_backend"
                        + " FROM pg_stat_wal w, pg_stat_bgwriter b")) {
            rows.next();
            samples.add(new Sample(second, serviceMillis(), machine[0], machine[1], diskBusyMillis(), rows.getLong(1), rows.getLong(2),
                    rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8)));
        } catch (SQLException e) {
            System.out.println("cannot sample the server's counters: " + e.getMessage());
        }
    }

    private long serviceMillis() {
        return service.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    /** Milliseconds the disk had I/O in flight (/proc/diskstats, the 10th statistic). */
    private long diskBusyMillis() {
        for (String[] fields : diskStats()) {
            if (fields[2].equals(disk)) {
                return Long.parseLong(fields[12]);
            }
        }
        return 0;
    }

    /** The whole disk (not a partition) with the most I/O time so far: the one the database writes to, here. */
    private static String busiestDisk() {
        String busiest = "?";
        long most = -1;
        for (String[] fields : diskStats()) {
            String name = fields[2];
            boolean whole = !name.startsWith("loop") && !name.startsWith("ram") && !name.matches(".*\\d+p\\d+|(sd|vd|xvd)[a-z]+\\d+");
            if (whole && Long.parseLong(fields[12]) > most) {
                most = Long.parseLong(fields[12]);
                busiest = name;
            }
        }
        return busiest;
    }

    private static List<String[]> diskStats() {
        try {
            return Files.readAllLines(Path.of("/proc/diskstats")).stream().map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length >= 13).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
