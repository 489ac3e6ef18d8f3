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
 * PNG export of 100k synthetic events: a 4000 px-wide image (layout, tiled rendering, encoding, atomic write)
 * and a 20,000 px-wide one with the peak heap it needed (see BenchmarkMain).
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
            Stats.usedHeapMb();
            sampler.start();
            Stats s = Stats.measure(1, width > 4000 ? 3 : 5, () -> TimelineImage.layout(ctx,
                    new TimelineImage.Options(TimelineImage.Range.ALL, width, 1, "", null)).writePng(out, p -> { }, () -> false));
            sampler.interrupt();
            System.out.printf(Locale.ROOT, "bench export n=%d width=%d median_ms=%.0f p95_ms=%.0f heap_peak_mb=%d file_mb=%.1f%n",
                    n, width, s.median(), s.p95(), peak[0] / (1024 * 1024), Files.size(out) / 1e6);
            Files.delete(out);
        }
        Files.delete(dir);
    }
}
