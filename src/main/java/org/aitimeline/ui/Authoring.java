package org.aitimeline.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.aitimeline.data.RecoveryFile;
import javafx.util.Subscription;
import org.aitimeline.data.DatasetWriter;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.EditHistory;
import org.aitimeline.model.Event;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;

/**
 * Editing the open dataset from the window: the undo history, the file it is saved to, the unsaved-changes mark in
 * the title bar and the question before changes are lost, recovery after a crash and a file changed on disk; the
 * commands are {@link EditCommands}, the menus {@link EditMenu}. Every change
 * goes through the {@link ExplorerModel} as one command that replaces the dataset ({@link ExplorerModel#replaceDataset}),
 * so the filter, the selection and the view stay. One per window: it outlives the views a language switch rebuilds.
 */
final class Authoring {

    private final ExplorerModel model;
    private final Supplier<DialogService> dialogs;
    private final Stage stage;
    private final TaskRunner tasks;
    private EditHistory history;
    /** Where Save writes; null for the read-only bundled dataset (Save asks where to save a copy). */
    private Path file;
    private boolean applying;
    private final EditCommands commands;
    private Runnable menuRefresh = () -> { };
    private final RecoveryFile recovery;
    private final UnsavedCopy unsavedCopy;
    /** Restored after a crash: unsaved, although the history starts at it. */
    private boolean restoredUnsaved;

    /** How often unsaved changes are written to the recovery file; {@code -Daitimeline.recovery.seconds} for tests. */
    static final Duration RECOVERY_INTERVAL = Duration.seconds(Integer.getInteger("aitimeline.recovery.seconds", 30));

    private final UserPreferences prefs;
    private final DatasetFileWatch watch = new DatasetFileWatch();
    /** The open file changed on disk while there were unsaved changes: the bar asks Reload / Keep mine. */
    private final javafx.beans.property.BooleanProperty externalChange = new javafx.beans.property.SimpleBooleanProperty();

