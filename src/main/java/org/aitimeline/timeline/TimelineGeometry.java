package org.aitimeline.timeline;

/**
 * The fixed measures of a timeline drawing: header column, axis rows, label rows and the padding of a lane. A lane
 * is as tall as the rows its labels need. Shared by the window and the export so both lay out identically.
 */
public record TimelineGeometry(double headerWidth, double axisHeight, double rowHeight, double lanePadding) {

    /** The header column holds the longest "no such lane" name, the Italian "Nessuna organizzazione", whole. */
    public static final TimelineGeometry DEFAULT = new TimelineGeometry(208, 46, 22, 5);

    /** Pixels kept after the plot's right edge, so a glyph on the last day is not cut by the drawing's edge. */
    public static final double RIGHT_MARGIN = 8;

    /**
     * The one plot width: a drawing {@code drawingWidth} pixels wide (the window's canvas, a poster) keeps
     * {@link #headerWidth()} for lane headers on the left and {@link #RIGHT_MARGIN} on the right.
     */
    public double plotWidth(double drawingWidth) {
        return Math.max(1, drawingWidth - headerWidth - RIGHT_MARGIN);
    }

    /** Height of a lane of {@code rows} label rows (at least one). */
    public double laneHeight(int rows) {
        return Math.max(1, rows) * rowHeight + 2 * lanePadding;
    }
}
