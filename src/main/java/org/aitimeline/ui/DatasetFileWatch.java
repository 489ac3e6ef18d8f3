package org.aitimeline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.Job;
import org.aitimeline.ui.task.TaskRunner;

/**
 * Notices when the open dataset file is changed by someone else (another editor, a {@code git pull}): its folder is
 * watched with a {@link WatchService} on a task runner of its own (waiting on a folder must not hold a thread of the
 * shared pool), a burst of events is debounced, and a change is reported only when the file's modification time
 * differs from the one last {@linkplain #acknowledge acknowledged} (the app's own saves are acknowledged).
 */
final class DatasetFileWatch {

    private final TaskRunner watcher = new TaskRunner(1);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private Job job;
    private Path file;
    private FileTime known;
    private Runnable onChange = () -> { };

    /** Watches {@code file} (null: nothing) and runs {@code onChange} on the FX thread when it changes. */
    void watch(Path file, Runnable onChange) {
        stop();
        this.file = file;
        this.onChange = onChange;
        if (file == null) return;
        known = modified(file);
        debounce.setOnFinished(e -> {
            FileTime now = modified(this.file);
            start();
            if (!Objects.equals(now, known)) {
                known = now;
                this.onChange.run();
            }
        });
        start();
    }

    /** The file as it is now is known (the app just wrote or read it): no change to report. */
    void acknowledge() {
        if (file != null) known = modified(file);
    }

    void stop() {
        if (job != null) job.cancel();
        job = null;
        debounce.stop();
    }

    private void start() {
        if (job != null) job.cancel();
        Path watched = file;
        Path folder = watched.toAbsolutePath().getParent();
        job = watcher.run(BackgroundTask.of("dataset-watch", j -> {
            try (WatchService service = folder.getFileSystem().newWatchService()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                while (!j.isCancelled()) {
                    WatchKey key = service.poll(500, TimeUnit.MILLISECONDS);
                    if (key == null) continue;
                    boolean ours = false;
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (watched.getFileName().equals(e.context())) ours = true;
                    }
                    if (ours || !key.reset()) return true;
                }
            }
            return false;
        }).onSuccess(changed -> {
            if (changed) debounce.playFromStart();
        }));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return null;
        }
    }
}
