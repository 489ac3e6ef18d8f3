package org.aitimeline.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.aitimeline.ui.ExplorerViews;
import org.aitimeline.ui.ExplorerWindow;
import org.aitimeline.ui.StartupTrace;
import org.aitimeline.ui.UserPreferences;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.data.AppLog;

/** The JavaFX application: opens the explorer window on a given file, the last dataset or the bundled one. */
public class TimelineApp extends Application {

    /**
     * The dataset the window opens on, read by {@link Launcher} on another thread while the toolkit starts (null
     * when the application is launched some other way: it is then read here).
     */
    static volatile CompletableFuture<org.aitimeline.ui.WindowStart> start;
    /** The window's views, made on another thread while the FX thread shows the loading window. */
    private CompletableFuture<ExplorerViews> views;

    /** Starts reading what the window opens on ({@code file}, or the last or the bundled dataset). */
    static void preload(Path file) {
        start = TaskRunner.shared().supply(() -> org.aitimeline.ui.WindowStart.read(UserPreferences.forUser(), file));
        start.thenRun(() -> StartupTrace.mark("dataset-read"));
    }

    /**
     * Starts making the window's views on another thread, so the FX thread only wires and shows them. Not before: the
     * first control made sets the default theme through the toolkit, which must be running (this runs once it is).
     */
    @Override
    public void init() {
        views = ExplorerViews.preload();
        views.thenRun(() -> StartupTrace.mark("views-made"));
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartupTrace.mark("toolkit-started");
        AppLog.install(); // a second call (after Launcher's) does nothing; started some other way, this one counts
        if (start == null) preload(null);
        if (views == null) init(); // started without Application.launch (a test): make them now
        ExplorerWindow window = ExplorerWindow.standard(stage, getHostServices()::showDocument);
        // A bug in a handler shows its details and the log's path instead of vanishing into the console.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> window.showUnexpected(error));
        window.showWhileLoading(start, views);
    }
}
