package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aitimeline.timeline.OverviewGrab.Handle;
import org.junit.jupiter.api.Test;

/** What a press grabs of the overview's current-view rectangle, wide and thin. */
class OverviewGrabTest {

    @Test
    void aWideRectangleHasEdgesThatResizeAndAnInsideThatMoves() {
        assertTrue(OverviewGrab.edgesActive(100, 200));
        assertEquals(Handle.LEFT, OverviewGrab.at(95, 100, 200), "just outside the left edge");
        assertEquals(Handle.LEFT, OverviewGrab.at(106, 100, 200));
        assertEquals(Handle.MOVE, OverviewGrab.at(107, 100, 200));
        assertEquals(Handle.MOVE, OverviewGrab.at(150, 100, 200));
        assertEquals(Handle.RIGHT, OverviewGrab.at(194, 100, 200));
        assertEquals(Handle.RIGHT, OverviewGrab.at(206, 100, 200));
        assertEquals(Handle.NONE, OverviewGrab.at(207, 100, 200));
        assertEquals(Handle.NONE, OverviewGrab.at(50, 100, 200));
    }

    @Test
    void aThinRectangleKeepsAGrabAreaForMovingAndNoEdges() {
        // 3 px wide: before, its two edge zones covered it and every grab zoomed
        assertFalse(OverviewGrab.edgesActive(100, 103));
        for (double x = 101.5 - 6; x <= 101.5 + 6; x += 0.5) {
            assertEquals(Handle.MOVE, OverviewGrab.at(x, 100, 103), "at " + x);
        }
        assertEquals(Handle.NONE, OverviewGrab.at(101.5 - 6.5, 100, 103));
        assertEquals(Handle.NONE, OverviewGrab.at(101.5 + 6.5, 100, 103));
        // Even zero pixels wide (a view of a day seen over decades).
        assertEquals(Handle.MOVE, OverviewGrab.at(300, 300, 300));
    }

    @Test
    void edgesComeBackOnlyWhenBothEdgesAndTheGrabAreaFit() {
        double enough = 2 * OverviewGrab.EDGE_PX + OverviewGrab.MIN_GRAB_PX;
        assertTrue(OverviewGrab.edgesActive(0, enough));
        assertFalse(OverviewGrab.edgesActive(0, enough - 0.5));
        // Between thin and wide, the whole rectangle moves.
        assertEquals(Handle.MOVE, OverviewGrab.at(0.5, 0, enough - 1));
        assertEquals(Handle.MOVE, OverviewGrab.at(enough - 1.5, 0, enough - 1));
        // At the width where edges return, the middle still moves.
        assertEquals(Handle.MOVE, OverviewGrab.at(enough / 2, 0, enough));
    }
}
