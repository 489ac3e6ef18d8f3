package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.model.Layer;
import org.aitimeline.timeline.Lane;
import org.aitimeline.timeline.LaneLayout;
import org.aitimeline.timeline.TimelineView;
import org.aitimeline.timeline.TimelineViewSkin;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The public record opened from the File menu, the articles added over it as a layer, as a user does it. */
@ExtendWith(ApplicationExtension.class)
class LayersWindowTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    /** File › {@code submenu} › {@code item}, clicked. */
    private void menu(FxRobot robot, String submenu, String item) {
        robot.clickOn(shown(robot, "File"));
        robot.clickOn(shown(robot, submenu));
        WaitForAsyncUtils.waitForFxEvents();
        // Across first, then down: a diagonal path would cross the next item of the File menu and close the submenu.
        robot.clickOn(shown(robot, item), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        waitForLoads();
    }

    /** The shown node labelled {@code text} (a menu's items exist before they are shown, without a scene). */
    private static Node shown(FxRobot robot, String text) {
        java.util.Set<Node> all = robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", ""))).queryAll();
        return all.stream().filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible()).reduce((a, b) -> b).orElse(null);
    }

    private static void waitForLoads() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the load did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A value read on the FX thread. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<Lane> lanes(FxRobot robot) {
        TimelineView timeline = w.timeline(robot);
        return fx(() -> ((TimelineViewSkin) timeline.getSkin()).layoutOfAllLanes().layout().lanes());
    }

    /** Scrolls the lane headers until the "Other organizations" lane's header is in view, and clicks it. */
    private void clickOtherLanes(FxRobot robot) {
        TimelineView timeline = w.timeline(robot);
        for (int i = 0; i < 80; i++) {
            var at = fx(() -> timeline.laneHeaderLocation(LaneLayout.OTHER_LANES));
            if (at.isPresent() && at.get().getY() < timeline.getHeight() - 80) {
                Point2D screen = timeline.localToScreen(at.get());
                robot.clickOn(screen);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
            // Focus the timeline (the top-left cell holds the outside-view hint, so not there).
            if (i == 0) robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
            robot.type(KeyCode.DOWN); // ↓ scrolls the lanes
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("the Other organizations lane never came into view");
    }

    @Test
    void theRecordOpensFoldsItsSmallLanesAndTakesTheArticlesAsALayer(FxRobot robot) {
        // given the record, opened from File › Bundled datasets
        menu(robot, "Bundled datasets", "Epoch AI: notable models");
        int recordEvents = w.window.model().getDataset().events().size();
        assertTrue(recordEvents > 900, recordEvents + " events");
        assertEquals(1, w.window.model().getLayers().size());

        // its 300-odd organizations: the 20 largest lanes, then one that gathers the rest
        List<Lane> folded = lanes(robot);
        assertEquals(21, folded.size());
        Lane other = folded.get(20);
        assertEquals(LaneLayout.OTHER_LANES, other.key());
        assertTrue(other.title().matches("▸ Other organizations \\(\\d+\\)"), other.title());
        int gathered = Integer.parseInt(other.title().replaceAll("\\D", ""));
        assertTrue(gathered > 100, other.title());

        // when its header is clicked, the folded lanes open after it; a second click folds them again
        clickOtherLanes(robot);
        List<Lane> open = lanes(robot);
        assertEquals(21 + gathered, open.size());
        assertTrue(open.get(20).title().startsWith("▾ Other organizations"), open.get(20).title());
        clickOtherLanes(robot);
        assertEquals(21, lanes(robot).size());

        // when the articles are added as a layer
        menu(robot, "Add bundled layer", "Open-source AI: five Italian articles");
        assertEquals(2, w.window.model().getLayers().size());
        int both = w.window.model().getDataset().events().size();
        assertEquals(recordEvents + w.bundled.events().size(), both);
        CheckBox articles = robot.lookup("#layerVisible1").queryAs(CheckBox.class);
        assertEquals("Open-source AI: the story told by five Italian articles", articles.getText());
        Label count = (Label) articles.getParent().getChildrenUnmodifiable().get(2);
        assertEquals(w.bundled.events().size() + " events", count.getText());

        // then hiding it leaves the record, showing it brings the articles back
        robot.clickOn(articles);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(articles.isSelected());
        assertEquals(recordEvents, w.window.model().getDataset().events().size());
        assertTrue(w.status(robot).endsWith(" events"), w.status(robot));
        robot.clickOn(articles);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(both, w.window.model().getDataset().events().size());

        // and the articles' DeepSeek-R1, clicked in the timeline, shows the record's entry for it
        robot.clickOn("#search").write("DeepSeek-R1");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        Event r1 = w.window.model().getFilteredEvents().stream().filter(e -> e.id().equals("deepseek-r1-release")).findFirst().orElseThrow();
        assertEquals(Layer.Prominence.PROMINENT, w.window.model().layerOf(r1).prominence());
        TimelineView timeline = w.timeline(robot);
        Point2D at = fx(() -> timeline.locationOf(r1)).orElseThrow();
        robot.clickOn(timeline.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(r1, w.window.model().getSelectedEvent());
        Label entry = robot.lookup("#recordEntryText").queryAs(Label.class);
        assertTrue(entry.isVisible());
        assertEquals("In Epoch AI's record: DeepSeek-R1, 20 Jan 2025, open weights (unrestricted)", entry.getText());
        Label access = robot.lookup("#recordAccessDiffers").queryAs(Label.class);
        assertTrue(access.isVisible());
        assertEquals("The openness differs: the article says open source, the record open weights.", access.getText());
        assertFalse(robot.lookup("#recordDateDiffers").queryAs(Label.class).isVisible(), "the same day in both");
    }
}
