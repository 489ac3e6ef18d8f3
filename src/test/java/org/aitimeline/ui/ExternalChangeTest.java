package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.DatasetWriter;
import org.aitimeline.data.RecoveryFile;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The open file changed by another program: reloaded by itself, or the bar asks Reload / Keep mine. */
@ExtendWith(ApplicationExtension.class)
class ExternalChangeTest {

    private WindowRobot w;
    private Path file;
    private Dataset original;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("external");
        file = dir.resolve("mine.json");
        original = new DatasetLoader().loadBundled();
        new RecoveryFile(dir).write(original, null); // the dataset with its articles beside it
        Files.move(dir.resolve("dataset.json"), file);
        w = new WindowRobot(stage, prefs -> prefs.put("lastDataset", file.toString()));
    }

    @AfterEach
    void close() throws Exception {
        w.dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        w.close();
    }

    /** Another program writes the file without {@code event}. */
    private Event changeOnDisk(Dataset base, int index) throws Exception {
        Event gone = base.events().get(index);
        new DatasetWriter().save(Edit.deleteEvent(gone).apply(base), file);
        return gone;
    }

    private boolean barShown(FxRobot robot) {
        Node bar = robot.lookup("#externalBar").query();
        return bar.isVisible();
    }

    @Test
    void withNothingUnsavedTheFileIsReloadedByItself(FxRobot robot) throws Exception {
        assertEquals(file.toAbsolutePath().toString(), w.window.model().getDataset().origin());
        Event gone = changeOnDisk(new DatasetLoader().load(file), 3);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle()
                && w.window.model().getDataset().event(gone.id()).isEmpty());
        assertFalse(barShown(robot));
    }

    @Test
    void withUnsavedChangesTheBarOffersKeepMineAndReload(FxRobot robot) throws Exception {
        ExplorerModel model = w.window.model();
        Event mine = w.timeline(robot).getEvents().get(0);
        robot.clickOn("#timeline", MouseButton.SECONDARY);
        robot.interact(() -> model.select(mine));
        robot.type(KeyCode.DELETE);
        assertTrue(model.getDataset().event(mine.id()).isEmpty());

        Dataset onDisk = new DatasetLoader().load(file);
        Event theirs = changeOnDisk(onDisk, 5);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> barShown(robot));
        robot.clickOn("#externalKeep");
        assertFalse(barShown(robot));
        assertTrue(model.getDataset().event(mine.id()).isEmpty(), "my delete is kept");
        assertTrue(model.getDataset().event(theirs.id()).isPresent(), "their change is not taken");

        Event again = changeOnDisk(new DatasetLoader().load(file), 6);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> barShown(robot));
        robot.clickOn("#externalReload");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle()
                && model.getDataset().event(again.id()).isEmpty());
        assertTrue(model.getDataset().event(mine.id()).isPresent(), "reloaded: the file's version");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> w.stage.getTitle()).get().startsWith("• "));
    }
}
