package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Print… and File › Export as, from the window's menus and keys. There is no printer here: pages are recorded. */
@ExtendWith(ApplicationExtension.class)
class PrintAndExportMenuTest {

    private WindowRobot w;

    /** A printer job that keeps the pages it is given, on a page of the given printable size. */
    static final class RecordingTarget implements PrintTarget {
        final Choice choice;
        final double width;
        final double height;
        final List<Node> pages = new CopyOnWriteArrayList<>();
        volatile boolean ended;
        volatile boolean onFxThread;

        RecordingTarget(Choice choice, double width, double height) {
            this.choice = choice;
            this.width = width;
            this.height = height;
        }

        @Override
        public Choice choice() {
            return choice;
        }

        @Override
        public double pageWidth() {
            return width;
        }

        @Override
        public double pageHeight() {
            return height;
        }

        @Override
        public boolean printPage(Node page) {
            onFxThread |= Platform.isFxApplicationThread();
            pages.add(page);
            return true;
        }

        @Override
        public boolean end() {
            ended = true;
            return true;
        }

        @Override
        public void cancel() {
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, TaskRunner.shared()::isIdle);
        w.close();
    }

    private void printWithCtrlP(FxRobot robot) throws Exception {
        robot.clickOn("#timeline");
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, TaskRunner.shared()::isIdle);
    }

    @Test
    void ctrlPReachesThePrintDialogStartingOnTheCurrentView(FxRobot robot) throws Exception {
        printWithCtrlP(robot);
        assertEquals(List.of(new PrintTarget.Choice(true, false)), w.dialogs.printChoicesOffered);
    }

    @Test
    void theWholeRangeSplitRunsDownSeveralPagesOffTheFxThreadAndIsRemembered(FxRobot robot) throws Exception {
        // A6 landscape minus margins: the bundled poster needs several pages at its width.
        RecordingTarget target = new RecordingTarget(new PrintTarget.Choice(false, false), 348, 225);
        w.dialogs.printTarget = target;
        printWithCtrlP(robot);
        assertTrue(target.pages.size() > 1, target.pages.size() + " pages");
        assertTrue(target.ended, "the job was ended, so it prints");
        assertTrue(!target.onFxThread, "pages are drawn and sent off the FX thread");
        double total = 0;
        for (Node page : target.pages) {
            Canvas canvas = (Canvas) ((Group) page).getChildren().get(0);
            double k = 1 / PosterPrint.PIXELS_PER_POINT;
            assertTrue(canvas.getWidth() * k <= target.width + 1, "fits the page's width: " + canvas.getWidth() * k);
            assertTrue(canvas.getHeight() * k <= target.height + 1, "fits the page's height: " + canvas.getHeight() * k);
            total += canvas.getHeight() * k;
        }
        assertTrue(total > target.height, "together the pages are taller than one");
        // The next print starts from this choice.
        w.dialogs.printTarget = null;
        printWithCtrlP(robot);
        assertEquals(new PrintTarget.Choice(false, false), w.dialogs.printChoicesOffered.get(1));
    }

    @Test
    void fittedIsOnePage(FxRobot robot) throws Exception {
        RecordingTarget target = new RecordingTarget(new PrintTarget.Choice(false, true), 348, 523);
        w.dialogs.printTarget = target;
        printWithCtrlP(robot);
        assertEquals(1, target.pages.size());
    }

    @Test
    void withoutAPrinterTheRealDialogSaysSoInOneSentence(FxRobot robot) throws Exception {
        FxDialogService dialogs = new FxDialogService(Labels.of(Locale.ENGLISH), () -> null, url -> { });
        dialogs.defaultPrinter = () -> null;
        Platform.runLater(() -> dialogs.choosePrintTarget(w.stage, new PrintTarget.Choice(true, false)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.startsWith("No printer is set up on this computer."), text);
        robot.type(KeyCode.ENTER);
    }

    /** Opens File, then the submenu, then clicks the item: as a person does with the mouse. */
    private void menu(FxRobot robot, String submenu, String item) {
        robot.clickOn(robot.from(w.stage.getScene().getRoot()).lookup(".menu-bar .menu").nth(0).queryAs(Node.class));
        robot.clickOn(shownLabel(robot, submenu));
        // Across into the submenu first, then down: a diagonal path would pass over the next File item and close it.
        robot.clickOn(shownLabel(robot, item), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node shownLabel(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item .label").match((javafx.scene.control.Label l) -> text.equals(l.getText())
                && l.getScene() != null && l.getScene().getWindow().isShowing()).queryAs(Node.class);
    }

    @Test
    void theExportAsMenuOpensTheDialogOnEachFormat(FxRobot robot) {
        menu(robot, "Export as", "SVG (vector image)…");
        menu(robot, "Export as", "TimelineJS story (JSON)…");
        menu(robot, "Export as", "CSV table (spreadsheet)…");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertEquals(4, w.dialogs.exportRequests.size());
        assertEquals(ExportFormat.SVG, w.dialogs.exportRequests.get(0).format());
        assertEquals(ExportFormat.TIMELINEJS, w.dialogs.exportRequests.get(1).format());
        assertEquals(ExportFormat.CSV, w.dialogs.exportRequests.get(2).format());
        assertEquals(null, w.dialogs.exportRequests.get(3).format(), "Ctrl+E: the format chosen last time");
        assertEquals(w.countShown(e -> true), w.dialogs.exportRequests.get(0).context().events().size());
    }
}
