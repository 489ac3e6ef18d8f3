package org.aitimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.aitimeline.cli.CommandOutput;
import org.aitimeline.cli.ExportCommand;

/**
 * The training run for the installer's ahead-of-time cache (JDK 25, {@code -XX:AOTCacheOutput}); used only at
 * package time by {@code src/packaging/package.sh}, never by the installed app. It does what a user's first
 * seconds do, so that the classes they load and link end up in the cache: starts the toolkit the way
 * {@link Launcher} does ({@code Application.launch}), opens the explorer window as {@link TimelineApp} does, on the
 * bundled dataset (fresh preferences: no last dataset), lets it lay out and paint a few frames, renders a PNG
 * through the command-line export in the same process, closes the window and exits 0. Any failure exits 1, so the build stops instead of shipping a cache of a broken run.
 *
 * <p>Run it with exactly the installed launcher's JVM options (the cache is only accepted with the same module
 * graph, class path and {@code --add-exports}) and with {@code -Duser.home}/{@code -Djava.util.prefs.userRoot}
 * pointing at a throwaway folder, so no real preferences are read or written.
 *
 * <pre>usage: AotTraining [PNG path] [export options...]   (default: a temporary PNG, --group-by country)</pre>
 */
public final class AotTraining {

    private static final long TIMEOUT_SECONDS = 120;
    private static final CountDownLatch SHOWN = new CountDownLatch(1);
    private static final AtomicReference<Stage> STAGE = new AtomicReference<>();
    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();

    private AotTraining() {
    }

    /**
     * The same path the real launcher takes: the dataset read on another thread while the toolkit starts, then
     * {@link TimelineApp}'s start (the window with its loading message, the explorer built once the dataset is in).
     */
    public static final class TrainingApp extends TimelineApp {
        @Override
        public void start(Stage stage) {
            try {
                STAGE.set(stage);
                super.start(stage);
            } catch (Throwable t) {
                FAILURE.set(t);
            } finally {
                SHOWN.countDown();
            }
        }
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            train(args, out);
            out.println("aot-training: done");
            System.exit(0);
        } catch (Throwable t) {
            System.err.println("aot-training: failed: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void train(String[] args, PrintStream out) throws Exception {
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            // Never the user's real preference store, even when started without the package script's flags.
            Path prefs = Files.createTempDirectory("aot-training-prefs");
            System.setProperty("java.util.prefs.userRoot", prefs.toString());
        }
        long t0 = System.nanoTime();
        TimelineApp.preload(null);
        Thread fx = new Thread(() -> {
            try {
                Application.launch(TrainingApp.class);
            } catch (Throwable t) {
                FAILURE.compareAndSet(null, t);
                SHOWN.countDown();
            }
        }, "aot-training-launch");
        fx.start();
        if (!SHOWN.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("the window did not open");
        if (FAILURE.get() != null) throw new IllegalStateException("the window failed to open", FAILURE.get());
        waitForExplorer();
        waitPulses(5);
        Stage stage = STAGE.get();
        out.printf("aot-training: window shown and laid out (%.0f x %.0f) after %d ms%n", stage.getWidth(),
                stage.getHeight(), (System.nanoTime() - t0) / 1_000_000);

        // ExportCommand starts the toolkit itself, which with the window's toolkit running is a no-op.
        int code = ExportCommand.run(exportArgs(args), out, System.err);
        if (code != CommandOutput.OK) throw new IllegalStateException("the export exited with " + code);

        Platform.runLater(stage::close); // the last window: implicit exit ends Application.launch
        fx.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (fx.isAlive()) throw new IllegalStateException("the toolkit did not exit after the window closed");
        if (FAILURE.get() != null) throw new IllegalStateException("the app failed", FAILURE.get());
    }

    private static String[] exportArgs(String[] args) throws IOException {
        Path png;
        if (args.length > 0) {
            png = Path.of(args[0]);
        } else {
            png = Files.createTempFile("aot-training", ".png");
            png.toFile().deleteOnExit();
        }
        if (args.length > 1) {
            String[] a = new String[args.length + 1];
            a[0] = "--export";
            a[1] = png.toString();
            System.arraycopy(args, 1, a, 2, args.length - 1);
            return a;
        }
        return new String[] {"--export", png.toString(), "--group-by", "country"};
    }

    /** Waits until the explorer has replaced the loading message (its menu bar is in the scene). */
    private static void waitForExplorer() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> built = new CompletableFuture<>();
            Platform.runLater(() -> built.complete(STAGE.get().getScene() != null
                    && STAGE.get().getScene().lookup(".menu-bar") != null));
            try {
                if (built.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the FX thread did not answer", e);
            }
            if (FAILURE.get() != null) throw new IllegalStateException("the explorer failed to open", FAILURE.get());
            Thread.sleep(50);
        }
        throw new IllegalStateException("the explorer did not replace the loading message");
    }

    /** Waits until the toolkit has run {@code n} pulses (frames), so CSS, layout and the first paints happened. */
    private static void waitPulses(int n) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(n);
        AnimationTimer[] timer = new AnimationTimer[1];
        Platform.runLater(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.countDown();
                    if (pulses.getCount() == 0) stop();
                }
            };
            timer[0].start();
        });
        if (!pulses.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) throw new IllegalStateException("no pulses");
    }
}
