package org.aitimeline.ui;

import java.nio.file.Path;
import org.aitimeline.data.AppLog;
import org.aitimeline.data.RecoveryFile;
import org.aitimeline.model.Dataset;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;

/**
 * The unsaved changes kept in the recovery file, written and removed on the task runner (never on the FX thread);
 * a value already written is not written again.
 */
final class UnsavedCopy {

    private final RecoveryFile recovery;
    private final TaskRunner tasks;
    /** The value last written (null when there is no copy). */
    private Dataset written;

    UnsavedCopy(RecoveryFile recovery, TaskRunner tasks) {
        this.recovery = recovery;
        this.tasks = tasks;
    }

    /** Writes {@code d}, the changes to {@code origin} (null for the bundled dataset), unless it is written already. */
    void write(Dataset d, Path origin) {
        if (d == written) return;
        written = d;
        tasks.run(BackgroundTask.of("recovery-write", job -> {
            recovery.write(d, origin);
            return d;
        }).onFailure(t -> AppLog.unexpected(Authoring.class, "writing the recovery file", t)));
    }

    boolean exists() {
        return written != null;
    }

    /** The changes are saved or given up: the copy goes. */
    void forget() {
        written = null;
        tasks.run(BackgroundTask.of("recovery-delete", job -> {
            recovery.delete();
            return null;
        }).onFailure(t -> AppLog.unexpected(Authoring.class, "removing the recovery file", t)));
    }
}
