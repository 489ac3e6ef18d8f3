package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.Lane;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.aitimeline.timeline.LaneStyle;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled dataset can be read at a glance: in the default export every title is whole for every grouping, in a
 * 1600×1000 window after Fit all 36 of the 48 events shown (75 %, measured after the content review added events and
 * hid the context events) show their whole title, and
 * lanes are told apart.
 */
@ExtendWith(ApplicationExtension.class)
class ReadabilityTest {

    /** The measured figure: 36 of 48 titles whole in a fitted 1600×1000 window (printed so a run shows it). */
    static final int WINDOW_WHOLE = 36;
    static final int WINDOW_SHOWN = 48;

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> {
            prefs.putDouble("width", 1600);
            prefs.putDouble("height", 1000);
        });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private List<Event> shownEvents() {
        return w.bundled.events().stream().filter(Event::isHappening).toList();
    }

    @Test
    void theDefaultExportClustersNothingAndCutsNoTitleInAnyGrouping() {
        for (LaneGrouping g : LaneGrouping.values()) {
            for (double scale : new double[] {1, 2}) {
                ExportContext ctx = new ExportContext(w.bundled, shownEvents(), EventFilter.NONE, g, LaneOrder.FIRST_EVENT,
                        w.window.controller().timeline().getVisibleStart(), w.window.controller().timeline().getVisibleEnd(), java.util.Locale.ENGLISH, false);
                TimelineImage image = TimelineImage.layout(ctx, new TimelineImage.Options(TimelineImage.Range.ALL, 0, scale, "", null));
                Set<Integer> drawn = new HashSet<>();
                for (TimelineFrame.Shown s : image.frame().shown()) {
                    assertTrue(!s.marker().isCluster(), g + " ×" + scale + ": a cluster of " + s.marker().count());
                    assertTrue(s.full(), g + " ×" + scale + ": title cut: " + s.marker().label());
                    drawn.add(s.marker().event());
                }
                assertEquals(shownEvents().size(), drawn.size(), g + " ×" + scale + ": every event is drawn");
                System.out.println("readability export grouping=" + g + " scale=" + scale + " px=" + image.width() + "x"
                        + image.height() + " lanes=" + image.lanes().size() + " clusters=0 cut=0");
            }
        }
    }

    @Test
    void aFittedWindowShowsMostTitlesWhole(FxRobot robot) {
        robot.clickOn("#fitButton");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<TimelineFrame> frame = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () ->
                frame.set(((TimelineViewSkin) w.timeline(robot).getSkin()).layoutOfAllLanes()));
        Set<Integer> whole = new HashSet<>();
        for (TimelineFrame.Shown s : frame.get().shown()) {
            if (!s.marker().isCluster() && s.full()) whole.add(s.marker().event());
        }
        int total = w.timeline(robot).getEvents().size();
        double share = whole.size() / (double) total;
        System.out.println("readability window 1600x1000 fit-all whole-titles=" + whole.size() + "/" + total
                + " share=" + String.format(java.util.Locale.ROOT, "%.2f", share));
        assertEquals(WINDOW_SHOWN, total, "the figure is about the bundled dataset's 48 events");
        assertTrue(whole.size() >= WINDOW_WHOLE, whole.size() + " of " + total + " titles whole; the README says "
                + WINDOW_WHOLE + " (update it if the packing changed)");
    }

    @Test
    void theFirstTwelveLanesOfEveryGroupingHaveTwelveColours() {
        for (LaneGrouping g : LaneGrouping.values()) {
            ExportContext ctx = new ExportContext(w.bundled, shownEvents(), EventFilter.NONE, g, LaneOrder.FIRST_EVENT,
                    w.window.controller().timeline().getVisibleStart(), w.window.controller().timeline().getVisibleEnd(), java.util.Locale.ENGLISH, false);
            List<Lane> lanes = TimelineImage.layout(ctx, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null)).lanes();
            Set<javafx.scene.paint.Color> colours = new HashSet<>();
            Set<LaneStyle> styles = new HashSet<>();
            for (int i = 0; i < lanes.size(); i++) {
                if (i < 12) colours.add(lanes.get(i).style().color());
                styles.add(lanes.get(i).style());
            }
            assertEquals(Math.min(12, lanes.size()), colours.size(), g + ": two of the first 12 lanes share a colour");
            assertEquals(lanes.size(), styles.size(), g + ": two lanes share colour and shape");
        }
    }
}
