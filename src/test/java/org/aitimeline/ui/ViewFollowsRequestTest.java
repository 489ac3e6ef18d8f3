package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
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

/** The view follows what the person asks for (issue 25, item 2): a search, a facet, the date slider. */
@ExtendWith(ApplicationExtension.class)
class ViewFollowsRequestTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private static Instant at(int year, int month, int day) {
        return EpochDays.toInstant(LocalDate.of(year, month, day).toEpochDay());
    }

    private static double day(Instant i) {
        return EpochDays.of(i);
    }

    /** The events of {@code events} that the view does not show whole. */
    private static List<String> notWhollyInView(TimelineView timeline, List<Event> events) {
        double start = day(timeline.getVisibleStart());
        double end = day(timeline.getVisibleEnd());
        return events.stream().filter(e -> e.date().startEpochDay() < start || e.date().endEpochDay() > end)
                .map(Event::id).toList();
    }

    /** Shows {@code from} to {@code to}, as a zoom the person made earlier would have. */
    private void showRange(FxRobot robot, TimelineView timeline, Instant from, Instant to) {
        robot.interact(() -> timeline.setVisibleRange(from, to));
    }

    @Test
    void enterInTheSearchFitsTheViewToMatchesOutOfIt(FxRobot robot) {
        // given a view of 2024: DeepSeek-V3 (26 Dec 2024) is in it, R1 and the rest of 2025 are not
        TimelineView timeline = w.timeline(robot);
        showRange(robot, timeline, at(2024, 1, 1), at(2025, 1, 1));

        robot.clickOn("#search").write("DeepSeek").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Event> matches = List.copyOf(w.window.model().getFilteredEvents());
        assertTrue(matches.size() > 3, "DeepSeek has several events: " + matches.size());
        assertEquals(List.of(), notWhollyInView(timeline, matches), "every match is in view");
    }

    @Test
    void aPauseInTypingFitsTheViewToo(FxRobot robot) {
        TimelineView timeline = w.timeline(robot);
        showRange(robot, timeline, at(2024, 1, 1), at(2025, 1, 1));

        robot.clickOn("#search").write("DeepSeek");
        List<Event> matches = List.copyOf(w.window.model().getFilteredEvents());

        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> notWhollyInView(timeline, matches).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the view did not follow the search after a pause: " + notWhollyInView(timeline, matches), e);
        }
    }

    @Test
    void enterZoomsInOnMatchesLostInAWideView(FxRobot robot) {
        // given the view the newcomer had: 1990–2035, where DeepSeek's events (Dec 2024 – 2025) are a sliver
        TimelineView timeline = w.timeline(robot);
        showRange(robot, timeline, at(1990, 1, 1), at(2035, 1, 1));

        robot.clickOn("#search").write("DeepSeek").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        List<Event> matches = List.copyOf(w.window.model().getFilteredEvents());
        assertEquals(List.of(), notWhollyInView(timeline, matches));
        double first = matches.stream().mapToDouble(e -> e.date().startEpochDay()).min().orElseThrow();
        double last = matches.stream().mapToDouble(e -> e.date().endEpochDay()).max().orElseThrow();
        double view = day(timeline.getVisibleEnd()) - day(timeline.getVisibleStart());
        // DeepSeek's events span months: the view around them is a year or two, not decades
        assertTrue(view < 3 * 365, "the matches (" + (last - first) + " days) fill the view (" + view + " days)");
    }

    @Test
    void aSearchWhoseMatchesAreAllInViewLeavesTheView(FxRobot robot) {
        // given a view that shows every DeepSeek event (Dec 2024 – Apr 2025)
        TimelineView timeline = w.timeline(robot);
        showRange(robot, timeline, at(2024, 6, 1), at(2026, 1, 1));
        Instant start = timeline.getVisibleStart();
        Instant end = timeline.getVisibleEnd();
        robot.clickOn("#search").write("DeepSeek").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(start, timeline.getVisibleStart(), "the person's zoom is kept");
        assertEquals(end, timeline.getVisibleEnd());
    }

    @Test
    void aFacetThatLeavesALaneEmptyInViewOffersTheFit(FxRobot robot) {
        // given a view from mid-2024 that the person moved (so no hint is showing)
        TimelineView timeline = w.timeline(robot);
        showRange(robot, timeline, at(2024, 6, 1), at(2025, 6, 1));
        robot.clickOn("#timeline", MouseButton.SECONDARY).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Node hint = robot.lookup("#outsideHintFit").query().getParent();
        assertFalse(hint.isVisible(), "no hint after the person moved the view");

        // when they tick Open weights: Alibaba's only open-weights event (Qwen, Aug 2023) is out of view
        w.tick(robot, "access", "open-weights");
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> alibaba = w.window.model().getFilteredEvents().stream()
                .filter(e -> e.organizations().contains("alibaba")).toList();
        assertFalse(alibaba.isEmpty(), "Alibaba's lane is there");
        assertEquals(alibaba.stream().map(Event::id).toList(), notWhollyInView(timeline, alibaba), "and empty in view");

        // then the hint offers the fit, and its Fit button shows every event, Alibaba's too
        assertTrue(hint.isVisible(), "the hint offers the fit");
        robot.clickOn("#outsideHintFit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), notWhollyInView(timeline, List.copyOf(w.window.model().getFilteredEvents())));
        assertFalse(hint.isVisible(), "the hint has served its purpose");
    }

    @Test
    void theDateSliderMovesTheFilterAndTheViewToItsRange(FxRobot robot) {
        TimelineView timeline = w.timeline(robot);
        double endBefore = day(timeline.getVisibleEnd());
        robot.interact(() -> robot.lookup("#dates-section").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        Node high = robot.lookup("#dates-section .range-slider .high-thumb").query();
        WindowRobot.scrollIntoView(robot, high);

        // The person takes the right thumb and pulls it left, 15 px in steps (the slider spans 1991 to 2025).
        Bounds b = high.localToScreen(high.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        robot.moveTo(new javafx.geometry.Point2D(x, y)).press(MouseButton.PRIMARY);
        for (int step = 1; step <= 3; step++) robot.moveTo(new javafx.geometry.Point2D(x - 5 * step, y));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        LocalDate to = w.window.model().getFilter().to();
        assertFalse(w.window.model().getFilteredEvents().isEmpty(), "the range keeps events: " + to);
        assertTrue(to != null, "the slider set a last day");
        assertTrue(to.toEpochDay() + 1 < endBefore - 30, "the range ends well before the view did: " + to);
        assertEquals(to.toEpochDay() + 1, day(timeline.getVisibleEnd()), 1, "the view ends where the range ends");
        double first = w.window.model().getFilteredEvents().stream().mapToLong(e -> e.date().startEpochDay()).min().orElseThrow();
        assertEquals(first, day(timeline.getVisibleStart()), 1, "and starts at the first event the range keeps");
    }
}
