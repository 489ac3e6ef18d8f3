package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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

/**
 * The faster ways to a period, by robot: a drag across the axis or across the overview band zooms to the dragged
 * span (Esc drops it, a shaky click is a click), and the overview's rectangle, however thin, moves when grabbed.
 */
@ExtendWith(ApplicationExtension.class)
class SpanZoomTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        List<Event> events = new ArrayList<>();
        for (int y = 2010; y <= 2025; y++) events.add(TimelineTestData.event("y" + y, y + "-06-10", y % 2 == 0 ? "a" : "b"));
        for (int m = 1; m <= 12; m++) events.add(TimelineTestData.event("m" + m, String.format("2024-%02d-10", m), "c"));
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new TimelineView();
        view.getEvents().setAll(events);
        view.setVisibleRange(day(2014, 1, 1), day(2024, 1, 1));
        stage.setScene(new Scene(view, 1200, 500));
        stage.show();
    }

    private static java.time.Instant day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    private Canvas canvas() {
        return (Canvas) view.lookup(".timeline-canvas");
    }

    private Canvas overview() {
        return (Canvas) view.lookup(".overview-canvas");
    }

    private Node selection() {
        return view.lookup(".span-selection");
    }

    /** The overview band's mapping, as the skin builds it from the control's events. */
    private OverviewBand band() {
        return new OverviewBand(LaneLayout.build(view.getEvents(), new LaneLayout.Options(view.getGrouping())));
    }

    private static final double LEFT = TimelineGeometry.DEFAULT.headerWidth();
    /** Inside the axis band, above the lanes. */
    private static final double AXIS_Y = 20;

    @Test
    void aDragAcrossTheAxisZoomsToTheDraggedSpan(FxRobot robot) {
        // given the days under x = 400 and 750 of the plot, read from the control's mapping
        double x1 = 400;
        double x2 = 750;
        double from = view.dayAt(canvas().getLayoutX() + x1);
        double to = view.dayAt(canvas().getLayoutX() + x2);
        double dayPerPixel = 1 / view.getTimeScale().pixelsPerDay();

        // when the person drags across the axis, right to left, with the selection shown on the way
        robot.moveTo(canvas().localToScreen(x2, AXIS_Y)).press(MouseButton.PRIMARY)
                .moveTo(canvas().localToScreen((x1 + x2) / 2, AXIS_Y));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(selection().isVisible(), "a translucent rectangle shows the span while dragging");
        assertEquals(canvas().getLayoutX() + (x1 + x2) / 2, selection().getLayoutX(), 1.5, "from the pointer");
        robot.moveTo(canvas().localToScreen(x1, AXIS_Y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then the view shows that span, to a pixel's worth of days, and the rectangle is gone
        assertEquals(from, view.visibleStartDay(), dayPerPixel, "starts under x1");
        assertEquals(to, view.visibleEndDay(), dayPerPixel, "ends under x2");
        assertFalse(selection().isVisible());
    }

    @Test
    void escDropsTheSpanAndATinyDragIsAClick(FxRobot robot) {
        double start = view.visibleStartDay();
        double end = view.visibleEndDay();
        robot.moveTo(canvas().localToScreen(400, AXIS_Y)).press(MouseButton.PRIMARY).moveTo(canvas().localToScreen(700, AXIS_Y));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(selection().isVisible(), "Esc hides the span");
        robot.moveTo(canvas().localToScreen(720, AXIS_Y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, view.visibleStartDay(), 1e-6, "Esc: no zoom, no pan");
        assertEquals(end, view.visibleEndDay(), 1e-6);

        robot.moveTo(canvas().localToScreen(500, AXIS_Y)).press(MouseButton.PRIMARY).moveTo(canvas().localToScreen(502, AXIS_Y))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, view.visibleStartDay(), 1e-6, "2 px is a click, not a span of a few days");
        assertEquals(end, view.visibleEndDay(), 1e-6);
    }

    @Test
    void aDragInThePlotStillPans(FxRobot robot) {
        double span = view.visibleEndDay() - view.visibleStartDay();
        double start = view.visibleStartDay();
        robot.drag(canvas().localToScreen(700, 300), MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, view.visibleEndDay() - view.visibleStartDay(), 1e-6, "same zoom");
        assertEquals(start + 200 / view.getTimeScale().pixelsPerDay(), view.visibleStartDay(), 1, "panned by 200 px");
    }

    @Test
    void aDragOnTheOverviewOutsideTheViewZoomsToThatSpan(FxRobot robot) {
        // given two points of the band right of the current-view rectangle (which ends on 1 Jan 2024)
        OverviewBand band = band();
        double w = overview().getWidth();
        double rectRight = band.toX(view.visibleEndDay(), w, LEFT);
        double x1 = rectRight + 20;
        double x2 = w - 30;
        assertTrue(x2 - x1 > 40, "room right of the rectangle: " + x1 + " – " + x2);
        double from = band.toDay(x1, w, LEFT);
        double to = band.toDay(x2, w, LEFT);
        double dayPerPixel = band.daysPerPixel(w, LEFT);

        robot.moveTo(overview().localToScreen(x1, overview().getHeight() / 2)).press(MouseButton.PRIMARY)
                .moveTo(overview().localToScreen((x1 + x2) / 2, overview().getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(selection().isVisible(), "the span shows on the band while dragging");
        robot.moveTo(overview().localToScreen(x2, overview().getHeight() / 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(from, view.visibleStartDay(), dayPerPixel, "starts under x1");
        assertEquals(to, view.visibleEndDay(), dayPerPixel, "ends under x2");
    }

    @Test
    void aClickOnTheOverviewOutsideTheViewStillCentresItThere(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(day(2018, 1, 1), day(2020, 1, 1)));
        OverviewBand band = band();
        double w = overview().getWidth();
        double span = view.visibleEndDay() - view.visibleStartDay();
        double x = band.toX(view.visibleStartDay(), w, LEFT) - 60;
        robot.clickOn(overview().localToScreen(x, overview().getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, view.visibleEndDay() - view.visibleStartDay(), 1e-6, "same zoom");
        assertEquals(band.toDay(x, w, LEFT), (view.visibleStartDay() + view.visibleEndDay()) / 2, band.daysPerPixel(w, LEFT));
    }

    @Test
    void theThinOverviewRectangleMovesWhenGrabbedAtItsCentre(FxRobot robot) {
        // given a view of a few weeks: its rectangle in the band is a few pixels wide
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setVisibleRange(day(2024, 3, 1), day(2024, 3, 22)));
        WaitForAsyncUtils.waitForFxEvents();
        OverviewBand band = band();
        double w = overview().getWidth();
        double x1 = band.toX(view.visibleStartDay(), w, LEFT);
        double x2 = band.toX(view.visibleEndDay(), w, LEFT);
        assertTrue(x2 - x1 < 5, "a thin rectangle: " + (x2 - x1) + " px");
        double span = view.visibleEndDay() - view.visibleStartDay();
        double start = view.visibleStartDay();

        // when the person grabs it in the middle and drags it 60 px right
        AtomicReference<Point2D> centre = new AtomicReference<>(overview().localToScreen((x1 + x2) / 2, overview().getHeight() / 2));
        robot.drag(centre.get(), MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then the view moved by 60 px of the band, at the same zoom
        assertEquals(span, view.visibleEndDay() - view.visibleStartDay(), 1e-6, "moved, not zoomed");
        assertEquals(start + 60 * band.daysPerPixel(w, LEFT), view.visibleStartDay(), 1, "moved by the drag");
    }
}
