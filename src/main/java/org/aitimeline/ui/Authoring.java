package org.aitimeline.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.aitimeline.data.AppLog;
import org.aitimeline.data.RecoveryFile;
import javafx.util.Subscription;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.data.DatasetWriter;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.EditHistory;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.edit.EventForm;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;

/**
 * Editing the open dataset from the window: the undo history, the file it is saved to, the unsaved-changes mark in
 * the title bar and the question before changes are lost, and the Edit menu and File › Save items. Every change
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
    private EventForm openForm;
    private Runnable menuRefresh = () -> { };
    private final RecoveryFile recovery;
    /** The value last written to the recovery file (not written again while it stays current). */
    private Dataset recovered;
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

    /** New event: from the article selection when there is one, else a blank form. */
    void newEvent() {
        Passage p = model.getTextSelection();
        Dataset d = model.getDataset();
        PartialDate date = PartialDate.ofYear(LocalDate.now().getYear());
        List<Passage> passages = List.of();
        if (p != null) {
            passages = List.of(p);
            Source s = d.source(p.source()).orElse(null);
            if (s != null && s.published() != null) date = s.published();
        }
        Event start = new Event("", EventKind.EVENT, date, LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY,
                Category.RELEASE, List.of(), List.of(), List.of(), List.of(), passages, null, "", List.of(), List.of());
        openForm(start, null);
    }

    void editSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) openForm(e, e);
    }

    void duplicateSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) apply(Edit.duplicateEvent(e, Edit.freeId(model.getDataset(), e.id())));
    }

    void deleteSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) apply(Edit.deleteEvent(e));
    }

    /** Adds the article selection as a passage of the selected event (or of the open form's event). */
    void addPassageToSelected() {
        Passage p = model.getTextSelection();
        if (p == null) return;
        if (openForm != null && openForm.isShowing()) {
            openForm.addPassage(p);
            return;
        }
        Event e = model.getSelectedEvent();
        if (e != null) apply(Edit.addPassage(e, p));
    }

    private void openForm(Event start, Event replacing) {
        if (openForm != null && openForm.isShowing()) openForm.cancel();
        EventForm form = new EventForm(stage, model.getDataset(), start, replacing, model.labels(), model.getLocale());
        openForm = form;
        form.show(e -> apply(replacing == null ? Edit.addEvent(e) : Edit.replaceEvent(replacing, e)));
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
            if (elsewhere) copyArticles(d, target);
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

    /** The articles a dataset names by relative path, written beside its new file where none is there yet. */
    private static void copyArticles(Dataset d, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (Source s : d.sources()) {
            Path article = folder.resolve(s.file()).normalize();
            if (!article.startsWith(folder) || Files.exists(article)) continue;
            Files.createDirectories(article.getParent());
            byte[] text = s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFile.write(article, out -> out.write(text));
        }
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

    /** Writes the unsaved changes to the recovery file on the task runner, when they changed since the last time. */
    void writeRecovery() {
        if (history == null) return;
        if (!hasUnsavedChanges()) {
            if (recovered != null) forgetRecovery(); // undone back to the saved value
            return;
        }
        if (history.current() == recovered) return;
        Dataset d = history.current();
        Path origin = file;
        recovered = d;
        tasks.run(BackgroundTask.of("recovery-write", job -> {
            recovery.write(d, origin);
            return d;
        }).onFailure(t -> AppLog.unexpected(Authoring.class, "writing the recovery file", t)));
    }

    /** The changes are saved or given up: the recovery file goes (on the task runner). */
    private void forgetRecovery() {
        recovered = null;
        tasks.run(BackgroundTask.of("recovery-delete", job -> {
            recovery.delete();
            return null;
        }).onFailure(t -> AppLog.unexpected(Authoring.class, "removing the recovery file", t)));
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
     * Adds Save and Save as to the File menu and an Edit menu after it, the Ctrl+Y redo and the article view's
     * context menu; the subscription takes them out again (a language switch builds new ones).
     */
    Subscription install(MenuBar bar, java.util.function.Consumer<Path> open) {
        Scene scene = stage.getScene();
        Labels labels = model.labels();
        Menu fileMenu = bar.getMenus().get(0);
        Menu recent = new Menu(labels.get("menu.file.recent"));
        recent.setId("recentMenu");
        recent.getItems().add(new MenuItem()); // a menu with no item never shows (so never fills itself)
        recent.setOnShowing(e -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (String path : prefs.recentFiles()) {
                Path p = Path.of(path);
                boolean missing = !Files.isRegularFile(p);
                String parent = p.getParent() == null ? "" : "  (" + p.getParent() + ")";
                MenuItem i = new MenuItem(missing ? labels.format("menu.file.recent.missing", p.getFileName()) + parent
                        : p.getFileName() + parent);
                i.setMnemonicParsing(false);
                i.setDisable(missing);
                i.setOnAction(a -> open.accept(p));
                items.add(i);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(labels.get("menu.file.recent.none"));
                none.setDisable(true);
                items.add(none);
            }
            recent.getItems().setAll(items);
        });
        fileMenu.getItems().add(1, recent);
        javafx.scene.layout.HBox externalBar = externalBar(labels);
        javafx.scene.layout.VBox top = (javafx.scene.layout.VBox) bar.getParent();
        top.getChildren().add(externalBar);
        MenuItem save = item("saveItem", labels.get("menu.file.save"), "Shortcut+S", () -> save(null));
        MenuItem saveAs = item("saveAsItem", labels.get("menu.file.saveAs"), "Shortcut+Shift+S", () -> saveAs(null));
        fileMenu.getItems().addAll(2, List.of(save, saveAs));
        MenuItem undo = item("undoItem", "", "Shortcut+Z", this::undo);
        MenuItem redo = item("redoItem", "", "Shortcut+Shift+Z", this::redo);
        MenuItem newEvent = item("newEventItem", labels.get("menu.edit.new"), "Shortcut+N", this::newEvent);
        MenuItem edit = item("editEventItem", labels.get("menu.edit.edit"), "F2", this::editSelected);
        MenuItem duplicate = item("duplicateItem", labels.get("menu.edit.duplicate"), "Shortcut+D", this::duplicateSelected);
        MenuItem delete = item("deleteItem", labels.get("menu.edit.delete"), "Delete", this::deleteSelected);
        MenuItem addPassage = item("addPassageItem", labels.get("menu.edit.addPassage"), "Shortcut+Shift+P",
                this::addPassageToSelected);
        Menu editMenu = new Menu(labels.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), newEvent, edit,
                duplicate, delete, new SeparatorMenuItem(), addPassage);
        editMenu.setId("editMenu");
        bar.getMenus().add(1, editMenu);
        KeyCombination ctrlY = KeyCombination.keyCombination("Shortcut+Y");
        Runnable redoKey = this::redo;
        scene.getAccelerators().put(ctrlY, redoKey);
        menuRefresh = () -> {
            boolean hasEvent = model.getSelectedEvent() != null;
            boolean hasText = model.getTextSelection() != null;
            undo.setText(history != null && history.canUndo()
                    ? labels.format("menu.edit.undoNamed", actionName(labels, history.nextUndo().orElseThrow()))
                    : labels.get("menu.edit.undo"));
            undo.setDisable(history == null || !history.canUndo());
            redo.setText(history != null && history.canRedo()
                    ? labels.format("menu.edit.redoNamed", actionName(labels, history.nextRedo().orElseThrow()))
                    : labels.get("menu.edit.redo"));
            redo.setDisable(history == null || !history.canRedo());
            newEvent.setText(labels.get(hasText ? "menu.edit.newFromSelection" : "menu.edit.new"));
            edit.setDisable(!hasEvent);
            duplicate.setDisable(!hasEvent);
            delete.setDisable(!hasEvent);
            addPassage.setDisable(!hasText || !hasEvent && (openForm == null || !openForm.isShowing()));
        };
        menuRefresh.run();
        ContextMenu articleMenu = new ContextMenu();
        articleMenu.setId("articleMenu");
        MenuItem fromSelection = new MenuItem(labels.get("menu.edit.newFromSelection"));
        fromSelection.setOnAction(a -> newEvent());
        MenuItem passageItem = new MenuItem(labels.get("menu.edit.addPassage"));
        passageItem.setOnAction(a -> addPassageToSelected());
        articleMenu.getItems().addAll(fromSelection, passageItem);
        javafx.event.EventHandler<ContextMenuEvent> onMenu = c -> {
            if (model.getTextSelection() == null || !inArticle(c.getPickResult().getIntersectedNode())) return;
            passageItem.setDisable(model.getSelectedEvent() == null && (openForm == null || !openForm.isShowing()));
            articleMenu.show((Node) c.getPickResult().getIntersectedNode(), c.getScreenX(), c.getScreenY());
            c.consume();
        };
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
        updateTitle();
        return Subscription.combine(
                model.selectedEventProperty().subscribe(e -> menuRefresh.run()),
                model.textSelectionProperty().subscribe(p -> menuRefresh.run()),
                externalChange.subscribe(on -> {
                    externalBar.setVisible(on);
                    externalBar.setManaged(on);
                }),
                () -> {
                    menuRefresh = () -> { };
                    scene.getAccelerators().remove(ctrlY, redoKey);
                    scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
                });
    }

    /** "The file changed on disk. [Reload] [Keep mine]" */
    private javafx.scene.layout.HBox externalBar(Labels labels) {
        javafx.scene.control.Label text = new javafx.scene.control.Label(labels.get("external.text"));
        text.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button reload = new javafx.scene.control.Button(labels.get("external.reload"));
        reload.setId("externalReload");
        reload.setOnAction(a -> reload());
        javafx.scene.control.Button keep = new javafx.scene.control.Button(labels.get("external.keep"));
        keep.setId("externalKeep");
        keep.setOnAction(a -> keepMine());
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(10, text, reload, keep);
        box.setId("externalBar");
        box.getStyleClass().add("restored-bar");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static String actionName(Labels labels, Edit e) {
        return labels.format(e.action().messageKey(), e.subject());
    }

    private static boolean inArticle(Node n) {
        for (; n != null; n = n.getParent()) if ("articleText".equals(n.getId())) return true;
        return false;
    }

    /** A menu item whose action does nothing while a text field has the focus (Delete and Ctrl+Z are the field's). */
    private MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(a -> {
            Scene scene = stage.getScene();
            if (scene != null && scene.getFocusOwner() instanceof TextInputControl && a.getSource() == m
                    && isFieldKey(accelerator)) {
                return;
            }
            action.run();
        });
        return m;
    }

    private static boolean isFieldKey(String accelerator) {
        return accelerator.equals("Delete") || accelerator.equals("Shortcut+Z") || accelerator.equals("Shortcut+Shift+Z");
    }
}
