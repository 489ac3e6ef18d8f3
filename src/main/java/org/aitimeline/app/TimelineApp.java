package org.aitimeline.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;

/** The JavaFX application: loads the bundled dataset and opens the explorer window. */
public class TimelineApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Dataset dataset = new DatasetLoader().loadBundled();
        ListView<String> list = new ListView<>();
        for (Event e : dataset.events()) {
            list.getItems().add(e.date().format(java.util.Locale.ENGLISH) + "  " + e.title().en());
        }
        stage.setTitle("Open-Source AI Timeline");
        stage.setScene(new Scene(list, 1200, 800));
        stage.show();
    }
}