    Authoring(ExplorerModel model, Supplier<DialogService> dialogs, Stage stage, TaskRunner tasks, RecoveryFile recovery,
              UserPreferences prefs) {
        this.recovery = recovery;
        this.unsavedCopy = new UnsavedCopy(recovery, tasks);
        this.prefs = prefs;
        Timeline every = new Timeline(new KeyFrame(RECOVERY_INTERVAL, a -> writeRecovery()));
        every.setCycleCount(Animation.INDEFINITE);
        every.play();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, h -> {
            every.stop();
            watch.stop();
        });
        this.model = model;
        this.dialogs = dialogs;
        this.stage = stage;
        this.tasks = tasks;
        this.commands = new EditCommands(model, stage, this::apply);
        // A dataset the history did not make was opened: it starts a new history.
        model.datasetProperty().subscribe(d -> {
            if (!applying && d != null && (history == null || history.current() != d)) {
                history = new EditHistory(d);
                restoredUnsaved = false;
                file = "bundled".equals(d.origin()) || d.origin().isEmpty() ? null : Path.of(d.origin());
                if (file != null) prefs.addRecentFile(file.toAbsolutePath().toString());
                externalChange.set(false);
                watch.watch(file, this::changedOnDisk);
                changed();
            }
        });
    }

    boolean hasUnsavedChanges() {
        return history != null && (history.hasUnsavedChanges() || restoredUnsaved);
    }

    Path file() {
        return file;
    }

    // ----- edits -----

    void apply(Edit edit) {
        Dataset next = history.apply(edit);
        show(next, edit.added());
    }

    void undo() {
        if (history == null || !history.canUndo()) return;
        Edit e = history.nextUndo().orElseThrow();
        show(history.undo(), e.removed());
    }

    void redo() {
        if (history == null || !history.canRedo()) return;
        Edit e = history.nextRedo().orElseThrow();
        show(history.redo(), e.added());
    }

    private void show(Dataset d, Event select) {
        applying = true;
        try {
            model.replaceDataset(d, select == null ? null : d.event(select.id()).orElse(null));
        } finally {
            applying = false;
        }
        changed();
    }

    // ----- saving -----

    void save(Runnable then) {
        if (file == null) saveAs(then);
        else write(file, then);
    }

    void saveAs(Runnable then) {
        String suggested = file == null ? "timeline.json" : file.getFileName().toString();
        dialogs.get().chooseSaveTarget(stage, suggested).ifPresent(target -> write(target, then));
    }

    /** Writes the current dataset on the task runner (never on the FX thread); the articles go beside a new file. */
    private void write(Path target, Runnable then) {
        Dataset d = history.current();
        boolean elsewhere = file == null || !target.toAbsolutePath().getParent().equals(file.toAbsolutePath().getParent());
        tasks.run(BackgroundTask.of("dataset-save", job -> {
            new DatasetWriter().save(d, target);
            if (elsewhere) DatasetWriter.writeArticles(d, target.toAbsolutePath().getParent());
            return target;
        }).onSuccess(saved -> {
            if (saved.equals(file)) watch.acknowledge();
            else watch.watch(saved, this::changedOnDisk);
            externalChange.set(false);
            file = saved;
            prefs.addRecentFile(saved.toAbsolutePath().toString());
            if (history.current() == d) {
                history.markSaved();
                restoredUnsaved = false;
                forgetRecovery();
            }
            changed();
            if (then != null) then.run();
        }).onFailure(t -> {
            Labels labels = model.labels();
            if (t instanceof IOException io) {
                dialogs.get().showError(stage, labels.get("save.failed"), labels.format("save.failedText", target, io.getMessage()));
            } else {
                dialogs.get().showUnexpected(stage, labels.get("save.failed"), t);
            }
        }));
    }

    /** Runs {@code then} once unsaved changes are saved or given up (asking first), not at all when cancelled. */
    void whenDiscardable(Runnable then) {
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        switch (dialogs.get().askUnsaved(stage, datasetName())) {
            case SAVE -> save(then);
            case DISCARD -> {
                forgetRecovery();
                then.run();
            }
            case CANCEL -> { }
        }
    }

    // ----- the file changed on disk -----

    /** Reloads by itself when nothing is unsaved; otherwise the bar asks. */
    private void changedOnDisk() {
        if (hasUnsavedChanges()) externalChange.set(true);
        else reload();
    }

    /** Reads the file again (the unsaved changes, if any, are given up: the user asked). */
    void reload() {
        Path f = file;
        if (f == null) return;
        externalChange.set(false);
        tasks.run(BackgroundTask.of("dataset-reload", job -> new org.aitimeline.data.DatasetLoader().load(f))
                .onSuccess(d -> {
                    forgetRecovery();
                    model.setDataset(d, model.getFilter());
                })
                .onFailure(t -> {
                    if (t instanceof org.aitimeline.data.DatasetException de) {
                        dialogs.get().showDatasetProblems(stage, f, de.problems());
                    } else {
                        dialogs.get().showUnexpected(stage, model.labels().get("error.load"), t);
                    }
                }));
    }

    /** Keeps the window's version; the file's is overwritten by the next save. */
    void keepMine() {
        externalChange.set(false);
    }

    // ----- recovery -----

    /** Writes the unsaved changes to the recovery file, or removes it when undone back to the saved value. */
    void writeRecovery() {
        if (history == null) return;
        if (hasUnsavedChanges()) unsavedCopy.write(history.current(), file);
        else if (unsavedCopy.exists()) unsavedCopy.forget();
    }

    private void forgetRecovery() {
        unsavedCopy.forget();
    }

    /** At start: offers what a crashed run left; restored, it is shown as unsaved changes to its file. */
    void offerRecovery() {
        tasks.run(BackgroundTask.of("recovery-find", job -> recovery.find()).onSuccess(found -> {
            if (found.isEmpty()) return;
            RecoveryFile.Found f = found.get();
            String name = f.origin() == null ? model.labels().title(model.getDataset()) : f.origin().getFileName().toString();
            if (!dialogs.get().askRestore(stage, name, f.written())) {
                forgetRecovery();
                return;
            }
            tasks.run(BackgroundTask.of("recovery-load", job -> recovery.load(f)).onSuccess(d -> {
                model.setDataset(d);
                file = f.origin();
                watch.watch(file, this::changedOnDisk);
                restoredUnsaved = true;
                changed();
            }).onFailure(t -> dialogs.get().showUnexpected(stage, model.labels().get("recovery.failed"), t)));
        }));
    }

    private String datasetName() {
        return file != null ? file.getFileName().toString() : model.labels().title(model.getDataset());
    }

    // ----- title and menus -----

    private void changed() {
        updateTitle();
        menuRefresh.run();
    }

    /** "name — app", with "• " in front while there are unsaved changes. */
    void updateTitle() {
        if (history == null) return;
        Labels labels = model.labels();
        boolean unsaved = hasUnsavedChanges();
        // The app's own dataset, unchanged, is the app: its name alone.
        if (file == null && !unsaved) stage.setTitle(labels.get("app.title"));
        else stage.setTitle((unsaved ? "• " : "") + datasetName() + " — " + labels.get("app.title"));
    }

    /**
     * Adds Save and Save as to the File menu and an Edit menu after it ({@link EditMenu}); the subscription takes
     * them out again (a language switch builds new ones).
     */
    Subscription install(MenuBar bar, java.util.function.Consumer<Path> open) {
        return new EditMenu(this, commands, model, stage, prefs).install(bar, open);
    }

    /** {@code refresh} runs after every change (the menus' names and states follow the history). */
    void onChange(Runnable refresh) {
        menuRefresh = refresh;
        refresh.run();
    }

    void refreshMenus() {
        menuRefresh.run();
    }

    EditHistory history() {
        return history;
    }

    javafx.beans.property.BooleanProperty externalChangeProperty() {
        return externalChange;
    }
}
