package org.retentionsuite.segmentation.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Samples the service every 200 ms: used heap (the sum of {@code jvm_memory_used_bytes{area="heap"}}
 * of its Prometheus metrics) and resident memory (VmRSS), keeping the peaks.
 */
final class HeapSampler {

    private final URI metrics;
    private final Path status;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long peakHeapBytes;
    private volatile long peakRssKb;
    private volatile boolean running;
    private Thread thread;

    HeapSampler(int port, long pid) {
        this.metrics = URI.create("http://localhost:" + port + "/q/metrics");
        this.status = Path.of("/proc", String.valueOf(pid), "status");
    }

    void start() {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    long peakHeapMb() {
        return peakHeapBytes / (1024 * 1024);
    }

    long peakRssMb() {
        return peakRssKb / 1024;
    }

    private void sample() {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long heap = 0;
            for (String line : text.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            peakHeapBytes = Math.max(peakHeapBytes, heap);
        } catch (IOException | RuntimeException busy) {
            // a sample missed while the service is busy; the next one counts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
    }
}
