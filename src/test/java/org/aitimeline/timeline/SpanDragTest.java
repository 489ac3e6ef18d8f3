package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The span a drag across the axis or the overview selects. */
class SpanDragTest {

    private final SpanDrag pressed = new SpanDrag(300, 300, 208, 1000);

    @Test
    void underFourPixelsIsAClick() {
        assertTrue(pressed.isClick());
        assertTrue(pressed.to(303.9).isClick());
        assertTrue(pressed.to(296.1).isClick());
        assertFalse(pressed.to(304).isClick());
        assertFalse(pressed.to(296).isClick());
    }

    @Test
    void theSpanIsTheSameEitherWayRound() {
        SpanDrag right = pressed.to(500);
        SpanDrag left = new SpanDrag(500, 500, 208, 1000).to(300);
        assertEquals(300, right.left());
        assertEquals(500, right.right());
        assertEquals(right.left(), left.left());
        assertEquals(right.right(), left.right());
    }

    @Test
    void theSpanStaysInsideThePlot() {
        SpanDrag out = pressed.to(1400);
        assertEquals(1000, out.right(), "not past the plot's right end");
        assertEquals(208, pressed.to(20).left(), "not into the lane names");
    }

    @Test
    void theDaysComeFromTheBandsOwnMapping() {
        TimeScale scale = new TimeScale(100, 892, 208, 792); // a day a pixel from x = 208
        assertArrayEquals(new double[] {192, 392}, pressed.to(500).days(scale::toDay), 1e-9);
    }

    @Test
    void aBandMustHaveWidth() {
        assertThrows(IllegalArgumentException.class, () -> new SpanDrag(0, 0, 10, 10));
    }
}
