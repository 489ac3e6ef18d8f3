package org.aitimeline.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.aitimeline.ui.ExplorerWindow;

/** The JavaFX application: opens the explorer window on the last or the bundled dataset. */
public class TimelineApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        ExplorerWindow.standard(stage).show();
    }
}
