package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
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

    private WindowRobot w;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private TimelineView timeline(FxRobot robot) {
        return w.timeline(robot);
    }

    @Test
    void tickingAlibabaLeavesExactlyTheAlibabaEventsAndTheStatusBarSaysSo(FxRobot robot) {
        w.tick(robot, "organizations", "alibaba");
        long alibaba = w.countShown(e -> e.organizations().contains("alibaba"));
        List<Event> shown = timeline(robot).getEvents();
        assertEquals(alibaba, shown.size());
        assertTrue(shown.stream().allMatch(e -> e.organizations().contains("alibaba")));
        assertEquals(alibaba + " of " + w.countShown(e -> true) + " events", w.status(robot));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().contains("Organizations: Alibaba"));
    }

    @Test
    void chinaThenSearchingR1LeavesDeepSeekR1AndClearingRestoresAll(FxRobot robot) {
        w.tick(robot, "countries", "CN");
        // By default the country facet means the acting organizations' country ("Chinese companies").
        var organizations = w.window.model().getDataset().organizationsById();
        assertEquals(w.countShown(e -> e.organizations().stream().map(organizations::get)
                .anyMatch(o -> o != null && "CN".equals(o.country()))), timeline(robot).getEvents().size());
        robot.clickOn("#search").write("R1");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = timeline(robot).getEvents().stream().map(Event::id).toList();
        assertEquals(List.of("deepseek-r1-release"), ids);

        robot.clickOn("#clearFilters");
        assertEquals(w.countShown(e -> true), timeline(robot).getEvents().size());
        assertEquals("", robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).getText());
    }

    @Test
    void theStatusBarNamesTheWholeSearchEvenWhenTheLastKeysMatchTheSameEvents(FxRobot robot) {
        // given: a search that already narrows to the events it will end on
        robot.clickOn("#search").write("Llama 3");
        WaitForAsyncUtils.waitForFxEvents();
        String count = w.status(robot);
        // when: typing on leaves the same matches
        robot.write(".1");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the status bar still says what is searched
        assertEquals(count, w.status(robot), "the same events match");
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().endsWith("“Llama 3.1”"),
                robot.lookup("#statusFilters").queryAs(Label.class).getText());
    }

    @Test
    void selectingAnEventShowsItsPassagesAndShowInArticleHighlightsThePassage(FxRobot robot) {
        // Keyboard selection: focus the timeline, then Ctrl+Right selects the next event in view.
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        Event selected = w.window.model().getSelectedEvent();
        assertTrue(selected != null, "an event is selected");
        assertEquals(selected.title().en(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertEquals(selected.passages().size(),
                robot.lookup("#detailsPassages").queryAs(javafx.scene.layout.VBox.class).getChildren().size());

        WindowRobot.scrollIntoView(robot, robot.lookup("#showInArticle0").query());
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
        String articleText = w.bundled.source(p.source()).orElseThrow().text();
        assertEquals(articleText.substring(p.start(), p.end()), emphasised.toString());

        // The article is read at a comfortable width: 60 to 80 characters of its own body text a line.
        javafx.scene.text.Font body = flow.getChildren().stream().filter(n -> n.getStyleClass().contains("passage-current"))
                .map(n -> ((Text) n).getFont()).findFirst().orElseThrow();
        Text sample = new Text(articleText.substring(0, Math.min(2000, articleText.length())).replaceAll("\\s+", " "));
        sample.setFont(body);
        double perChar = sample.getLayoutBounds().getWidth() / sample.getText().length();
        double lineChars = (flow.getWidth() - flow.getInsets().getLeft() - flow.getInsets().getRight()) / perChar;
        assertTrue(lineChars >= 60 && lineChars <= 80, "about " + Math.round(lineChars) + " characters a line, window "
                + w.stage.getWidth() + " px wide");

        // Clicking another highlighted passage selects the event that cites it.
        Text other = null;
        int offset = 0;
        int at = 0;
        for (Node n : flow.getChildren()) {
            if (other == null && n.getStyleClass().contains("passage") && !n.getStyleClass().contains("passage-current")) {
                other = (Text) n;
                offset = at;
            }
            at += ((Text) n).getText().length();
        }
        assertTrue(other != null, "the article has other highlighted passages");
        int clicked = offset;
        List<Event> citing = w.bundled.events().stream().filter(e -> e.passages().stream()
                .anyMatch(q -> q.source().equals(p.source()) && q.start() <= clicked && q.end() > clicked)).toList();
        scrollIntoView(robot, other);
        // Click on the first character of the highlighted words (a piece may span several lines).
        javafx.scene.shape.PathElement[] box = flow.rangeShape(offset, offset + 1);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (javafx.scene.shape.PathElement el : box) {
            double x = el instanceof javafx.scene.shape.MoveTo m ? m.getX() : el instanceof javafx.scene.shape.LineTo l ? l.getX() : Double.NaN;
            double y = el instanceof javafx.scene.shape.MoveTo m ? m.getY() : el instanceof javafx.scene.shape.LineTo l ? l.getY() : Double.NaN;
            if (Double.isNaN(x)) continue;
            minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        robot.clickOn(flow.localToScreen((minX + maxX) / 2, (minY + maxY) / 2));
        assertTrue(citing.contains(w.window.model().getSelectedEvent()), "selected an event citing those words");
        assertNotEquals(selected, w.window.model().getSelectedEvent());
        assertSame(w.window.model().getSelectedEvent(), timeline(robot).getSelectedEvent());
    }

    private static void scrollIntoView(FxRobot robot, Text target) {
        // The article's text sits in a page under a scroll pane; the target's y is within the text flow.
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup(".source-pane .scroll-pane")
                .queryAll().stream().filter(n -> n instanceof javafx.scene.control.ScrollPane).findFirst().orElseThrow();
        robot.interact(() -> {
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = target.getBoundsInParent().getMinY() + target.getParent().getLayoutY();
            if (content > viewport) scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / (content - viewport))));
        });
    }

    @Test
    void openingABrokenDatasetListsTheProblemsAndKeepsTheCurrentData(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, \"title\": \"x\", \"sources\": [], \"organizations\": [],\n"
                + "  \"events\": [ { \"id\": \"a\", \"date\": \"2023-02-30\" } ] }");
        w.dialogs.datasetToOpen = broken;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.dialogs.problemsShown.isEmpty());
        assertTrue(w.dialogs.problemsShown.stream().anyMatch(p -> p.path().equals("events[0].date")
                && p.message().contains("2023-02-30") && p.line() == 2), w.dialogs.problemsShown.toString());
        assertSame(w.bundled, w.window.model().getDataset());
        assertEquals(w.countShown(e -> true), timeline(robot).getEvents().size());
    }

    @Test
    void openingAValidDatasetReplacesTheData(FxRobot robot) throws Exception {
        Path json = org.aitimeline.bench.SyntheticEvents.writeJson(30, dir);
        w.dialogs.datasetToOpen = json;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.window.model().getDataset() != w.bundled);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, timeline(robot).getEvents().size());
        assertEquals(json.toAbsolutePath().toString(), w.prefsNode.get("lastDataset", null));
    }

    @Test
    void everyControlIsReachableWithTabAndMenusHaveAccelerators(FxRobot robot) {
        robot.clickOn("#search");
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            Node focus = w.stage.getScene().getFocusOwner();
            for (Node n = focus; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
        }
        for (String id : List.of("search", "groupBy", "timeline", "organizations", "countries", "categories", "access",
                "dates", "clearFilters")) {
            assertTrue(reached.contains(id), id + " not reachable with Tab; reached " + reached);
        }

        // The accelerators are the window's, wherever the focus is once it leaves a list (which keeps its own keys).
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT, KeyCode.CONTROL);
        assertEquals(LaneGrouping.COUNTRY, timeline(robot).getGrouping());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertEquals(1, w.dialogs.exports.size());
        assertEquals(w.countShown(e -> true), w.dialogs.exports.get(0).events().size());
        robot.type(KeyCode.F1);
        assertEquals(1, w.dialogs.shortcutsShown);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT, KeyCode.CONTROL);
        assertEquals(LaneGrouping.ACCESS, timeline(robot).getGrouping(), "Ctrl+Alt+4 groups by openness");
    }

    @Test
    void theLanguageCanBeSwitchedToItalianAndFiltersSurvive(FxRobot robot) throws Exception {
        w.tick(robot, "organizations", "meta");
        int shown = timeline(robot).getEvents().size();
        robot.clickOn("View").clickOn("Language").clickOn("Italiano");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shown, timeline(robot).getEvents().size());
        assertEquals(shown + " eventi su " + w.countShown(e -> true), w.status(robot));
        String words = robot.lookup("#statusFilters").queryAs(Label.class).getText();
        assertTrue(words.startsWith("Organizzazioni: Meta"), words);
        // The command line describes the same filter with the same words.
        Path png = dir.resolve("meta-it.png");
        org.aitimeline.cli.ExportCommandTest.Result cli = org.aitimeline.cli.ExportCommandTest.launch(
                "--export", png.toString(), "--company", "meta", "--lang", "it");
        assertEquals(0, cli.code(), cli.err());
        String description = org.aitimeline.export.PngChunks.text(png).get("Description");
        assertTrue(description.contains(" · " + words + " · "), description + " / " + words);
        Event first = timeline(robot).getEvents().get(0);
        robot.interact(() -> w.window.model().select(first));
        assertEquals(first.title().it(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertNotEquals(first.title().en(), first.title().it(), "the check above would not tell the languages apart");
        robot.clickOn("Visualizza");
        assertTrue(robot.lookup("Raggruppa per").tryQuery().isPresent());
    }

    @Test
    void hoveringAFacetRowShowsItsWholeNameAndCount(FxRobot robot) throws Exception {
        javafx.scene.control.ListCell<?> alibaba = robot.lookup("#organizations .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "alibaba".equals(c.getItem()))
                .queryAs(javafx.scene.control.ListCell.class);
        robot.moveTo(alibaba).moveBy(2, 0).moveBy(2, 0); // a tooltip starts its delay on a move over its node
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> alibaba.getTooltip() != null && alibaba.getTooltip().isShowing());
        long count = w.countShown(e -> e.organizations().contains("alibaba"));
        assertEquals("Alibaba (" + count + ")", alibaba.getTooltip().getText());
    }

    @Test
    void anOptionWithNoEventsIsGreyedAndTickingItsBoxShowsTheTick(FxRobot robot) {
        javafx.scene.control.ListCell<?> amd = facetCell(robot, "amd");
        javafx.scene.control.ListCell<?> alibaba = facetCell(robot, "alibaba");
        assertEquals("0", robot.from(amd).lookup(".facet-count").queryAs(Text.class).getText(), "AMD has no event here");
        assertNotEquals(alibaba.getTextFill(), amd.getTextFill(), "an option with no events is drawn in a fainter colour");
        Node box = robot.from(alibaba).lookup(".check-box").query();
        assertTrue(!box.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
        w.tick(robot, "organizations", "alibaba");
        WaitForAsyncUtils.waitForFxEvents();
        Node ticked = robot.from(facetCell(robot, "alibaba")).lookup(".check-box").query(); // the lists' rows are remade on a recount
        assertTrue(ticked.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")),
                "the ticked option's box shows the tick");
    }

    private static javafx.scene.control.ListCell<?> facetCell(FxRobot robot, String item) {
        return robot.lookup("#organizations .list-cell").match((javafx.scene.control.ListCell<?> c) -> item.equals(c.getItem()))
                .queryAs(javafx.scene.control.ListCell.class);
    }
}
