package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.Surface;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.timeline.TimelineViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Italian at its default size (issue 23): Italian country names, the singular "1 evento", and no
 * control's text cut in either language — the "Group by" box whole for every choice, and the lane-name column holding
 * "Nessuna organizzazione".
 */
@ExtendWith(ApplicationExtension.class)
class ItalianWindowTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        // The window at the size it opens with when nothing is remembered.
        w = new WindowRobot(stage, prefs -> {
            prefs.put("language", "it");
            prefs.remove("width");
            prefs.remove("height");
        });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void countryNamesAreItalian(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<String> countries = robot.lookup("#countries").queryAs(ListView.class);
        robot.interact(() -> countries.scrollTo("CN"));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup("#countries .list-cell").match((ListCell<?> c) -> "CN".equals(c.getItem()))
                .queryAs(ListCell.class);
        assertEquals("Cina", cell.getText(), "the option's name is the cell's text");
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT, KeyCode.CONTROL);
        assertTrue(drawnTexts(robot).contains("Cina"), "the lane of China is named in Italian");
        assertTrue(!drawnTexts(robot).contains("China"));
    }

    @Test
    void oneEventIsSingular(FxRobot robot) {
        // given: an organization with one event on show
        Map<String, Integer> perOrganization = new HashMap<>();
        for (Event e : w.bundled.events()) {
            if (e.isHappening()) e.organizations().forEach(o -> perOrganization.merge(o, 1, Integer::sum));
        }
        String single = perOrganization.entrySet().stream().filter(en -> en.getValue() == 1).findFirst().orElseThrow().getKey();
        // when
        w.tick(robot, "organizations", single);
        // then
        assertEquals("1 evento su " + w.countShown(e -> true), w.status(robot));
    }

    @Test
    void noControlTextIsCutInEitherLanguageAtTheDefaultSize(FxRobot robot) {
        assertEquals(1440, w.stage.getWidth(), 0.5, "the default window width");
        assertNothingCut(robot, "it");
        assertTrue(drawnTexts(robot).contains("Nessuna organizzazione"), "the lane of events without an organization, whole");
        robot.clickOn("Visualizza").clickOn("Lingua").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingCut(robot, "en");
        assertTrue(drawnTexts(robot).contains("No organization"));
    }

    /** Under every grouping (the "Group by" box shows each choice in turn), no control's text is cut. */
    private void assertNothingCut(FxRobot robot, String language) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = digits.length - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL, KeyCode.ALT).type(digits[i]).release(KeyCode.ALT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(LaneGrouping.values()[i], w.window.model().getGrouping());
            List<String> cut = new ArrayList<>();
            cut.addAll(SmallScreenTest.cutTexts(robot, w.stage.getScene().getRoot()));
            assertTrue(cut.isEmpty(), language + ", grouped by " + LaneGrouping.values()[i] + ": " + cut);
        }
    }

    /** The texts the timeline draws (lane names, titles, axis), recorded from a paint of all its lanes. */
    private List<String> drawnTexts(FxRobot robot) {
        AtomicReference<TimelineFrame> frame = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () ->
                frame.set(((TimelineViewSkin) w.timeline(robot).getSkin()).layoutOfAllLanes()));
        List<String> texts = new ArrayList<>();
        Surface recorder = (Surface) Proxy.newProxyInstance(Surface.class.getClassLoader(), new Class<?>[] {Surface.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("text")) texts.add((String) args[0]);
                    return null;
                });
        TimelinePainter.paint(recorder, frame.get(), TimelineTheme.LIGHT, new TimelinePainter.Emphasis(-1, null),
                1400, 4000, 0, 0, 1400, 4000);
        return texts;
    }
}
