package org.aitimeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;

/**
 * PNG export of 100k synthetic events: a 4000 px-wide poster (layout, tiled rendering, encoding, atomic write) and
 * a 20,000 px-wide one, with their heights (they follow the content, up to the poster's height budget) and the peak
 * heap each needed (see BenchmarkMain).
 */
final class ExportBenchmark {

    private ExportBenchmark() {
    }

    static void run() throws Exception {
        TimelineBenchmark.startToolkit();
        int n = 100_000;
        Dataset d = SyntheticEvents.generate(n, 20, 10, 11);
        ExportContext ctx = new ExportContext(d, d.events(), EventFilter.NONE, LaneGrouping.ORGANIZATION,
                LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH.plusSeconds(86400), Locale.ENGLISH, false);
        Path dir = Files.createTempDirectory("aitl-export");
        for (int width : new int[] {4000, 20_000}) {
            Path out = dir.resolve("w" + width + ".png");
            Runtime rt = Runtime.getRuntime();
            long[] peak = {0};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true); // a failed run must not keep the JVM alive
            Stats.usedHeapMb();
            sampler.start();
            TimelineImage.Options options = new TimelineImage.Options(TimelineImage.Range.ALL, width, 1, "", null);
            Stats s;
            try {
                s = Stats.measure(1, width > 4000 ? 3 : 5,
                        () -> TimelineImage.layout(ctx, options).writePng(out, p -> { }, () -> false));
            } finally {
                sampler.interrupt();
            }
            TimelineImage image = TimelineImage.layout(ctx, options);
            System.out.printf(Locale.ROOT, "bench export n=%d width=%d height=%d median_ms=%.0f p95_ms=%.0f heap_peak_mb=%d file_mb=%.1f%n",
                    n, width, image.height(), s.median(), s.p95(), peak[0] / (1024 * 1024), Files.size(out) / 1e6);
            Files.delete(out);
        }
        Files.delete(dir);
    }
}
