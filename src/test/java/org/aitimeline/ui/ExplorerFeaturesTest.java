package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.aitimeline.model.Access;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Corrections, openness, commentary and a view that follows the filter, as a user meets them in the window. */
@ExtendWith(ApplicationExtension.class)
class ExplorerFeaturesTest {

    private WindowRobot w;

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

    /** Narrows the timeline with the search field, then selects the first event with the keyboard. */
    private Event searchAndSelect(FxRobot robot, String query) {
        robot.clickOn("#search").write(query);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        Event selected = w.window.model().getSelectedEvent();
        assertNotNull(selected, "an event is selected");
        return selected;
    }

    @Test
    void aCorrectedEventShowsWhatTheArticleSaysAndWhatTheRecordSays(FxRobot robot) {
        Event grok = searchAndSelect(robot, "Grok 4");
        assertTrue(grok.isCorrected(), grok.id() + " has a correction in the bundled dataset");
        VBox corrections = robot.lookup("#detailsCorrections").queryAs(VBox.class);
        assertTrue(corrections.isVisible());
        assertEquals(grok.corrections().size(), corrections.getChildren().size());
        List<String> texts = robot.from(corrections).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(texts.contains("The article says") && texts.contains("The record says"), texts.toString());
        assertTrue(texts.contains("“" + grok.corrections().get(0).claim().exact().strip() + "”"), "the article's own words");
        assertTrue(texts.contains(grok.corrections().get(0).text().en()), "what the record says");

        // The evidence opens in the browser.
        Hyperlink link = robot.lookup("#evidence0").queryAs(Hyperlink.class);
        WindowRobot.scrollIntoView(robot, link);
        robot.clickOn(link);
        assertEquals(List.of(grok.evidence().get(0).url()), w.dialogs.linksOpened);

        // In the article, the corrected claim is highlighted apart from plain citations.
        Node showClaim = robot.lookup("#showClaim0").query();
        WindowRobot.scrollIntoView(robot, showClaim);
        robot.clickOn(showClaim);
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = robot.lookup("#articleText").queryAs(TextFlow.class);
        StringBuilder corrected = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n.getStyleClass().contains("claim-corrected")) corrected.append(((Text) n).getText());
        }
        assertTrue(corrected.toString().contains(grok.corrections().get(0).claim().exact().strip().substring(0, 20)), corrected.toString());
        assertFalse(robot.lookup("#claimHighlights").queryAs(Path.class).getElements().isEmpty(), "a highlight is drawn behind the claim");
    }

    @Test
    void theOpennessFacetFiltersAndCounts(FxRobot robot) {
        long openWeights = w.countShown(e -> e.access() == Access.OPEN_WEIGHTS);
        ListCell<?> cell = robot.lookup("#access .list-cell").match((ListCell<?> c) -> "open-weights".equals(c.getItem()))
                .queryAs(ListCell.class);
        assertEquals(Long.toString(openWeights), robot.from(cell).lookup(".facet-count").queryAs(javafx.scene.text.Text.class)
                .getText(), "the option shows its count");
        w.tick(robot, "access", "open-weights");
        List<Event> shown = timeline(robot).getEvents();
        assertEquals(openWeights, shown.size());
        assertTrue(shown.stream().allMatch(e -> e.access() == Access.OPEN_WEIGHTS));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().contains("Openness: Open weights"));
    }

    @Test
    void showCommentaryTogglesTheArticlesAnalysisAndIsRemembered(FxRobot robot) {
        long events = w.countShown(e -> true);
        long commentary = w.bundled.events().stream().filter(Event::isCommentary).count();
        assertTrue(commentary > 0);
        assertEquals(events, timeline(robot).getEvents().size(), "commentary is hidden at first");
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events + commentary, timeline(robot).getEvents().size());
        assertTrue(w.prefsNode.getBoolean("filter.commentary", false), "remembered for the next session");
        robot.clickOn("View").clickOn("Show commentary");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events, timeline(robot).getEvents().size());
    }

    @Test
    void filteringToAnEventOutOfViewFitsTheViewToIt(FxRobot robot) {
        TimelineView t = timeline(robot);
        Event qwen = w.bundled.events().stream().filter(e -> e.models().contains("Qwen3-32B")).findFirst().orElseThrow();
        robot.interact(() -> t.setVisibleRange(EpochDays.toInstant(qwen.date().startEpochDay() - 800),
                EpochDays.toInstant(qwen.date().startEpochDay() - 700)));
        robot.clickOn("#search").write("Qwen3");
        WaitForAsyncUtils.waitForFxEvents();
        double day = qwen.date().startEpochDay();
        assertTrue(EpochDays.of(t.getVisibleStart()) < day && EpochDays.of(t.getVisibleEnd()) > day,
                "the view moved to the only event left");
    }

    @Test
    void eventsOutsideTheViewAreAnnouncedAndTheHintFitsThem(FxRobot robot) {
        TimelineView t = timeline(robot);
        Event qwq = w.bundled.events().stream().filter(e -> e.models().contains("QwQ-32B")).findFirst().orElseThrow();
        robot.interact(() -> t.setVisibleRange(EpochDays.toInstant(qwq.date().startEpochDay() - 20),
                EpochDays.toInstant(qwq.date().startEpochDay() + 20)));
        w.tick(robot, "organizations", "alibaba");
        WaitForAsyncUtils.waitForFxEvents();
        long alibaba = w.countShown(e -> e.organizations().contains("alibaba"));
        long inView = w.countShown(e -> e.organizations().contains("alibaba")
                && e.date().endEpochDay() > qwq.date().startEpochDay() - 20 && e.date().startEpochDay() < qwq.date().startEpochDay() + 20);
        Label hint = robot.lookup("#outsideHintText").queryAs(Label.class);
        assertTrue(hint.getParent().isVisible(), "the hint is shown");
        assertTrue(hint.getText().startsWith((alibaba - inView) + " events are outside the view"), hint.getText());
        robot.clickOn("#outsideHintFit");
        WaitForAsyncUtils.waitForFxEvents();
        for (Event e : t.getEvents()) {
            assertTrue(e.date().startEpochDay() >= EpochDays.of(t.getVisibleStart())
                    && e.date().startEpochDay() < EpochDays.of(t.getVisibleEnd()), e.id() + " is in view after Fit");
        }
        assertFalse(hint.getParent().isVisible());
    }
}
