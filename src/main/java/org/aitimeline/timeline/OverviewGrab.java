package org.aitimeline.timeline;

/**
 * What a pointer at some x grabs in the overview band, given where the current-view rectangle is drawn
 * ({@code x1} to {@code x2}). The rectangle's edges resize it (a zoom) and its inside moves it (a pan). Zoomed in
 * far, the rectangle is a few pixels wide: its edges would then cover it whole and every grab would zoom. So a thin
 * rectangle keeps a grab area of {@link #MIN_GRAB_PX} centred on it for moving, and its edges are active only when
 * the rectangle is wide enough to hold both edges and that grab area.
 */
public final class OverviewGrab {

    /** What a press grabs: nothing (outside the rectangle), its left or right edge, or the whole rectangle. */
    public enum Handle { NONE, LEFT, RIGHT, MOVE }

    /** How far from an edge a press still takes it, each side. */
    public static final double EDGE_PX = 6;
    /** The narrowest grab area for moving, centred on the rectangle however thin it is. */
    public static final double MIN_GRAB_PX = 12;

    private OverviewGrab() {
    }

    /** Whether the rectangle is wide enough for its edges to be grabbed without taking the move area. */
    public static boolean edgesActive(double x1, double x2) {
        return x2 - x1 >= 2 * EDGE_PX + MIN_GRAB_PX;
    }

    /** What a press at {@code x} grabs when the rectangle spans {@code x1} to {@code x2}. */
    public static Handle at(double x, double x1, double x2) {
        if (edgesActive(x1, x2)) {
            if (Math.abs(x - x1) <= EDGE_PX) return Handle.LEFT;
            if (Math.abs(x - x2) <= EDGE_PX) return Handle.RIGHT;
            return x > x1 && x < x2 ? Handle.MOVE : Handle.NONE;
        }
        double centre = (x1 + x2) / 2;
        double half = Math.max(MIN_GRAB_PX, x2 - x1) / 2;
        return Math.abs(x - centre) <= half ? Handle.MOVE : Handle.NONE;
    }
}
