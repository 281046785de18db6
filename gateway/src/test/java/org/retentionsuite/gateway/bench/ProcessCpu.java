package org.retentionsuite.gateway.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of the processes on the path (gateway, loyalty, the load generator itself) over a
 * round, per call: unlike latency, it barely depends on what else the machine is running.
 */
final class ProcessCpu {

    private final List<ProcessHandle> processes;
    private final double[] spent;
    private long calls;

    ProcessCpu(List<ProcessHandle> processes) {
        this.processes = processes;
        this.spent = new double[processes.size()];
    }

    /** Runs a round and adds the CPU each process spent in it, and its calls. */
    OpenLoopLatencies measure(Round round) throws InterruptedException {
        double[] before = sample();
        OpenLoopLatencies latencies = round.get();
        double[] after = sample();
        for (int i = 0; i < spent.length; i++) {
            spent[i] += after[i] - before[i];
        }
        calls += latencies.count();
        return latencies;
    }

    /** "gateway 0.41 ms, loyalty 0.52 ms, load generator 0.20 ms" of CPU per call. */
    String perCall(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < spent.length; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f ms", names.get(i),
                    calls == 0 ? 0 : spent[i] / calls));
        }
        return text.toString();
    }

    /** A timed round of calls. */
    interface Round {
        OpenLoopLatencies get() throws InterruptedException;
    }

    private double[] sample() {
        double[] millis = new double[processes.size()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = processes.get(i).info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e6;
        }
        return millis;
    }
}
