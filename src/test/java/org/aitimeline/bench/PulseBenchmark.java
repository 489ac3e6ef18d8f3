package org.aitimeline.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.aitimeline.model.Dataset;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.TimelineView;

/**
 * Frame times in a real window: the timeline control alone in a 1200×600 stage on the platform's toolkit (under
 * Xvfb, GTK with software rendering), 1k / 10k / 100k synthetic events, 50 pans and 50 zooms, one per pulse. The
 * figure is the whole pulse as JavaFX's own pulse logger measures it: CSS, layout, our packing and canvas drawing on
 * the FX thread, then painting and presenting on the render thread. A first run repaints a plain canvas of the same
 * size each pulse ({@code bench pulse floor}): what the pipeline costs before the timeline draws anything.
 *
 * <pre>xvfb-run -s "-screen 0 1600x1000x24" mvn -B -Pbench-window package</pre>
 * prints {@code bench pulse pan n=… median_ms=… p95_ms=…} and the same for zoom.
 */
public final class PulseBenchmark {

    static final int STEPS = 50;
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");
    /** The render thread's share of the pulse whose header precedes it: "T13 (21 +15ms): Painting". */
    private static final Pattern PAINTING = Pattern.compile("\\(\\d+ \\+(\\d+)ms\\): Painting");

    /** Pulse lines from the pulse logger, tagged with what the benchmark was doing when they were printed. */
    private static final List<long[]> PULSES = new ArrayList<>();
    private static volatile int phase;

