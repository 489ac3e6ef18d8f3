package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.aitimeline.data.AppLog;
import org.aitimeline.text.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug's error (one with no message at all) is shown with its details and the log's path, and never as "null". */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anErrorWithoutAMessageShowsItsDetailsAndTheLogPath(FxRobot robot) throws Exception {
        AppLog.install();
        FxDialogService dialogs = new FxDialogService(Labels.of(Locale.ENGLISH), () -> null, url -> { });
        Platform.runLater(() -> dialogs.showUnexpected(owner, "Export PNG", new NullPointerException()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String header = pane.getHeaderText();
        String content = pane.getContentText();
        Path log = AppLog.file();
        assertTrue(header.startsWith("Export PNG failed"), header);
        assertTrue(content.contains(log.toString()), content);
        assertFalse((header + content).contains("null"), header + " / " + content);
        assertTrue(Files.readString(log).contains("java.lang.NullPointerException"), "the trace is in the log");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
