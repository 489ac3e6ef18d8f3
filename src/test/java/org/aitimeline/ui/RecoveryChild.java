package org.aitimeline.ui;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.aitimeline.cli.ExportCommand;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;

/**
 * A window run in a child JVM by {@link RecoveryTest}: opens the bundled dataset, deletes its first event (an unsaved
 * change), says so on stdout and waits to be killed.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        ExportCommand.useHeadlessToolkit();
        ExportCommand.startToolkit();
        Platform.runLater(() -> {
            FakeDialogService dialogs = new FakeDialogService();
            ExplorerWindow window = new ExplorerWindow(new Stage(),
                    new UserPreferences(Preferences.userRoot().node("aitimeline-child-" + UUID.randomUUID())), l -> dialogs);
            try {
                window.show();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Event first = window.model().getDataset().events().get(0);
            window.authoring().apply(Edit.deleteEvent(first));
            System.out.println("deleted " + first.id());
            System.out.flush();
        });
        new CountDownLatch(1).await(); // until killed
    }
}
