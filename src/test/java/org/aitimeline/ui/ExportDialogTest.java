package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export PNG… driven by a robot: options, preview, export to the file the (fake) chooser returns. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private ExportDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        // The owner needs a scene: a modal child of a window without one trips Monocle.
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        dialog = new ExportDialog(stage, org.aitimeline.export.TimelineImageTest.bundledContext(), dialogs, org.aitimeline.ui.task.TaskRunner.shared());
        dialog.show();
    }

    @Test
    void exportsAFileOfTheChosenWidth(FxRobot robot) throws Exception {
        Path target = dir.resolve("from-dialog.png");
        dialogs.exportTarget = target;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportPreview").queryAs(ImageView.class).getImage() != null);
        assertNotNull(robot.lookup("#exportPreview").queryAs(ImageView.class).getImage(), "a preview is shown");

        robot.clickOn("#exportByWidth");
        robot.doubleClickOn("#exportWidth .text-field").write("2400").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#exportTitle").write("Open models, 2023-2025");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target)
                && robot.lookup("#exportStatus").queryAs(Label.class).getText().startsWith("Wrote"));
        BufferedImage img = ImageIO.read(target.toFile());
        assertEquals(2400, img.getWidth());
        assertEquals("Open models, 2023-2025", org.aitimeline.export.PngChunks.text(target).get("Title"));
    }

    @Test
    void anUnwritableTargetIsReportedInWords(FxRobot robot) throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "x");
        dialogs.exportTarget = file.resolve("x.png");
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#exportStatus").queryAs(Label.class).getText().startsWith("Export failed"));
        String status = robot.lookup("#exportStatus").queryAs(Label.class).getText();
        assertTrue(status.length() > "Export failed: ".length(), status);
        assertTrue(Files.isRegularFile(file) && Files.readString(file).equals("x"));
    }
}
