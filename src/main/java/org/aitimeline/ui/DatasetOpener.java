package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;

/**
 * Opens dataset files for the window (File › Open, a dropped file): loaded on the {@link TaskRunner}, a newer
 * load cancelling an older one; on success the model shows it and it becomes the last dataset, on failure its
 * problems are listed and the current dataset stays. One per window: it outlives the views a language switch rebuilds.
 */
final class DatasetOpener {

    private final ExplorerModel model;
    private final UserPreferences prefs;
    private final Supplier<DialogService> dialogs;
    private final Supplier<Window> window;
    private final TaskSlot loads;

    DatasetOpener(ExplorerModel model, UserPreferences prefs, Supplier<DialogService> dialogs, Supplier<Window> window,
                  TaskRunner tasks) {
        this.model = model;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.window = window;
        this.loads = new TaskSlot(tasks);
    }

    void open(Path file) {
        loads.run(BackgroundTask.of("dataset-load", job -> new DatasetLoader().load(file))
                .onSuccess(d -> {
                    model.setDataset(d);
                    prefs.setLastDataset(file.toAbsolutePath().toString());
                })
                .onFailure(t -> {
                    if (t instanceof DatasetException de) {
                        dialogs.get().showDatasetProblems(window.get(), file, de.problems());
                    } else {
                        Labels labels = model.labels();
                        dialogs.get().showUnexpected(window.get(), labels.get("error.load"), t);
                    }
                }));
    }
}
