package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.RecoveryFile;
import org.aitimeline.data.StateFolder;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Unsaved changes survive a killed process: written to the recovery file, offered and restored at the next start. */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    @TempDir
    Path dir;

    private WindowRobot w;

    @AfterEach
    void close() throws Exception {
        if (w != null) {
            w.dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
            w.close();
        }
        RecoveryFile.inStateFolder().delete();
    }

    @Test
    void changesOfAProcessKilledWithSigkillAreRestoredAtTheNextStart(FxRobot robot) throws Exception {
        // given: a window in a child JVM with an unsaved change, recovery written every second
        Path state = StateFolder.path();
        RecoveryFile.inStateFolder().delete();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daitimeline.state.dir=" + state.toAbsolutePath(), "-Daitimeline.recovery.seconds=1",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-Duser.language=en",
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        Path out = dir.resolve("child.out");
        pb.redirectOutput(out.toFile()).redirectError(dir.resolve("child.err").toFile());
        Process child = pb.start();
        Path recovered = state.resolve("recovery").resolve("dataset.json");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(recovered) || !child.isAlive());
            assertTrue(child.isAlive(), () -> "the child died: " + read(dir.resolve("child.err")));
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        String deleted = read(out).strip().replace("deleted ", "");
        Dataset bundled = new DatasetLoader().loadBundled();
        Event gone = bundled.event(deleted).orElseThrow();

        // when: the next start, whose user answers "Restore"
        w = WaitForAsyncUtils.asyncFx(() -> new WindowRobot(new Stage(), prefs -> { }, dialogs -> dialogs.restore = true)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.dialogs.restoreAsked == 1 && TaskRunner.shared().isIdle()
                && w.window.model().getDataset().event(gone.id()).isEmpty());

        // then: the change is back, unsaved, and the event is not on the timeline
        assertEquals(bundled.events().size() - 1, w.window.model().getDataset().events().size());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> w.stage.getTitle()).get().startsWith("• "));
        assertTrue(w.timeline(robot).getEvents().stream().noneMatch(e -> e.id().equals(gone.id())));
    }

    @Test
    void declinedRecoveryIsRemoved(FxRobot robot) throws Exception {
        Dataset bundled = new DatasetLoader().loadBundled();
        RecoveryFile.inStateFolder().write(bundled, null);
        w = WaitForAsyncUtils.asyncFx(() -> new WindowRobot(new Stage(), prefs -> { }, dialogs -> dialogs.restore = false)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.dialogs.restoreAsked == 1 && TaskRunner.shared().isIdle()
                && RecoveryFile.inStateFolder().find().isEmpty());
        assertEquals(bundled, w.window.model().getDataset());
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
