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
 * the FX thread, then painting and presenting on the render thread.
 *
 * <pre>xvfb-run -s "-screen 0 1600x1000x24" mvn -B -Pbench-window package</pre>
 * prints {@code bench pulse pan n=… median_ms=… p95_ms=…} and the same for zoom.
 */
public final class PulseBenchmark {

    static final int STEPS = 50;
    private static final Pattern PULSE = Pattern.compile("PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");

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
        // The pulse logger prints one line per pulse: "PULSE: n [fx-thread ms:whole pulse ms]" (threshold 0: all).
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
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Dataset d = SyntheticEvents.generate(n, 20, 10, 5);
            out.println(run(d, "pan", n));
            out.println(run(d, "zoom", n));
        }
        System.exit(0);
    }

    private static String run(Dataset d, String what, int n) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        TimelineView[] view = new TimelineView[1];
        Platform.runLater(() -> {
            view[0] = new TimelineView();
            view[0].setLocale(java.util.Locale.ENGLISH);
            view[0].getEvents().setAll(d.events());
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view[0], 1200, 600));
            stage[0].show();
            double start = java.time.LocalDate.of(2020, 1, 1).toEpochDay();
            view[0].setVisibleRange(EpochDays.toInstant(start), EpochDays.toInstant(start + 365));
        });
        // Let the window settle (first layout, first packing) before measuring.
        Thread.sleep(1500);
        int code = what.equals("pan") ? 1 : 2;
        List<long[]> measured;
        synchronized (PULSES) {
            PULSES.clear();
        }
        Platform.runLater(() -> new AnimationTimer() {
            int step;

            @Override
            public void handle(long now) {
                // One change per pulse, so each measured pulse draws exactly one new view.
                TimelineView v = view[0];
                double s = EpochDays.of(v.getVisibleStart());
                double e = EpochDays.of(v.getVisibleEnd());
                double span = e - s;
                phase = code;
                if (code == 1) {
                    double dx = (step / 10) % 2 == 0 ? span * 0.02 : -span * 0.02;
                    v.setVisibleRange(EpochDays.toInstant(s + dx), EpochDays.toInstant(e + dx));
                } else {
                    double f = step % 2 == 0 ? 0.9 : 1 / 0.9;
                    double mid = (s + e) / 2;
                    v.setVisibleRange(EpochDays.toInstant(mid - span * f / 2), EpochDays.toInstant(mid + span * f / 2));
                }
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
        synchronized (PULSES) {
            measured = new ArrayList<>();
            for (long[] p : PULSES) if (p[1] == code) measured.add(p);
        }
        Platform.runLater(stage[0]::hide);
        Thread.sleep(300);
        double[] ms = new double[measured.size()];
        for (int i = 0; i < ms.length; i++) ms[i] = measured.get(i)[2];
        java.util.Arrays.sort(ms);
        if (ms.length == 0) return "bench pulse " + what + " n=" + n + " no pulses logged";
        return String.format(java.util.Locale.ROOT, "bench pulse %s n=%d median_ms=%.0f p95_ms=%.0f pulses=%d",
                what, n, ms[ms.length / 2], ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)], ms.length);
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
                        PULSES.add(new long[] {Long.parseLong(m.group(1)), phase, Long.parseLong(m.group(3))});
                    }
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }
}
