package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.aitimeline.text.Labels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help's sheets opened from the Help menu as a person does (issue 25, point 9): the keyboard shortcuts are the menus'
 * real accelerators in a key | action grid, with the timeline's gestures; no key is given to two menu items; and the
 * legend explains the article view's colours with its own styles.
 */
@ExtendWith(ApplicationExtension.class)
class HelpSheetsTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
        w.dialogs.help = new FxDialogService(Labels.of(Locale.ENGLISH), () -> w.bundled, url -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    /** Every menu item with an accelerator: its key as the menu shows it, and its text. */
    private static void accelerators(List<MenuItem> items, Map<String, String> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu m) accelerators(m.getItems(), out);
            else if (i.getAccelerator() != null) out.put(i.getAccelerator().getDisplayText(), i.getText());
        }
    }

    private void closeSheet(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShortcutsAreEveryMenuAcceleratorInAKeyAndActionGrid(FxRobot robot) {
        // given: the accelerators the menus really have
        Map<String, String> expected = new LinkedHashMap<>();
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) accelerators(m.getItems(), expected);
        assertTrue(expected.containsKey("Ctrl+=") && expected.containsKey("Ctrl+-"), "zoom keys: " + expected.keySet());
        // when
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        // then: one row per accelerator, key in the first column, its menu item's text in the second
        GridPane grid = robot.lookup("#shortcutsGrid").queryAs(GridPane.class);
        Map<Integer, String> keys = new LinkedHashMap<>();
        Map<Integer, String> actions = new LinkedHashMap<>();
        Set<Double> keyColumnX = new HashSet<>();
        for (Node n : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(n);
            if (n.getStyleClass().contains("shortcut-key")) {
                keys.put(row, ((Label) n).getText());
                keyColumnX.add(n.getLayoutX());
                assertEquals(0, GridPane.getColumnIndex(n));
            }
            if (n.getStyleClass().contains("shortcut-action")) actions.put(row, ((Label) n).getText());
        }
        List<String> missing = new ArrayList<>();
        expected.forEach((key, text) -> {
            boolean found = keys.entrySet().stream().anyMatch(k -> k.getValue().equals(key)
                    && actions.getOrDefault(k.getKey(), "").endsWith(text.replaceFirst("_", "")));
            if (!found) missing.add(key + " " + text);
        });
        assertEquals(List.of(), missing, "accelerators the sheet leaves out");
        assertEquals(1, keyColumnX.size(), "every key starts at the same x: " + keyColumnX);
        // the timeline's own keys, which no menu carries, are there too
        assertTrue(keys.containsValue("Ctrl+← / Ctrl+→") && keys.containsValue("Home"), keys.values().toString());
        // and the span gestures on the axis and the overview band, and Enter in the search box, under their headings
        Map<Integer, String> headings = new LinkedHashMap<>();
        for (Node n : grid.getChildren()) {
            if (n.getStyleClass().contains("shortcuts-group")) headings.put(GridPane.getRowIndex(n), ((Label) n).getText());
        }
        List<String> shown = new ArrayList<>();
        keys.forEach((row, key) -> {
            int heading = headings.keySet().stream().filter(h -> h < row).max(Integer::compare).orElse(-1);
            shown.add(headings.get(heading) + " | " + key + " | " + actions.get(row));
        });
        for (String gesture : List.of(
                "Mouse on the timeline | Drag across the dates at the top | Zoom to the dragged span",
                "Mouse on the timeline | Drag in the overview band, outside the highlighted window | Zoom to the dragged span",
                "Mouse on the timeline | Click in the overview band, outside the highlighted window | Jump there (the view centres on that date)",
                "Mouse on the timeline | Esc while dragging a span | Cancel the drag: the view stays as it was",
                "Search box | Enter | Bring the matches into view when some are off-screen")) {
            assertTrue(shown.contains(gesture), gesture + " in\n" + String.join("\n", shown));
        }
        closeSheet(robot);
        assertEquals(1, w.dialogs.shortcutsShown);
    }

    @Test
    void theGestureRowsHaveTheirItalianWords(FxRobot robot) {
        // given: the window's menus
        MenuBar menus = robot.lookup("#menuBar").queryAs(MenuBar.class);
        // when: the sheet's rows in Italian
        List<String> rows = new ArrayList<>();
        for (ShortcutsSheet.Row r : ShortcutsSheet.rows(menus, Labels.of(Locale.ITALIAN))) {
            rows.add(r.group() + " | " + r.keys() + " | " + r.action());
        }
        // then
        for (String gesture : List.of(
                "Mouse sulla timeline | Trascinamento sulle date in alto | Ingrandisci sull’intervallo trascinato",
                "Mouse sulla timeline | Trascinamento nella panoramica, fuori dalla finestra evidenziata | Ingrandisci sull’intervallo trascinato",
                "Mouse sulla timeline | Clic nella panoramica, fuori dalla finestra evidenziata | Salta lì (la vista si centra su quella data)",
                "Mouse sulla timeline | Esc durante il trascinamento di un intervallo | Annulla il trascinamento: la vista resta com’era",
                "Casella di ricerca | Invio | Porta in vista i risultati quando alcuni sono fuori schermo")) {
            assertTrue(rows.contains(gesture), gesture + " in\n" + String.join("\n", rows));
        }
    }

    /** Every menu item with an accelerator, sub-menus included, by the key as JavaFX shows it: "View › Show context". */
    private static void acceleratorUsers(List<MenuItem> items, String path, Map<String, List<String>> out) {
        for (MenuItem i : items) {
            String name = path + (i.getText() == null ? "" : i.getText().replaceFirst("_", ""));
            if (i instanceof Menu m) acceleratorUsers(m.getItems(), name + " › ", out);
            else if (i.getAccelerator() != null) {
                out.computeIfAbsent(i.getAccelerator().getDisplayText(), k -> new ArrayList<>()).add(name);
            }
        }
    }

    @Test
    void noKeyCombinationIsUsedTwice(FxRobot robot) throws Exception {
        // given: the window as it opens, its menu bar and its scene
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Map<String, List<String>> users = WaitForAsyncUtils.asyncFx(() -> {
            Map<String, List<String>> out = new TreeMap<>();
            // when: every menu item's accelerator, then the scene's own accelerators
            for (Menu m : bar.getMenus()) acceleratorUsers(m.getItems(), m.getText().replaceFirst("_", "") + " › ", out);
            for (Map.Entry<KeyCombination, Runnable> a : bar.getScene().getAccelerators().entrySet()) {
                // JavaFX puts each menu item's accelerator in the scene's map too, with a runnable of its own
                // (ControlAcceleratorSupport); only the others are keys of their own. A scene key that displaced a
                // menu item's has the same text as that item's, so it is counted as a second user of the key.
                if (a.getValue().getClass().getName().startsWith("com.sun.javafx.scene.control.ControlAcceleratorSupport")) {
                    continue;
                }
                out.computeIfAbsent(a.getKey().getDisplayText(), k -> new ArrayList<>()).add("a key of the window (scene accelerator)");
            }
            return out;
        }).get();
        // then: the walk saw the menus (Edit's and a sub-menu's included) and the window's own redo key, and no key
        // has two users
        assertTrue(users.containsKey("Ctrl+Shift+K") && users.containsKey("Ctrl+Z") && users.containsKey("Ctrl+Alt+1")
                && users.containsKey("Ctrl+Y"), users.toString());
        List<String> twice = new ArrayList<>();
        users.forEach((key, who) -> {
            if (who.size() > 1) twice.add(key + " is used by " + String.join(" and ", who));
        });
        assertEquals(List.of(), twice, "key combinations used twice");
    }

    @Test
    void theLegendExplainsTheArticleColoursWithTheArticleViewsOwnStyles(FxRobot robot) {
        // given: an article open with a passage of the selected event, other passages, a corrected claim, furniture
        robot.clickOn("Articles");
        var article = w.bundled.source("illusione-fossato").orElseThrow();
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> article.equals(c.getItem()))
                .queryAs(ListCell.class));
        Map<ArticleMark, Paint> inArticle = new LinkedHashMap<>();
        for (Node n : robot.lookup("#articleText").queryAs(TextFlow.class).getChildren()) {
            for (ArticleMark m : ArticleMark.values()) {
                // A passage of the selected event is drawn over its passage style: the last style wins.
                if (n.getStyleClass().contains(m.styleClass()) && (m == ArticleMark.CURRENT
                        || !n.getStyleClass().contains(ArticleMark.CURRENT.styleClass()))) {
                    inArticle.putIfAbsent(m, ((Text) n).getFill());
                }
            }
        }
        // when
        robot.clickOn("Help").clickOn("Legend");
        // then: one row per mark, drawn in the colour the article view uses, with what it means
        Set<Paint> distinct = new HashSet<>();
        for (ArticleMark m : ArticleMark.values()) {
            Node sample = robot.lookup("#legend-" + m.name().toLowerCase(Locale.ROOT)).query();
            Text word = (Text) ((TextFlow) sample).getChildren().get(0);
            distinct.add(word.getFill());
            if (inArticle.containsKey(m)) assertEquals(inArticle.get(m), word.getFill(), m + " as in the article");
            Node meaning = ((GridPane) sample.getParent().getParent()).getChildren().stream()
                    .filter(n -> GridPane.getRowIndex(n).equals(GridPane.getRowIndex(sample.getParent())) && n instanceof Label)
                    .findFirst().orElseThrow();
            assertNotEquals("", ((Label) meaning).getText());
        }
        assertTrue(inArticle.keySet().containsAll(List.of(ArticleMark.PASSAGE, ArticleMark.CORRECTED, ArticleMark.FURNITURE)),
                "the article shows those marks: " + inArticle.keySet());
        assertEquals(ArticleMark.values().length, distinct.size(), "each mark has its own colour");
        assertTrue(robot.lookup(".legend-meaning").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Page furniture")), "furniture is explained");
        closeSheet(robot);
        assertEquals(1, w.dialogs.legendsShown);
    }
}
