package org.aitimeline.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.aitimeline.export.ExportCommand;
import org.aitimeline.ui.ExplorerWindow;

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

    /** The same path the real launcher takes: {@code Application.launch}, then the explorer on its stage. */
    public static final class TrainingApp extends Application {
        @Override
        public void start(Stage stage) {
            try {
                STAGE.set(stage);
                ExplorerWindow.standard(stage, getHostServices()::showDocument).show();
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
            int code = train(args, out);
            out.println("aot-training: done");
            System.exit(code);
        } catch (Throwable t) {
            System.err.println("aot-training: failed: " + t);
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static int train(String[] args, PrintStream out) throws Exception {
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            // Never the user's real preference store, even when started without the package script's flags.
            Path prefs = Files.createTempDirectory("aot-training-prefs");
            System.setProperty("java.util.prefs.userRoot", prefs.toString());
        }
        long t0 = System.nanoTime();
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
        waitPulses(5);
        Stage stage = STAGE.get();
        out.printf("aot-training: window shown and laid out (%.0f x %.0f) after %d ms%n", stage.getWidth(),
                stage.getHeight(), (System.nanoTime() - t0) / 1_000_000);

        String[] exportArgs = exportArgs(args);
        try {
            int code = ExportCommand.run(exportArgs, out, System.err);
            if (code != ExportCommand.OK) throw new IllegalStateException("the export exited with " + code);
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("Toolkit already initialized")) throw e;
            // ExportCommand.run starts the toolkit itself (Platform.startup); with the window's toolkit running that
            // must be a no-op. If it is not, the window part of the cache is still good: say so, and go on.
            out.println("aot-training: ExportCommand.run threw with the toolkit running (" + e.getMessage()
                    + "); the cache covers the window but not the export");
        }

        Platform.runLater(stage::close); // the last window: implicit exit ends Application.launch
        fx.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (fx.isAlive()) throw new IllegalStateException("the toolkit did not exit after the window closed");
        if (FAILURE.get() != null) throw new IllegalStateException("the app failed", FAILURE.get());
        return 0;
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
