package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The layers of the last session come back, each shown or hidden as it was, and a change is remembered. */
@ExtendWith(ApplicationExtension.class)
class LayersRestoredTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> {
            prefs.put("lastDataset", "bundled:notable-models");
            prefs.put("layers", "1 bundled:notable-models\n0 bundled:timeline");
        });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void theRecordReopensWithTheArticlesHiddenOverIt(FxRobot robot) throws Exception {
        // given the last session's record with the articles hidden over it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle()
                && w.window.model().getLayers().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true, false), w.window.model().layerVisibilityProperty().get());
        int record = w.window.model().getDataset().events().size();
        assertTrue(record > 900, "only the record is shown: " + record);
        CheckBox articles = robot.lookup("#layerVisible1").queryAs(CheckBox.class);
        assertFalse(articles.isSelected());

        // when the articles are shown
        robot.clickOn(articles);
        WaitForAsyncUtils.waitForFxEvents();

        // then they are drawn again, and the preferences say so
        assertTrue(w.window.model().getDataset().events().size() > record);
        assertEquals("1 bundled:notable-models\n1 bundled:timeline", w.prefsNode.get("layers", ""));
    }
}
