package org.aitimeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;

/**
 * Opens dataset files for the window (File › Open, a dropped file): loaded on the {@link TaskRunner}, a newer
 * load cancelling an older one; on success the model shows it and it becomes the last dataset, on failure its
 * problems are listed and the current dataset stays. A TimelineJS story (JSON or sheet CSV) is recognised first by
 * its content; the person chooses whether its groups become organizations or categories, and after it opens is told
 * what the import could not keep (eras, the title slide's text). One per window: it outlives the views a language
 * switch rebuilds.
 */
final class DatasetOpener {

    /** How much of a file is read to recognise a TimelineJS story: its top-level fields come first. */
    private static final int SNIFF_BYTES = 256 * 1024;

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
        loads.run(BackgroundTask.of("dataset-sniff", job -> storyShape(file))
                .onSuccess(shape -> {
                    if (shape.isEmpty()) {
                        load(file, TimelineJsImport.GroupAs.ORGANIZATION);
                    } else {
                        dialogs.get().chooseGroupAs(window.get(), file).ifPresent(groupAs -> load(file, groupAs));
                    }
                })
                // A file that cannot even be read: the loader says why, in its own words.
                .onFailure(t -> load(file, TimelineJsImport.GroupAs.ORGANIZATION)));
    }

    /** The TimelineJS shape of the file's start, or empty for our own format (or anything else). */
    static Optional<TimelineJsImport.Shape> storyShape(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        return Optional.ofNullable(TimelineJsImport.recognise(file.getFileName().toString(), head, bom));
    }

    private void load(Path file, TimelineJsImport.GroupAs groupAs) {
        List<Problem> notices = new CopyOnWriteArrayList<>();
        loads.run(BackgroundTask.of("dataset-load", job -> new DatasetLoader().load(file, groupAs, notices::add))
                .onSuccess(d -> {
                    model.setDataset(d);
                    prefs.setLastDataset(file.toAbsolutePath().toString());
                    if (!notices.isEmpty()) dialogs.get().showImportNotices(window.get(), file, List.copyOf(notices));
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
