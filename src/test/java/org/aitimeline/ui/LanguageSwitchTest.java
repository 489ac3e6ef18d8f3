package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.PreferenceChangeListener;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Language rebuilds the views on the same model: the old views must let go of the model (no listener left
 * behind keeps them alive and working), only the current view may write preferences, and the zoom stays.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private static final int SWITCHES = 4;
    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    /** Switches the language through the menu, as a person does: English → Italian or back. */
    private void switchLanguage(FxRobot robot) {
        boolean italian = "it".equals(w.window.model().getLocale().getLanguage());
        if (italian) robot.clickOn("Visualizza").clickOn("Lingua").clickOn("English");
        else robot.clickOn("View").clickOn("Language").clickOn("Italiano");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theViewsOfEarlierLanguagesCanBeCollected(FxRobot robot) throws Exception {
        List<WeakReference<Object>> old = new ArrayList<>();
        for (int i = 0; i < SWITCHES; i++) {
            old.add(new WeakReference<>(w.window.controller()));
            old.add(new WeakReference<>(w.timeline(robot)));
            switchLanguage(robot);
        }
        // Filtering after the switches would make a leaked view re-sort its events: the model is still working.
        w.tick(robot, "organizations", "meta");
        WaitForAsyncUtils.waitForFxEvents();
        assertCollectable(old);
    }

    /** As ControlsFX's MemoryLeakUtils.assertCollectable: a bounded loop of full collections until every ref clears. */
    private static void assertCollectable(List<WeakReference<Object>> refs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (refs.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            System.runFinalization();
            // Give the FX thread a turn: pending pulses and runLaters may still hold the last old view.
            WaitForAsyncUtils.waitForFxEvents();
        }
        System.out.println("leak switches=" + SWITCHES + " old views and controllers still reachable="
                + refs.stream().filter(r -> r.get() != null).count() + " of " + refs.size());
        for (WeakReference<Object> r : refs) assertNull(r.get(), "still reachable after " + SWITCHES + " switches: " + r.get());
    }

    @Test
    void onlyTheCurrentViewWritesPreferences(FxRobot robot) throws Exception {
        switchLanguage(robot);
        switchLanguage(robot);
        List<String> writes = new CopyOnWriteArrayList<>();
        PreferenceChangeListener listener = e -> writes.add(e.getKey());
        w.prefsNode.addPreferenceChangeListener(listener);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LaneGrouping.COUNTRY, w.timeline(robot).getGrouping());
        // Change events come in order on one thread: once the sentinel's has come, every earlier one has.
        w.prefsNode.put("sentinel", "x");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> writes.contains("sentinel"));
        w.prefsNode.removePreferenceChangeListener(listener);
        assertEquals(1, writes.stream().filter("grouping"::equals).count(), "grouping written once: " + writes);
    }

    @Test
    void theZoomSurvivesALanguageSwitch(FxRobot robot) {
        robot.clickOn("#zoomInButton").clickOn("#zoomInButton");
        TimelineView before = w.timeline(robot);
        Instant start = before.getVisibleStart();
        Instant end = before.getVisibleEnd();
        switchLanguage(robot);
        TimelineView after = w.timeline(robot);
        assertTrue(after != before, "the view was rebuilt");
        assertEquals(start, after.getVisibleStart());
        assertEquals(end, after.getVisibleEnd());
    }

    @Test
    void theZoomAndTheLaneScrollSurviveALanguageSwitch(FxRobot robot) {
        // given: zoomed in and the lanes scrolled down, from the keyboard
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.type(KeyCode.EQUALS, 2).type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView before = w.timeline(robot);
        javafx.scene.control.ScrollBar bar = (javafx.scene.control.ScrollBar) before.lookup(".lane-scroll-bar");
        double scrolled = bar.getValue();
        assertTrue(scrolled > 0, "the lanes were scrolled");
        Instant start = before.getVisibleStart();
        Instant end = before.getVisibleEnd();
        // when
        switchLanguage(robot);
        // then: the rebuilt view shows the same range and the same lanes
        TimelineView after = w.timeline(robot);
        assertTrue(after != before, "the view was rebuilt");
        assertEquals(start, after.getVisibleStart());
        assertEquals(end, after.getVisibleEnd());
        assertEquals(scrolled, ((javafx.scene.control.ScrollBar) after.lookup(".lane-scroll-bar")).getValue(), 0.5);
    }

    @Test
    void inItalianTheDetailsGiveTheDateAndItsNoteInItalian(FxRobot robot) {
        // given: the window switched to Italian, the memo found with the search and picked in the table
        switchLanguage(robot);
        robot.clickOn("#search").write("fossato");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node row = robot.lookup("#eventTable .table-row-cell")
                .match((javafx.scene.control.TableRow<EventTable.Row> r) -> r.getItem() != null
                        && "google-no-moat-memo".equals(r.getItem().event().id()))
                .query();
        // when
        robot.clickOn(row);
        // then: the day in Italian words, the Italian note, and its evidence numbered as the list numbers it
        assertEquals("google-no-moat-memo", w.window.model().getSelectedEvent().id());
        String date = robot.lookup("#date").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(date.startsWith("4 maggio 2023"), date);
        String note = robot.lookup("#dateNote").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(note.contains("il 4 maggio 2023") && note.endsWith("(fonte [1])."), note);
        String first = robot.lookup("#evidence0").queryAs(javafx.scene.control.Hyperlink.class).getText();
        assertTrue(first.startsWith("[1] "), first);
    }
}
