package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A session that ended with filters on: they come back announced, with Clear; a search does not come back. */
@ExtendWith(ApplicationExtension.class)
class RestoredSessionTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> {
            prefs.put("filter.organization", "alibaba");
            prefs.put("filter.text", "Qwen");
        });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void restoredFiltersAreAnnouncedWithClearAndTheSearchIsNotRestored(FxRobot robot) {
        long alibaba = w.countShown(e -> e.organizations().contains("alibaba"));
        assertEquals(alibaba, w.timeline(robot).getEvents().size(), "the organization filter came back");
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText(), "the search did not");
        assertTrue(robot.lookup("#restoredBar").query().isVisible());
        String text = robot.lookup("#restoredBar .label").queryAs(Label.class).getText();
        assertTrue(text.contains("last session") && text.contains("Alibaba"), text);

        robot.clickOn("#restoredBar .button");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w.countShown(e -> true), w.timeline(robot).getEvents().size());
        assertFalse(robot.lookup("#restoredBar").query().isVisible());
    }
}
