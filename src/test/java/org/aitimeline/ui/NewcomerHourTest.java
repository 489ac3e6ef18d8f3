package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What got in a newcomer's way in their first hour (issue 25), each as the person meets it in the window. */
@ExtendWith(ApplicationExtension.class)
class NewcomerHourTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private static boolean hasVerdict(Event e, Verdict v) {
        return e.corrections().stream().anyMatch(c -> c.verdict() == v);
    }

    @Test
    void theCorrectionsAreAFacetWithCountsAndTheirVerdictsAreSearchWords(FxRobot robot) {
        long incorrect = w.countShown(e -> hasVerdict(e, Verdict.INCORRECT));
        assertTrue(incorrect > 0, "the bundled dataset has incorrect claims");
        long corrected = w.countShown(Event::isCorrected);

        // The facet lists the verdict with its count, and ticking it keeps those events.
        Label count = robot.lookup("#corrections .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                Verdict.INCORRECT.id().equals(c.getItem())).lookup(".facet-count").queryAs(Label.class);
        assertEquals(Long.toString(incorrect), count.getText());
        w.tick(robot, "corrections", Verdict.INCORRECT.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incorrect, w.window.model().getFilteredEvents().size());
        assertTrue(w.status(robot).startsWith(incorrect + " of"), w.status(robot));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().contains("Corrected by the record: Incorrect"));
        robot.clickOn("#clearFilters");

        // A search for the verdict or for "correction" lists them, in English and in Italian.
        robot.clickOn("#search").write("correction");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(corrected, w.window.model().getFilteredEvents().size());
        robot.doubleClickOn("#search").eraseText(12).write("errato");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incorrect, w.window.model().getFilteredEvents().size());
    }
}
