package org.retentionsuite.loyalty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples a process's resident memory (VmRSS, Linux) every 200 ms and keeps the peak, in kB. */
final class MemorySampler {

    private final Path status;
    private volatile long peakKb;
    private volatile boolean running;
    private Thread thread;

    MemorySampler(long pid) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    void start() {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                peakKb = Math.max(peakKb, residentKb());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long stop() throws InterruptedException {
        running = false;
        thread.join();
        return peakKb;
    }

    private long residentKb() {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
