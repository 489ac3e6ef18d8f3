package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.aitimeline.text.Labels;

/**
 * Help › Keyboard shortcuts: every menu item that has an accelerator, read from the menus themselves (so the sheet
 * never disagrees with them), grouped by menu, then the keys no menu carries, in one two-column grid: key | action.
 */
final class ShortcutsSheet {

    /** One line of the sheet; {@code group} is the menu (or the heading of the keys no menu carries). */
    record Row(String group, String keys, String action) {
    }

    /** A key no menu carries; a text starting with "%" is a message key (words such as "Enter" are translated). */
    private record Key(String group, String keys, String action) {
    }

    /** The timeline's own keys and gestures (click it first), the search box's Enter, and moving between controls. */
    private static final List<Key> OTHER_KEYS = List.of(
            new Key("shortcuts.group.timeline", "+ / =", "shortcuts.key.zoomIn"),
            new Key("shortcuts.group.timeline", "−", "shortcuts.key.zoomOut"),
            new Key("shortcuts.group.timeline", "← / →", "shortcuts.key.pan"),
            new Key("shortcuts.group.timeline", "Ctrl+← / Ctrl+→", "shortcuts.key.adjacent"),
            new Key("shortcuts.group.timeline", "↑ / ↓", "shortcuts.key.lanes"),
            new Key("shortcuts.group.timeline", "Home", "shortcuts.key.fit"),
            new Key("shortcuts.group.timeline", "%shortcuts.keys.enter", "shortcuts.key.open"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.wheel", "shortcuts.key.wheel"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.ctrlWheel", "shortcuts.key.ctrlWheel"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.laneWheel", "shortcuts.key.lanes"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.drag", "shortcuts.key.pan"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.doubleClick", "shortcuts.key.doubleClick"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.axisDrag", "shortcuts.key.spanZoom"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.overviewDrag", "shortcuts.key.spanZoom"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.overviewClick", "shortcuts.key.overviewClick"),
            new Key("shortcuts.group.mouse", "%shortcuts.keys.spanEsc", "shortcuts.key.spanEsc"),
            new Key("shortcuts.group.search", "%shortcuts.keys.enter", "shortcuts.key.searchEnter"),
            new Key("shortcuts.group.window", "Tab / Shift+Tab", "shortcuts.key.focus"));

    private ShortcutsSheet() {
    }

    /** The rows for {@code menus} as they are now (an item's text may change, as Edit › Undo's does). */
    static List<Row> rows(MenuBar menus, Labels labels) {
        List<Row> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) collect(menu.getItems(), plain(menu.getText()), "", rows);
        for (Key k : OTHER_KEYS) {
            String keys = k.keys().startsWith("%") ? labels.get(k.keys().substring(1)) : k.keys();
            rows.add(new Row(labels.get(k.group()), keys, labels.get(k.action())));
        }
        return rows;
    }

    private static void collect(List<MenuItem> items, String group, String path, List<Row> rows) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(sub.getItems(), group, path + plain(sub.getText()) + " › ", rows);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                rows.add(new Row(group, item.getAccelerator().getDisplayText(), path + plain(item.getText())));
            }
        }
    }

    /** A menu's text without its mnemonic mark ("_File"). */
    private static String plain(String text) {
        return text == null ? "" : text.replaceFirst("_", "");
    }

    /** The grid: a heading per group, then its keys in the first column and what they do in the second. */
    static GridPane grid(List<Row> rows) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 8, 4));
        int r = 0;
        String group = null;
        for (Row row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcuts-group");
                if (r > 0) heading.setPadding(new Insets(8, 0, 0, 0));
                grid.add(heading, 0, r++, 2, 1);
            }
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-key");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            Label action = new Label(row.action());
            action.getStyleClass().add("shortcut-action");
            action.setMinWidth(Label.USE_PREF_SIZE);
            grid.addRow(r++, keys, action);
        }
        return grid;
    }

    /** Shows the sheet for {@code menus}, scrolling when the screen is too short for all of it. */
    static void show(Window owner, MenuBar menus, Labels labels) {
        GridPane grid = grid(rows(menus, labels));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // The sheet is taller than most screens: it scrolls down, never sideways (the scroll bar has its own room).
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setPrefViewportHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.9 - 160);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(labels.get("shortcuts.title"));
        alert.setHeaderText(labels.get("shortcuts.title"));
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().getStylesheets().add(ShortcutsSheet.class.getResource("explorer.css").toExternalForm());
        alert.setResizable(true);
        alert.showAndWait();
    }
}
