package org.aitimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.aitimeline.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The application as it starts: the loading window becomes the explorer, its timeline showing events. */
@ExtendWith(ApplicationExtension.class)
class TimelineAppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new TimelineApp().start(stage);
    }

    @Test
    void theExplorerOpensWithItsTimelineShowingEvents(FxRobot robot) throws Exception {
        assertEquals("Open-Source AI Timeline", stage.getTitle());
        // The dataset is read off the FX thread; the explorer replaces the loading message once it is in.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#timeline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertTrue(timeline.getEvents().size() > 0, "the timeline shows events");
        assertTrue(timeline.getWidth() > 0 && timeline.getHeight() > 0, "the timeline is laid out");
        String count = robot.lookup("#statusCount").queryAs(Label.class).getText();
        assertTrue(count.matches("\\d+ .*\\d+.*"), "the status bar counts them: " + count);
    }
}