    private PulseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure();
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        // The pulse logger prints one line per pulse, "PULSE: n [ms since the previous pulse:whole pulse ms]", then
        // one line per phase (threshold 0: every pulse).
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "0");
        PrintStream out = System.out;
        PrintStream capture = new PrintStream(new LineSink(System.getenv("PULSE_ECHO") != null ? out : null), true,
                StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> e.printStackTrace(out));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // each size closes its window; the toolkit must stay up
        // The app's theme: the control takes its colours from AtlantaFX's looked-up variables.
        Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        out.println("bench machine cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
                + " prism.order=" + System.getProperty("prism.order", "default"));
        // The pipeline's own cost: the same window repainting a plain canvas (one rectangle) every pulse.
        out.println(floor());
        // One unmeasured round first, so that the first figures do not include compiling the timeline's code.
        Dataset warm = SyntheticEvents.generate(1_000, 20, 10, 5);
        run(warm, "pan", 1_000);
        run(warm, "zoom", 1_000);
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Dataset d = SyntheticEvents.generate(n, 20, 10, 5);
            out.println(run(d, "pan", n));
            out.println(run(d, "zoom", n));
            if (n == 1_000) {
                // Both bundled layers (about 1k events): the record muted under the articles, its small lanes folded.
                org.aitimeline.model.Layers both = org.aitimeline.model.Layers.of(java.util.List.of(
                        org.aitimeline.model.Layer.of(new org.aitimeline.data.DatasetLoader().loadBundled("notable-models")),
                        org.aitimeline.model.Layer.of(new org.aitimeline.data.DatasetLoader().loadBundled("timeline"))));
                int size = both.combined().events().size();
                java.util.function.Predicate<org.aitimeline.model.Event> muted =
                        e -> both.layerOf(e).prominence() == org.aitimeline.model.Layer.Prominence.MUTED;
                out.println(run(both.combined(), "pan", size, muted).replace(" n=", " layers n="));
                out.println(run(both.combined(), "zoom", size, muted).replace(" n=", " layers n="));
            }
        }
        System.exit(0);
    }

    private static String floor() throws Exception {
        return measurePulses("floor", 0, 3, () -> {
            javafx.scene.canvas.Canvas canvas = new javafx.scene.canvas.Canvas(1200, 600);
            Stage stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(canvas), 1200, 600));
            stage.show();
            int[] step = {0};
            return new Object[] {stage, (Runnable) () -> {
                javafx.scene.canvas.GraphicsContext g = canvas.getGraphicsContext2D();
                g.setFill(step[0]++ % 2 == 0 ? javafx.scene.paint.Color.WHITE : javafx.scene.paint.Color.WHITESMOKE);
                g.fillRect(0, 0, 1200, 600);
            }};
        });
    }

    private static String run(Dataset d, String what, int n) throws Exception {
        return run(d, what, n, null);
    }

    /** @param muted the events of a muted layer (null: one dataset, no folding, as before layers) */
    private static String run(Dataset d, String what, int n, java.util.function.Predicate<org.aitimeline.model.Event> muted)
            throws Exception {
        boolean pan = what.equals("pan");
        return measurePulses(what, n, pan ? 1 : 2, () -> {
            TimelineView view = new TimelineView();
            view.setLocale(java.util.Locale.ENGLISH);
            if (muted != null) {
                view.setMaxLanes(20); // as the window does
                view.setMutedEvents(muted);
            }
            view.getEvents().setAll(d.events());
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1200, 600));
            stage.show();
            double start = java.time.LocalDate.of(2020, 1, 1).toEpochDay();
            view.setVisibleRange(EpochDays.toInstant(start), EpochDays.toInstant(start + 365));
            int[] step = {0};
            return new Object[] {stage, (Runnable) () -> {
                double s = EpochDays.of(view.getVisibleStart());
                double e = EpochDays.of(view.getVisibleEnd());
                double span = e - s;
                if (pan) {
                    double dx = (step[0] / 10) % 2 == 0 ? span * 0.02 : -span * 0.02;
                    view.setVisibleRange(EpochDays.toInstant(s + dx), EpochDays.toInstant(e + dx));
                } else {
                    double f = step[0] % 2 == 0 ? 0.9 : 1 / 0.9;
                    double mid = (s + e) / 2;
                    view.setVisibleRange(EpochDays.toInstant(mid - span * f / 2), EpochDays.toInstant(mid + span * f / 2));
                }
                step[0]++;
            }};
        });
    }

    /**
     * Opens what {@code setup} builds (on the FX thread: it returns the stage and the change to make each pulse),
     * lets it settle, makes {@link #STEPS} changes one per pulse and reports the whole pulses logged meanwhile.
     */
    private static String measurePulses(String what, int n, int code, java.util.concurrent.Callable<Object[]> setup)
            throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Object[][] built = new Object[1][];
        Platform.runLater(() -> {
            try {
                built[0] = setup.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Let the window settle (first layout, first packing) before measuring.
        Thread.sleep(1500);
        Stage stage = (Stage) built[0][0];
        Runnable change = (Runnable) built[0][1];
        synchronized (PULSES) {
            PULSES.clear();
        }
        Platform.runLater(() -> new AnimationTimer() {
            int step;

            @Override
            public void handle(long now) {
                // One change per pulse, so each measured pulse draws exactly one new view.
                phase = code;
                change.run();
                if (++step == STEPS) {
                    stop();
                    // Two more pulses so the last change is rendered and logged.
                    Platform.runLater(() -> Platform.runLater(() -> {
                        phase = 0;
                        done.countDown();
                    }));
                }
            }
        }.start());
        if (!done.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the window stopped pulsing");
        Thread.sleep(300);
        List<long[]> measured = new ArrayList<>();
        synchronized (PULSES) {
            for (long[] p : PULSES) if (p[1] == code) measured.add(p);
        }
        Platform.runLater(stage::hide);
        Thread.sleep(300);
        double[] ms = new double[measured.size()];
        double[] paint = new double[measured.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = measured.get(i)[2];
            paint[i] = measured.get(i)[3];
        }
        java.util.Arrays.sort(ms);
        java.util.Arrays.sort(paint);
        String size = n > 0 ? " n=" + n : "";
        if (ms.length == 0) return "bench pulse " + what + size + " no pulses logged";
        // paint_median_ms: the render thread replaying the canvases and painting the scene, the rest of the pulse
        // being the FX thread (our view change, CSS, layout, packing and draw calls) and waiting for the last frame.
        return String.format(java.util.Locale.ROOT, "bench pulse %s%s median_ms=%.0f p95_ms=%.0f paint_median_ms=%.0f pulses=%d",
                what, size, ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)],
                paint[paint.length / 2], ms.length);
    }

    /** Collects the pulse logger's lines as they are printed. */
    private static final class LineSink extends OutputStream {
        private final StringBuilder line = new StringBuilder();
        private final PrintStream echo;

        LineSink(PrintStream echo) {
            this.echo = echo;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                if (echo != null) echo.println(line);
                Matcher m = PULSE.matcher(line);
                if (m.find()) {
                    synchronized (PULSES) {
                        PULSES.add(new long[] {Long.parseLong(m.group(1)), phase, Long.parseLong(m.group(3)), 0});
                    }
                }
                Matcher p = PAINTING.matcher(line);
                if (p.find()) {
                    synchronized (PULSES) {
                        if (!PULSES.isEmpty()) PULSES.get(PULSES.size() - 1)[3] = Long.parseLong(p.group(1));
                    }
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }
}
