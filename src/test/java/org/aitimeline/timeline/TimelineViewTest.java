package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline driven by a robot: wheel, drag, click, keys and the overview band. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private TimelineView view;
    private final List<Event> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 8; i++) {
            events.add(TimelineTestData.event("e" + i, String.format("2024-%02d-10", 1 + i), i % 2 == 0 ? "a" : "b"));
        }
        // The app's theme: the control takes its colours from AtlantaFX's looked-up variables.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new TimelineView();
        view.getEvents().setAll(events);
        view.setVisibleRange(day(2023, 12, 1), day(2024, 10, 1));
        stage.setScene(new Scene(view, 1200, 500));
        stage.show();
    }

    private static java.time.Instant day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    private Canvas canvas() {
        return (Canvas) view.lookup(".timeline-canvas");
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private Point2D onCanvas(double x, double y) {
        return canvas().localToScreen(x, y);
    }

    private TimelineFrame.Shown markerOf(String id) {
        AtomicReference<TimelineFrame.Shown> found = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            TimelineFrame f = skin().frame();
            for (TimelineFrame.Shown s : f.shown()) {
                if (!s.marker().isCluster() && f.layout().events().get(s.marker().event()).id().equals(id)) found.set(s);
            }
        });
        assertNotNull(found.get(), "no marker for " + id);
        return found.get();
    }

    private Point2D centreOf(TimelineFrame.Shown s) {
        AtomicReference<Point2D> p = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> p.set(onCanvas(s.x(), skin().frame().rowCenter(s.marker().lane(), s.marker().row()))));
        return p.get();
    }

    @Test
    void scrollingZoomsAroundThePointer(FxRobot robot) {
        double x = 700;
        double spanBefore = view.visibleEndDay() - view.visibleStartDay();
        double dayBefore = skin().scale().toDay(x);
        AtomicReference<Double> deltaY = new AtomicReference<>(0.0);
        canvas().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> deltaY.set(deltaY.get() + e.getDeltaY()));
        robot.moveTo(onCanvas(x, 300)).scroll(30, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double spanAfter = view.visibleEndDay() - view.visibleStartDay();
        // A positive deltaY (wheel turned away from the user on a desktop) zooms in; negative zooms out.
        assertTrue(deltaY.get() != 0, "the robot scrolled");
        if (deltaY.get() > 0) assertTrue(spanAfter < spanBefore * 0.95, "zoomed in: " + spanBefore + " -> " + spanAfter);
        else assertTrue(spanAfter > spanBefore * 1.05, "zoomed out: " + spanBefore + " -> " + spanAfter);
        assertEquals(dayBefore, skin().scale().toDay(x), spanBefore / 1000, "the day under the pointer stays put");
    }

    @Test
    void draggingPans(FxRobot robot) {
        robot.clickOn(onCanvas(600, 400)).type(KeyCode.ADD); // zoom in so there is room to pan both ways
        double startBefore = view.visibleStartDay();
        double ppd = skin().scale().pixelsPerDay();
        robot.drag(onCanvas(900, 400), MouseButton.PRIMARY).moveBy(-60, 0).moveBy(-60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(startBefore + 120 / ppd, view.visibleStartDay(), 2.0 / ppd, "moved right by 120 px of time");
    }

    @Test
    void clickingAMarkerSelectsItsEvent(FxRobot robot) {
        TimelineFrame.Shown m = markerOf("e3");
        robot.clickOn(centreOf(m));
        assertEquals("e3", view.getSelectedEvent().id());
    }

    @Test
    void doubleClickingAMarkerOpensIt(FxRobot robot) {
        AtomicReference<Event> opened = new AtomicReference<>();
        view.setOnEventOpened(e -> opened.set(e.getEvent()));
        robot.doubleClickOn(centreOf(markerOf("e5")));
        assertNotNull(opened.get());
        assertEquals("e5", opened.get().id());
    }

    @Test
    void keysMoveTheSelectionThroughTimeAndEnterOpensIt(FxRobot robot) {
        robot.clickOn(centreOf(markerOf("e2")));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals("e3", view.getSelectedEvent().id());
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals("e5", view.getSelectedEvent().id());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertEquals("e4", view.getSelectedEvent().id());
        AtomicReference<Event> opened = new AtomicReference<>();
        view.setOnEventOpened(e -> opened.set(e.getEvent()));
        robot.type(KeyCode.ENTER);
        assertSame(view.getSelectedEvent(), opened.get());
    }

    @Test
    void plusMinusAndHomeZoom(FxRobot robot) {
        robot.clickOn(onCanvas(600, 400));
        double span = view.visibleEndDay() - view.visibleStartDay();
        robot.type(KeyCode.ADD);
        assertEquals(span / 2, view.visibleEndDay() - view.visibleStartDay(), 1);
        robot.type(KeyCode.HOME);
        assertTrue(view.visibleStartDay() < view.dataMinDay() && view.visibleEndDay() > view.dataMaxDay());
        double before = view.dataMinDay() - view.visibleStartDay();
        double after = view.visibleEndDay() - view.dataMaxDay();
        assertTrue(after > 2 * before, "the fit keeps room after the last event for its title: " + before + " / " + after);
    }

    @Test
    void draggingTheOverviewRectangleMovesTheView(FxRobot robot) {
        Canvas overview = (Canvas) view.lookup(".overview-canvas");
        robot.clickOn(onCanvas(600, 400)).type(KeyCode.ADD);
        double startBefore = view.visibleStartDay();
        double span = view.visibleEndDay() - startBefore;
        AtomicReference<Point2D> centre = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            OverviewBandProbe probe = new OverviewBandProbe(view, overview);
            centre.set(overview.localToScreen(probe.centreX(), overview.getHeight() / 2));
        });
        robot.drag(centre.get(), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.visibleStartDay() > startBefore + 10, "moved later: " + startBefore + " -> " + view.visibleStartDay());
        assertEquals(span, view.visibleEndDay() - view.visibleStartDay(), 0.01, "same zoom");
    }

    @Test
    void panningStopsAtAMarginAroundTheData(FxRobot robot) {
        // given the data's last hundred days: 170 days to pan back before the bound, 12 px a day
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(day(2024, 5, 1), day(2024, 8, 9)));
        double startBefore = view.visibleStartDay();
        double span = view.visibleEndDay() - startBefore;
        // The data spans ~210 days, so the margin is its floor of 60 days (or, on the right, 40 % of the view).
        double margin = 60;
        assertTrue(startBefore > view.dataMinDay() - margin + 100, "room to pan earlier");
        for (int i = 0; i < 6; i++) { // 6 x 600 px: about 300 days
            robot.drag(onCanvas(250, 400), MouseButton.PRIMARY).moveBy(300, 0).moveBy(300, 0).release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.dataMinDay() - margin, view.visibleStartDay(), 0.5, "stopped " + margin + " days before the data");
        for (int i = 0; i < 6; i++) {
            robot.drag(onCanvas(850, 400), MouseButton.PRIMARY).moveBy(-300, 0).moveBy(-300, 0).release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.dataMaxDay() + Math.max(margin, span * 0.4), view.visibleEndDay(), 0.5, "stopped after the data");
        assertEquals(span, view.visibleEndDay() - view.visibleStartDay(), 0.01, "panning never zooms");
    }

    @Test
    void theVisibleRangeIsValidatedAndClamped() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> view.setVisibleRange(day(2024, 5, 1), day(2024, 4, 1)), "start after end");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> view.setVisibleRange(day(2024, 5, 1), day(2024, 5, 1)), "an empty range");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(day(2024, 5, 1), day(2024, 5, 1).plusSeconds(60)));
        assertEquals(TimelineView.MIN_SPAN_DAYS, view.visibleEndDay() - view.visibleStartDay(), 1e-6, "zoomed in no further than a day");
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(day(1900, 1, 1), day(2200, 1, 1)));
        assertTrue(view.visibleEndDay() - view.visibleStartDay() <= TimelineView.MAX_SPAN_DAYS + 1e-6, "zoomed out no further than 50 years");
    }

    @Test
    void eventsThatLeaveNothingInViewAreFittedAndOthersAreOfferedWithAHint(FxRobot robot) {
        List<Event> later = List.of(TimelineTestData.event("x1", "2025-06-01", "a"), TimelineTestData.event("x2", "2025-09-01", "b"));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.getEvents().setAll(later));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.visibleStartDay() < later.get(0).date().startEpochDay()
                && view.visibleEndDay() > later.get(1).date().endEpochDay(), "the view moved to the new events");
        assertEquals(0, view.getEventsOutsideView());

        List<Event> mixed = new ArrayList<>(later);
        mixed.add(TimelineTestData.event("early", "2020-01-15", "a"));
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.getEvents().setAll(mixed));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.getEventsOutsideView(), "one event is outside the kept view");
        javafx.scene.control.Label text = robot.lookup("#outsideHintText").queryAs(javafx.scene.control.Label.class);
        assertTrue(text.getParent().isVisible() && text.getText().startsWith("1 event is outside"), text.getText());
        robot.clickOn("#outsideHintFit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.visibleStartDay() < mixed.get(2).date().startEpochDay(), "Fit shows the early event too");
        assertEquals(0, view.getEventsOutsideView());
        assertTrue(!text.getParent().isVisible(), "the hint is gone");
    }

    @Test
    void theEventsOutsideAMovedViewAreCountedAsAScanOfTheirDatesWould() {
        // Days, months and years, some overlapping the view's edges: the count must match a plain scan.
        List<Event> many = TimelineTestData.random(7, 400, 5, 8);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            view.getEvents().setAll(many);
            view.setVisibleRange(day(2018, 3, 1), day(2018, 9, 1));
        });
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            int y = 2016 + r.nextInt(8);
            java.time.LocalDate from = java.time.LocalDate.of(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
            java.time.LocalDate to = from.plusDays(1 + r.nextInt(400));
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(
                    from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), to.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            double vs = view.visibleStartDay();
            double ve = view.visibleEndDay();
            long scan = many.stream().filter(e -> e.date().endEpochDay() <= vs || e.date().startEpochDay() >= ve).count();
            assertTrue(scan > 0, "each range leaves some events out");
            assertEquals(scan, view.getEventsOutsideView(), "outside " + from + " – " + to);
        }
    }

    @Test
    void aReplacedSkinNoLongerHandlesKeys(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setSkin(new TimelineViewSkin(view)));
        robot.clickOn(onCanvas(600, 400));
        double span = view.visibleEndDay() - view.visibleStartDay();
        robot.type(KeyCode.ADD);
        assertEquals(span / 2, view.visibleEndDay() - view.visibleStartDay(), 1, "zoomed once, not once per skin");
    }

    /** Where the visible window sits in the overview band, computed like the skin does. */
    private static final class OverviewBandProbe {
        private final double centreX;

        OverviewBandProbe(TimelineView view, Canvas overview) {
            OverviewBand band = new OverviewBand(LaneLayout.build(view.getEvents(), new LaneLayout.Options(view.getGrouping())));
            double left = TimelineGeometry.DEFAULT.headerWidth();
            double x1 = band.toX(view.visibleStartDay(), overview.getWidth(), left);
            double x2 = band.toX(view.visibleEndDay(), overview.getWidth(), left);
            centreX = (x1 + x2) / 2;
        }

        double centreX() {
            return centreX;
        }
    }
}
