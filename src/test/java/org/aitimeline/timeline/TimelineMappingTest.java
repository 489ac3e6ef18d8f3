package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The control's public time ↔ pixel mapping: what it says is where things are drawn and where clicks land. */
@ExtendWith(ApplicationExtension.class)
class TimelineMappingTest {

    private TimelineView view;
    private final List<Event> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 6; i++) {
            events.add(TimelineTestData.event("e" + i, String.format("2024-%02d-15", 2 + i), i % 2 == 0 ? "a" : "b"));
        }
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new TimelineView();
        view.getEvents().setAll(events);
        view.setVisibleRange(day(2024, 1, 1), day(2024, 9, 1));
        stage.setScene(new Scene(view, 1100, 460));
        stage.show();
    }

    private static java.time.Instant day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    @Test
    void xAndDayAreInversesAtEveryZoom() {
        double[] spans = {3, 40, 400, 4000, 15000};
        for (double span : spans) {
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
                double start = LocalDate.of(2024, 3, 1).toEpochDay();
                view.setVisibleRange(EpochDays.toInstant(start), EpochDays.toInstant(start + span));
                view.layout();
                double first = view.getTimeScale().startDay();
                double left = view.xOfDay(first);
                double right = view.xOfDay(first + view.getTimeScale().span());
                // The visible range spans the plot, which starts after the lane headers.
                assertEquals(TimelineGeometry.DEFAULT.headerWidth(), left, 1e-6, "span " + span);
                assertEquals(view.getPlotWidth(), right - left, 1e-6, "span " + span);
                for (double x = left; x <= right; x += 37.5) {
                    assertEquals(x, view.xOfDay(view.dayAt(x)), 1e-6, "x " + x + " at span " + span);
                }
                LocalDate d = LocalDate.of(2024, 3, 2);
                assertEquals(d, view.dateAt(view.xOf(d)));
            });
        }
    }

    @Test
    void onePlotWidthForTheWindow() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            view.layout();
            javafx.scene.canvas.Canvas canvas = (javafx.scene.canvas.Canvas) view.lookup(".timeline-canvas");
            assertEquals(TimelineGeometry.DEFAULT.plotWidth(canvas.getWidth()), view.getPlotWidth(), 1e-9);
        });
    }

    @Test
    void eachEventIsDrawnAndHitWhereTheMappingSays(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            view.layout();
            shot[0] = view.snapshot(null, null);
        });
        for (Event e : events) {
            AtomicReference<Point2D> at = new AtomicReference<>();
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> at.set(view.locationOf(e).orElseThrow()));
            Point2D p = at.get();
            assertEquals(view.xOf(LocalDate.ofEpochDay((long) e.date().startEpochDay())), p.getX(), 0.5, e.id());
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> assertSame(e, view.eventAt(p.getX(), p.getY()).orElseThrow()));
            // The glyph's centre pixel is in the lane's colour (not the background).
            Color c = shot[0].getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
            assertTrue(c.getSaturation() > 0.3, e.id() + " drawn at " + p + ": " + c);
            robot.clickOn(view.localToScreen(p));
            assertSame(e, view.getSelectedEvent(), "a click at the mapped point selects " + e.id());
        }
    }

    @Test
    void nothingIsHitInTheHeadersOrAxis() {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            assertTrue(view.eventAt(10, 200).isEmpty());
            assertTrue(view.eventAt(600, 5).isEmpty());
        });
    }
}
