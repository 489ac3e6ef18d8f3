package org.aitimeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;

/**
 * SVG and PDF posters of the bundled dataset (all events, commentary included), layout and atomic write: the first
 * run in a fresh JVM (fonts loaded and parsed, PDFBox's classes) and the median of the next ones.
 */
final class VectorExportBenchmark {

    private VectorExportBenchmark() {
    }

    static void run() throws Exception {
        TimelineBenchmark.startToolkit();
        Dataset d = new DatasetLoader().loadBundled();
        ExportContext ctx = new ExportContext(d, d.events(), EventFilter.NONE.withCommentary(true), LaneGrouping.ORGANIZATION,
                LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH.plusSeconds(86400), Locale.ENGLISH, false);
        TimelineImage.Options options = new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null);
        Path dir = Files.createTempDirectory("aitl-vector");
        for (String format : new String[] {"svg", "pdf"}) {
            Path out = dir.resolve("poster." + format);
            Stats.ThrowingRunnable export = () -> {
                TimelineImage image = TimelineImage.layout(ctx, options);
                if (format.equals("svg")) image.writeSvg(out);
                else image.writePdf(out, TimelineImage.Pages.SPLIT);
            };
            long t0 = System.nanoTime();
            export.run();
            double first = (System.nanoTime() - t0) / 1e6;
            Stats s = Stats.measure(0, 7, export);
            System.out.printf(Locale.ROOT, "bench export-%s n=%d first_ms=%.0f median_ms=%.0f p95_ms=%.0f file_kb=%d%n",
                    format, ctx.events().size(), first, s.median(), s.p95(), Files.size(out) / 1024);
            Files.delete(out);
        }
        Files.delete(dir);
    }
}
