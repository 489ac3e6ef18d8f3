package org.aitimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.aitimeline.model.Edit;
import org.aitimeline.model.EditHistory;
import org.aitimeline.text.Labels;

/**
 * The window's authoring controls: File › Open recent, Save and Save as, the Edit menu (with Undo and Redo named
 * after their edit), Ctrl+Y, the article view's context menu on a selection, a double-click on the table or the
 * details pane to edit the event, and the bar that offers Reload / Keep mine when the file changed on disk.
 */
final class EditMenu {

    private final Authoring authoring;
    private final EditCommands commands;
    private final ExplorerModel model;
    private final Stage stage;
    private final UserPreferences prefs;

    EditMenu(Authoring authoring, EditCommands commands, ExplorerModel model, Stage stage, UserPreferences prefs) {
        this.authoring = authoring;
        this.commands = commands;
        this.model = model;
        this.stage = stage;
        this.prefs = prefs;
    }

    /** Adds everything to the window; the subscription takes it out again (a language switch builds new ones). */
    Subscription install(MenuBar bar, Consumer<Path> open) {
        Scene scene = stage.getScene();
        Labels labels = model.labels();
        Menu fileMenu = bar.getMenus().get(0);
        fileMenu.getItems().add(1, recentMenu(labels, open));
        HBox externalBar = externalBar(labels);
        ((VBox) bar.getParent()).getChildren().add(externalBar);
        MenuItem save = item("saveItem", labels.get("menu.file.save"), "Shortcut+S", () -> authoring.save(null));
        MenuItem saveAs = item("saveAsItem", labels.get("menu.file.saveAs"), "Shortcut+Shift+S", () -> authoring.saveAs(null));
        fileMenu.getItems().addAll(2, List.of(save, saveAs));
        MenuItem undo = item("undoItem", "", "Shortcut+Z", authoring::undo);
        MenuItem redo = item("redoItem", "", "Shortcut+Shift+Z", authoring::redo);
        MenuItem newEvent = item("newEventItem", labels.get("menu.edit.new"), "Shortcut+N", commands::newEvent);
        MenuItem edit = item("editEventItem", labels.get("menu.edit.edit"), "F2", commands::editSelected);
        MenuItem duplicate = item("duplicateItem", labels.get("menu.edit.duplicate"), "Shortcut+D", commands::duplicateSelected);
        MenuItem delete = item("deleteItem", labels.get("menu.edit.delete"), "Delete", commands::deleteSelected);
        MenuItem addPassage = item("addPassageItem", labels.get("menu.edit.addPassage"), "Shortcut+Shift+P",
                commands::addPassageFromSelection);
        MenuItem addCorrection = item("addCorrectionItem", labels.get("menu.edit.addCorrection"), "Shortcut+Shift+R",
                commands::addCorrectionFromSelection);
        Menu editMenu = new Menu(labels.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), newEvent, edit,
                duplicate, delete, new SeparatorMenuItem(), addPassage, addCorrection);
        editMenu.setId("editMenu");
        bar.getMenus().add(1, editMenu);
        KeyCombination ctrlY = KeyCombination.keyCombination("Shortcut+Y");
        Runnable redoKey = authoring::redo;
        scene.getAccelerators().put(ctrlY, redoKey);
        authoring.onChange(() -> {
            EditHistory history = authoring.history();
            boolean hasEvent = model.getSelectedEvent() != null;
            boolean hasText = model.getTextSelection() != null;
            boolean canUndo = history != null && history.canUndo();
            boolean canRedo = history != null && history.canRedo();
            undo.setText(canUndo ? labels.format("menu.edit.undoNamed", actionName(labels, history.nextUndo().orElseThrow()))
                    : labels.get("menu.edit.undo"));
            undo.setDisable(!canUndo);
            redo.setText(canRedo ? labels.format("menu.edit.redoNamed", actionName(labels, history.nextRedo().orElseThrow()))
                    : labels.get("menu.edit.redo"));
            redo.setDisable(!canRedo);
            newEvent.setText(labels.get(hasText ? "menu.edit.newFromSelection" : "menu.edit.new"));
            edit.setDisable(!hasEvent);
            duplicate.setDisable(!hasEvent);
            delete.setDisable(!hasEvent);
            // With no event selected, the selection goes to the open form or to an event asked for.
            addPassage.setDisable(!hasText);
            addCorrection.setDisable(!hasText);
        });
        ContextMenu articleMenu = new ContextMenu();
        articleMenu.setId("articleMenu");
        articleMenu.getItems().addAll(
                contextItem("articleNewEvent", labels.get("menu.edit.newFromSelection"), commands::newEvent),
                contextItem("articleAddPassage", labels.get("menu.edit.addPassage"), commands::addPassageFromSelection),
                contextItem("articleAddCorrection", labels.get("menu.edit.addCorrection"),
                        commands::addCorrectionFromSelection));
        EventHandler<ContextMenuEvent> onMenu = c -> {
            if (model.getTextSelection() == null || !within(c.getPickResult().getIntersectedNode(), "articleText")) return;
            articleMenu.show((Node) c.getPickResult().getIntersectedNode(), c.getScreenX(), c.getScreenY());
            c.consume();
        };
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
        EventHandler<MouseEvent> onDoubleClick = m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2 && editableAt(m.getPickResult().getIntersectedNode())) {
                commands.editSelected();
            }
        };
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, onDoubleClick);
        authoring.updateTitle();
        return Subscription.combine(
                model.selectedEventProperty().subscribe(e -> authoring.refreshMenus()),
                model.textSelectionProperty().subscribe(p -> authoring.refreshMenus()),
                authoring.externalChangeProperty().subscribe(on -> {
                    externalBar.setVisible(on);
                    externalBar.setManaged(on);
                }),
                () -> {
                    authoring.onChange(() -> { });
                    scene.getAccelerators().remove(ctrlY, redoKey);
                    scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onMenu);
                    scene.removeEventFilter(MouseEvent.MOUSE_CLICKED, onDoubleClick);
                });
    }

    /**
     * A double-click edits the selected event when it is on a row of the table or in the details pane, except on a
     * link or a button there (they have their own action).
     */
    private boolean editableAt(Node n) {
        if (model.getSelectedEvent() == null) return false;
        boolean row = false;
        for (; n != null; n = n.getParent()) {
            if (n instanceof ButtonBase) return false;
            if (n instanceof TableRow<?> r) row = !r.isEmpty();
            if ("eventTable".equals(n.getId())) return row;
            if (n.getStyleClass().contains("details-pane")) return true;
        }
        return false;
    }

    private Menu recentMenu(Labels labels, Consumer<Path> open) {
        Menu recent = new Menu(labels.get("menu.file.recent"));
        recent.setId("recentMenu");
        recent.getItems().add(new MenuItem()); // a menu with no item never shows (so never fills itself)
        recent.setOnShowing(e -> {
            List<MenuItem> items = new ArrayList<>();
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
        return recent;
    }

    /** An item of the article view's context menu (no accelerator: the Edit menu shows those). */
    private static MenuItem contextItem(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(a -> action.run());
        return m;
    }

    /** "The file changed on disk. [Reload] [Keep mine]" */
    private HBox externalBar(Labels labels) {
        Label text = new Label(labels.get("external.text"));
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button reload = new Button(labels.get("external.reload"));
        reload.setId("externalReload");
        reload.setOnAction(a -> authoring.reload());
        Button keep = new Button(labels.get("external.keep"));
        keep.setId("externalKeep");
        keep.setOnAction(a -> authoring.keepMine());
        HBox box = new HBox(10, text, reload, keep);
        box.setId("externalBar");
        box.getStyleClass().add("restored-bar");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String actionName(Labels labels, Edit e) {
        return labels.format(e.action().messageKey(), e.subject());
    }

    private static boolean within(Node n, String id) {
        for (; n != null; n = n.getParent()) if (id.equals(n.getId())) return true;
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
