package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Authoring as a user does it: an event from a selected passage, the form, undo and redo, saving and the prompt. */
@ExtendWith(ApplicationExtension.class)
class AuthoringTest {

    private WindowRobot w;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        w.close();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) for (MenuItem i : m.getItems()) if (id.equals(i.getId())) return i;
        throw new AssertionError("no menu item " + id);
    }


    private void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) robot.write(text);
    }

    @Test
    void anEventFromASelectedPassageIsCommittedUndoneRedoneAndSaved(FxRobot robot) throws Exception {
        // given: a passage selected in an article
        Passage passage = w.selectText(robot);

        // when: Ctrl+N opens the form with the passage and a date from the article
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> passages = robot.lookup("#formPassages").queryAs(ListView.class);
        assertEquals(java.util.List.of(passage), passages.getItems());
        Button commit = robot.lookup("#formCommit").queryAs(Button.class);
        assertTrue(commit.isDisabled(), "an empty form cannot be committed");

        robot.clickOn("#formTitleEn").write("Authors test the editor");
        robot.clickOn("#formTitleIt").write("Gli autori provano l'editor");
        robot.clickOn("#formSummaryEn").write("A test event made from a passage.");
        robot.clickOn("#formSummaryIt").write("Un evento di prova fatto da un passo.");
        robot.clickOn("#formCategory").clickOn(w.window.model().labels().get("category.statement"));

        // an impossible date: its message at the field, and no commit
        replaceText(robot, "#formDate", "2023-13");
        Label dateProblem = robot.lookup("#formDateProblem").queryAs(Label.class);
        assertTrue(dateProblem.isVisible() && dateProblem.getText().startsWith("impossible or malformed date"),
                dateProblem.getText());
        assertTrue(commit.isDisabled());
        assertTrue(robot.lookup("#formProblems").queryAs(Label.class).getText().startsWith("Cannot commit"));

        replaceText(robot, "#formDate", "2023-03");
        assertEquals("Mar 2023 · month precision", robot.lookup("#formDateReading").queryAs(Label.class).getText());
        assertFalse(dateProblem.isVisible());
        assertFalse(commit.isDisabled(), robot.lookup("#formProblems").queryAs(Label.class).getText());
        robot.clickOn(commit);
        WaitForAsyncUtils.waitForFxEvents();

        // then: on the timeline, selected, and the title marks unsaved changes
        ExplorerModel model = w.window.model();
        Event made = model.getDataset().events().stream().filter(e -> e.title().en().equals("Authors test the editor"))
                .findFirst().orElseThrow();
        assertEquals(java.util.List.of(passage), made.passages());
        assertTrue(w.timeline(robot).getEvents().contains(made), "shown on the timeline");
        assertEquals(made, model.getSelectedEvent());
        assertTrue(w.stage.getTitle().startsWith("• "), w.stage.getTitle());
        assertEquals("Undo Add ‘Authors test the editor’", menuItem(robot, "undoItem").getText());

        // undo (Ctrl+Z) and redo (Ctrl+Y) with the keyboard, focus on the timeline
        robot.clickOn("#timeline");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.getDataset().event(made.id()).isEmpty(), "undone");
        assertFalse(w.timeline(robot).getEvents().contains(made));
        assertFalse(w.stage.getTitle().startsWith("• "), "back to the saved value: " + w.stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(w.timeline(robot).getEvents().contains(made), "redone");

        // save (Ctrl+S): the bundled dataset is read-only, so a copy is saved where the user says
        Path target = dir.resolve("mine.json");
        w.dialogs.saveTarget = target;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle() && !w.stage.getTitle().startsWith("• "));
        Dataset reopened = new DatasetLoader().load(target);
        assertEquals(made, reopened.event(made.id()).orElseThrow(), "found again in the saved file");
        assertTrue(w.stage.getTitle().startsWith("mine.json"), w.stage.getTitle());
    }

    @Test
    void deleteIsUndoableAndClosingWithUnsavedChangesAsksFirst(FxRobot robot) {
        ExplorerModel model = w.window.model();
        Event first = w.timeline(robot).getEvents().get(0);
        robot.interact(() -> model.select(first));
        robot.clickOn("#timeline", MouseButton.SECONDARY);
        robot.interact(() -> model.select(first));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.getDataset().event(first.id()).isEmpty(), "deleted");
        assertEquals("Undo Delete ‘" + first.title().en() + "’", menuItem(robot, "undoItem").getText());

        // Closing asks; Cancel keeps the window and the changes.
        w.dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);
        robot.interact(() -> w.stage.fireEvent(new WindowEvent(w.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, w.dialogs.unsavedAsked.size());
        assertTrue(w.stage.isShowing());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.getDataset().event(first.id()).isPresent(), "undone");

        // Ctrl+Q with nothing unsaved closes without asking.
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, w.dialogs.unsavedAsked.size());
        assertFalse(w.stage.isShowing());
    }

    @Test
    void openRecentListsTheFilesOpenedWithMissingOnesMarkedAndOpensOne(FxRobot robot) throws Exception {
        // given: a dataset file of the user's (with its articles) and a file that has gone, opened earlier
        Path mine = dir.resolve("copy").resolve("dataset.json");
        new org.aitimeline.data.RecoveryFile(mine.getParent()).write(w.bundled, null);
        Path gone = dir.resolve("gone.json");
        WaitForAsyncUtils.asyncFx(() -> {
            new UserPreferences(w.prefsNode).addRecentFile(gone.toString());
            new UserPreferences(w.prefsNode).addRecentFile(mine.toString());
        }).get();

        // when
        robot.clickOn("File").clickOn("Open recent");
        WaitForAsyncUtils.waitForFxEvents();
        Menu recent = (Menu) menuItem(robot, "recentMenu");
        assertEquals(List.of("dataset.json  (" + mine.getParent() + ")", "gone.json (missing)  (" + dir + ")"),
                recent.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(recent.getItems().get(1).isDisable(), "a missing file cannot be chosen");
        robot.clickOn("dataset.json  (" + mine.getParent() + ")");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle()
                && mine.toAbsolutePath().toString().equals(w.window.model().getDataset().origin()));

        // then: it is open, named in the title, and first in the list
        assertEquals(w.bundled.events(), w.window.model().getDataset().events());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> w.stage.getTitle()).get().startsWith("dataset.json — "));
        assertEquals(mine.toAbsolutePath().toString(), new UserPreferences(w.prefsNode).recentFiles().get(0));
    }
}
