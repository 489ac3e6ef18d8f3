package org.aitimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimelineAppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new TimelineApp().start(stage);
    }

    @Test
    void windowOpensWithTheAppTitle() {
        assertEquals("Open-Source AI Timeline", stage.getTitle());
    }
}
