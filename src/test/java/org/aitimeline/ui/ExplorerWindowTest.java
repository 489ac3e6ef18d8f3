package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on the bundled dataset, driven by a robot as a person would. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences prefsNode = Preferences.userRoot().node("aitimeline-test-" + UUID.randomUUID());
    private ExplorerWindow window;
    private Dataset bundled;

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        prefsNode.put("language", "en");
        prefsNode.putDouble("width", 1240);
        prefsNode.putDouble("height", 780);
        window = new ExplorerWindow(stage, new UserPreferences(prefsNode), messages -> dialogs);
        window.show();
        bundled = window.model().getDataset();
    }

    @AfterEach
    void removePrefs() throws Exception {
        // Hide first: closing saves the window state into the node.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            stage.setOnHidden(null); // the primary stage is shared with the next test class
        }).get();
        prefsNode.removeNode();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusCount").queryAs(Label.class).getText();
    }

    /** Ticks an option of a facet list by clicking its check box, as a user does (scrolling it into view first). */
    private void tick(FxRobot robot, String list, Object item) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> view = robot.lookup("#" + list).queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> view.scrollTo(item));
        Node box = robot.lookup("#" + list + " .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                item.equals(c.getItem())).queryAs(javafx.scene.control.ListCell.class).lookup(".check-box");
        robot.clickOn(box);
    }

    private long countWith(java.util.function.Predicate<Event> p) {
        return bundled.events().stream().filter(p).count();
    }

    @Test
    void tickingAlibabaLeavesExactlyTheAlibabaEventsAndTheStatusBarSaysSo(FxRobot robot) {
        tick(robot, "organizations", "alibaba");
        long alibaba = countWith(e -> e.organizations().contains("alibaba"));
        List<Event> shown = timeline(robot).getEvents();
        assertEquals(alibaba, shown.size());
        assertTrue(shown.stream().allMatch(e -> e.organizations().contains("alibaba")));
        assertEquals(alibaba + " of " + bundled.events().size() + " events", status(robot));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().contains("Organizations: Alibaba"));
    }

    @Test
    void chinaThenSearchingR1LeavesDeepSeekR1AndClearingRestoresAll(FxRobot robot) {
        tick(robot, "countries", "CN");
        assertEquals(countWith(e -> e.countries().contains("CN")), timeline(robot).getEvents().size());
        robot.clickOn("#search").write("R1");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = timeline(robot).getEvents().stream().map(Event::id).toList();
        assertEquals(List.of("deepseek-r1-release"), ids);

        robot.clickOn("#clearFilters");
        assertEquals(bundled.events().size(), timeline(robot).getEvents().size());
        assertEquals("", robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText());
    }

    @Test
    void selectingAnEventShowsItsPassagesAndShowInArticleHighlightsThePassage(FxRobot robot) {
        // Keyboard selection: focus the timeline, then Ctrl+Right selects the next event in view.
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        Event selected = window.model().getSelectedEvent();
        assertTrue(selected != null, "an event is selected");
        assertEquals(selected.title().en(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertEquals(selected.passages().size(),
                robot.lookup("#detailsPassages").queryAs(javafx.scene.layout.VBox.class).getChildren().size());

        robot.clickOn("#showInArticle0");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#rightTabs").tryQueryAs(TabPane.class)
                .orElseGet(() -> (TabPane) robot.lookup(".tab-pane").queryAll().stream()
                        .filter(n -> n instanceof TabPane).findFirst().orElseThrow());
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the Articles tab is shown");
        Passage p = selected.passages().get(0);
        TextFlow flow = robot.lookup("#articleText").queryAs(TextFlow.class);
        StringBuilder emphasised = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n.getStyleClass().contains("passage-current")) emphasised.append(((Text) n).getText());
        }
        String articleText = bundled.source(p.source()).orElseThrow().text();
        assertEquals(articleText.substring(p.start(), p.end()), emphasised.toString());

        // Clicking another highlighted passage selects the event that cites it.
        Text other = null;
        for (Node n : flow.getChildren()) {
            if (n.getStyleClass().contains("passage") && !n.getStyleClass().contains("passage-current")) {
                other = (Text) n;
                break;
            }
        }
        assertTrue(other != null, "the article has other highlighted passages");
        @SuppressWarnings("unchecked")
        List<Event> citing = (List<Event>) other.getProperties().get(Event.class);
        final Text target = other;
        scrollIntoView(robot, target);
        // Click on the first character of the highlighted words (a piece may span several lines).
        int offset = 0;
        for (Node n : flow.getChildren()) {
            if (n == target) break;
            offset += ((Text) n).getText().length();
        }
        javafx.scene.shape.PathElement[] box = flow.rangeShape(offset, offset + 1);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (javafx.scene.shape.PathElement el : box) {
            double x = el instanceof javafx.scene.shape.MoveTo m ? m.getX() : el instanceof javafx.scene.shape.LineTo l ? l.getX() : Double.NaN;
            double y = el instanceof javafx.scene.shape.MoveTo m ? m.getY() : el instanceof javafx.scene.shape.LineTo l ? l.getY() : Double.NaN;
            if (Double.isNaN(x)) continue;
            minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        robot.clickOn(flow.localToScreen((minX + maxX) / 2, (minY + maxY) / 2));
        assertTrue(citing.contains(window.model().getSelectedEvent()), "selected an event citing those words");
        assertNotEquals(selected, window.model().getSelectedEvent());
        assertSame(window.model().getSelectedEvent(), timeline(robot).getSelectedEvent());
    }

    private static void scrollIntoView(FxRobot robot, Text target) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup(".source-pane .scroll-pane")
                .queryAll().stream().filter(n -> n instanceof javafx.scene.control.ScrollPane).findFirst().orElseThrow();
        robot.interact(() -> {
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = target.getBoundsInParent().getMinY();
            if (content > viewport) scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / (content - viewport))));
        });
    }

    @Test
    void openingABrokenDatasetListsTheProblemsAndKeepsTheCurrentData(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"title\": \"x\", \"sources\": [], \"organizations\": [],\n"
                + "  \"events\": [ { \"id\": \"a\", \"date\": \"2023-02-30\" } ] }");
        dialogs.datasetToOpen = broken;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialogs.problemsShown.isEmpty());
        assertTrue(dialogs.problemsShown.stream().anyMatch(p -> p.path().equals("events[0].date")
                && p.message().contains("2023-02-30") && p.line() == 2), dialogs.problemsShown.toString());
        assertSame(bundled, window.model().getDataset());
        assertEquals(bundled.events().size(), timeline(robot).getEvents().size());
    }

    @Test
    void openingAValidDatasetReplacesTheData(FxRobot robot) throws Exception {
        Path json = org.aitimeline.bench.SyntheticEvents.writeJson(30, dir);
        dialogs.datasetToOpen = json;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.model().getDataset() != bundled);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, timeline(robot).getEvents().size());
        assertEquals(json.toAbsolutePath().toString(), prefsNode.get("lastDataset", null));
    }

    @Test
    void everyControlIsReachableWithTabAndMenusHaveAccelerators(FxRobot robot) {
        robot.clickOn("#search");
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node focus = stage.getScene().getFocusOwner();
            for (Node n = focus; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
        }
        for (String id : List.of("search", "groupBy", "timeline", "organizations", "countries", "categories", "dates",
                "clearFilters")) {
            assertTrue(reached.contains(id), id + " not reachable with Tab; reached " + reached);
        }

        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT, KeyCode.CONTROL);
        assertEquals(LaneGrouping.COUNTRY, timeline(robot).getGrouping());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertEquals(1, dialogs.exports.size());
        assertEquals(bundled.events().size(), dialogs.exports.get(0).events().size());
        robot.type(KeyCode.F1);
        assertEquals(1, dialogs.shortcutsShown);
    }

    @Test
    void theLanguageCanBeSwitchedToItalianAndFiltersSurvive(FxRobot robot) {
        tick(robot, "organizations", "meta");
        int shown = timeline(robot).getEvents().size();
        robot.clickOn("View").clickOn("Language").clickOn("Italiano");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, timeline(robot).getEvents().size());
        assertTrue(status(robot).contains(" di " + bundled.events().size() + " eventi"), status(robot));
        Event any = timeline(robot).getEvents().get(0);
        assertFalse(any.title().it().equals(any.title().en()) && false);
        robot.clickOn("Vista");
        assertTrue(robot.lookup("Raggruppa per").tryQuery().isPresent());
    }

    /** Unused by JUnit: keeps the helper list type explicit for readers. */
    static List<String> ids(List<Event> events) {
        return new ArrayList<>(events.stream().map(Event::id).toList());
    }
}
