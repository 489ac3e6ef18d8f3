package org.aitimeline.bench;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aitimeline.export.ExportContext;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.aitimeline.ui.ExportDialog;

/**
 * A person typing a title into File › Export PNG… over 10k and 100k synthetic events: 20 characters, one every
 * 50 ms, then 1.5 s for the last preview to come in. A probe thread posts a no-op to the FX thread, waits for it,
 * sleeps 5 ms and posts again: {@code fx_busy_pct} is the time the probes waited over the run's wall time (the share
 * of time the FX thread was not idle, whether computing or waiting for the renderer), {@code max_stall_ms} the
 * longest single wait.
 */
final class PreviewBenchmark {

    private static final int CHARACTERS = 20;
    private static final long TYPING_INTERVAL_MS = 50;
    private static final long SETTLE_MS = 1500;

    private PreviewBenchmark() {
    }

    static void run() throws Exception {
        TimelineBenchmark.startToolkit();
        Platform.setImplicitExit(false);
        measure(1_000, false); // warm-up: compiles the layout and painting code
        for (int n : new int[] {10_000, 100_000}) measure(n, true);
    }

    private static void measure(int n, boolean print) throws Exception {
        Dataset d = SyntheticEvents.generate(n, 20, 10, 13);
        ExportContext ctx = new ExportContext(d, d.events(), EventFilter.NONE, LaneGrouping.ORGANIZATION,
                LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH.plusSeconds(86400), Locale.ENGLISH, false);
        TextField title = TimelineBenchmark.onFx(() -> {
            Stage owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 400, 300));
            owner.show();
            new ExportDialog(owner, ctx, null, org.aitimeline.ui.task.TaskRunner.shared()).show();
            return (TextField) Window.getWindows().stream().filter(w -> w != owner && w.getScene() != null)
                    .map(w -> w.getScene().lookup("#exportTitle")).filter(x -> x != null).findFirst().orElseThrow();
        });
        // Let the first preview come in before typing.
        Thread.sleep(SETTLE_MS + n / 20);

        AtomicLong maxStall = new AtomicLong();
        AtomicLong late = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread probe = new Thread(() -> {
            while (!stop.get()) {
                long posted = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(ran::countDown);
                try {
                    ran.await();
                    long ns = System.nanoTime() - posted;
                    late.addAndGet(ns);
                    maxStall.accumulateAndGet(ns / 1_000_000, Math::max);
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        probe.setDaemon(true);
        long t0 = System.nanoTime();
        probe.start();
        for (int i = 0; i < CHARACTERS; i++) {
            char c = (char) ('a' + i % 26);
            Platform.runLater(() -> title.appendText(Character.toString(c)));
            Thread.sleep(TYPING_INTERVAL_MS);
        }
        Thread.sleep(SETTLE_MS);
        stop.set(true); // the probe ends after its answer: a stall in progress is measured whole
        probe.join();
        long wall = System.nanoTime() - t0;
        if (System.getenv("PREVIEW_DEBUG") != null) {
            System.out.println(TimelineBenchmark.onFx(() -> title.getText() + " / " + ((javafx.scene.control.Label) title.getScene().lookup("#exportStatus")).getText()
                    + " / " + ((javafx.scene.image.ImageView) title.getScene().lookup("#exportPreview")).getImage()));
        }
        if (print) {
            System.out.printf(Locale.ROOT, "bench preview n=%d fx_busy_pct=%.0f max_stall_ms=%d%n", n,
                    100.0 * late.get() / wall, maxStall.get());
        }
        TimelineBenchmark.onFx(() -> {
            for (Window w : java.util.List.copyOf(Window.getWindows())) w.hide();
            return null;
        });
    }
}
