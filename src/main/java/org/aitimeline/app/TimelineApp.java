package org.aitimeline.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.aitimeline.ui.ExplorerWindow;

/** The JavaFX application: opens the explorer window on a given file, the last dataset or the bundled one. */
public class TimelineApp extends Application {

    /** The dataset file named on the command line, set by {@link Launcher} before launch (null: none). */
    static volatile Path fileToOpen;

    @Override
    public void start(Stage stage) throws Exception {
        ExplorerWindow.standard(stage, getHostServices()::showDocument).show(fileToOpen);
    }
}
