package org.aitimeline.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.FontMetricsTable;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneLayout;
import org.aitimeline.timeline.LanePacking;
import org.aitimeline.timeline.TextWidth;
import org.aitimeline.timeline.TimeScale;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineGeometry;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.timeline.TimelineView;
import org.aitimeline.timeline.ViewPacking;

/**
 * Timeline figures on synthetic data (20 lanes over 10 years): full layout after a grouping change, one frame
 * after a pan and after a zoom (packing when the window would repack, culling, label placement and issuing the
 * Canvas draw calls in a 1600x900 view showing about one year, lanes capped at 8 rows as in the window), a frame
 * with the software rasteriser included, and the heap.
 */
final class TimelineBenchmark {

    static final double WIDTH = 1600;
    static final double HEIGHT = 900;

    private TimelineBenchmark() {
    }

    static void startToolkit() throws InterruptedException {
        org.aitimeline.cli.ExportCommand.startToolkit();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Platform.runLater(task);
        return task.get();
    }

    static void run() throws Exception {
        startToolkit();
        for (int n : new int[] {1_000, 10_000, 100_000, 1_000_000}) {
            runSize(n);
        }
    }

    private static void runSize(int n) throws Exception {
        long before = Stats.usedHeapMb();
        Dataset dataset = SyntheticEvents.generate(n, 20, 10, 7);
        List<Event> events = dataset.events();
        LaneLayout[] layout = {LaneLayout.build(events, new LaneLayout.Options(LaneGrouping.ORGANIZATION))};
        long heap = Stats.usedHeapMb() - before;

        LaneGrouping[] groupings = {LaneGrouping.COUNTRY, LaneGrouping.ORGANIZATION};
        int[] g = {0};
        Stats layoutStats = Stats.measure(3, n >= 1_000_000 ? 7 : 15, () -> {
            layout[0] = LaneLayout.build(events, new LaneLayout.Options(groupings[g[0]++ % 2]));
        });
        layout[0] = LaneLayout.build(events, new LaneLayout.Options(LaneGrouping.ORGANIZATION));

        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        TextWidth width = new FontMetricsTable(TimelineTheme.LIGHT.font());
        TimelineGeometry geo = TimelineGeometry.DEFAULT;
        double start = java.time.LocalDate.of(2020, 1, 1).toEpochDay();
        TimeScale[] scale = {new TimeScale(start, start + 365, geo.headerWidth(), WIDTH - geo.headerWidth())};
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // As the window does it: a packing kept while panning inside it, made again after each zoom.
        ViewPacking packings = new ViewPacking();
        LanePacking.Labels labels = LanePacking.Labels.of(i -> events.get(i).title().en());
        Runnable frame = () -> {
            LanePacking p = packings.get(layout[0], scale[0], TimelineView.DEFAULT_MAX_ROWS, width, labels);
            TimelineFrame f = TimelineFrame.build(p, scale[0], geo, 0, HEIGHT, 0, Locale.ENGLISH, width);
            TimelinePainter.paint(new org.aitimeline.timeline.CanvasSurface(gc), f, TimelineTheme.LIGHT, TimelinePainter.Emphasis.NONE, WIDTH, HEIGHT, 0, 0, WIDTH, HEIGHT);
        };
        int runs = 200;
        int[] step = {0};
        Stats pan = onFx(() -> Stats.measure(40, runs, () -> {
            scale[0] = scale[0].panned((step[0]++ / 25) % 2 == 0 ? -12 : 12);
            frame.run();
        }));
        Stats zoom = onFx(() -> Stats.measure(40, runs, () -> {
            scale[0] = scale[0].zoomed(step[0]++ % 2 == 0 ? 0.9 : 1 / 0.9, WIDTH / 2);
            frame.run();
        }));
        Stats snapshot = onFx(() -> Stats.measure(5, 30, () -> {
            scale[0] = scale[0].panned((step[0]++ / 10) % 2 == 0 ? -12 : 12);
            frame.run();
            canvas.snapshot(null, null);
        }));
        System.out.println(layoutStats.line("layout", "n=" + n));
        System.out.println(pan.line("pan", "n=" + n));
        System.out.println(zoom.line("zoom", "n=" + n));
        System.out.println(snapshot.line("frame+snapshot", "n=" + n));
        System.out.println("bench heap n=" + n + " mb=" + heap);
    }
}
