package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void pixelToTimeAndBackRoundTrips() {
        Random r = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double start = r.nextDouble() * 20000;
            TimeScale s = new TimeScale(start, start + 1 + r.nextDouble() * 18000, 168, 200 + r.nextDouble() * 3000);
            double day = s.startDay() + r.nextDouble() * s.span();
            assertEquals(day, s.toDay(s.toX(day)), 1e-6);
            double x = s.x0() + r.nextDouble() * s.width();
            assertEquals(x, s.toX(s.toDay(x)), 1e-6);
        }
    }

    @Test
    void theEndsOfTheRangeMapToTheEndsOfThePlot() {
        TimeScale s = new TimeScale(100, 465, 50, 730);
        assertEquals(50, s.toX(100), 1e-9);
        assertEquals(780, s.toX(465), 1e-9);
        assertEquals(2, s.pixelsPerDay(), 1e-9);
    }

    @Test
    void zoomKeepsTheDayUnderTheAnchor() {
        TimeScale s = new TimeScale(19000, 20000, 100, 1000);
        double anchorX = 437;
        double day = s.toDay(anchorX);
        TimeScale z = s.zoomed(0.3, anchorX);
        assertEquals(day, z.toDay(anchorX), 1e-9);
        assertEquals(300, z.span(), 1e-9);
    }

    @Test
    void panMovesContentByThePixels() {
        TimeScale s = new TimeScale(0, 1000, 0, 500);
        TimeScale p = s.panned(50);
        assertEquals(s.toX(300) + 50, p.toX(300), 1e-9);
        assertTrue(p.startDay() < s.startDay());
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(5, 5, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 5, 0, 0));
    }
}
