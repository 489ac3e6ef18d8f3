package org.aitimeline.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.timeline.TimelineView;

/** The JavaFX application: loads the bundled dataset and opens the explorer window. */
public class TimelineApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Dataset dataset = new DatasetLoader().loadBundled();
        TimelineView view = new TimelineView();
        var orgs = dataset.organizationsById();
        view.setLaneTitles((g, key, locale) -> g == org.aitimeline.timeline.LaneGrouping.ORGANIZATION && orgs.containsKey(key)
                ? orgs.get(key).name() : org.aitimeline.timeline.LaneTitles.DEFAULT.title(g, key, locale));
        view.getEvents().setAll(dataset.events());
        view.fitAll();
        stage.setTitle("Open-Source AI Timeline");
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
    }
}
