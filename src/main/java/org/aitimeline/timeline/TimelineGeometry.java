package org.aitimeline.timeline;

/**
 * The fixed measures of a timeline drawing: header column, axis rows, label rows and the padding of a lane. A lane
 * is as tall as the rows its labels need. Shared by the window and the export so both lay out identically.
 */
public record TimelineGeometry(double headerWidth, double axisHeight, double rowHeight, double lanePadding) {

    public static final TimelineGeometry DEFAULT = new TimelineGeometry(176, 46, 22, 5);

    /** Height of a lane of {@code rows} label rows (at least one). */
    public double laneHeight(int rows) {
        return Math.max(1, rows) * rowHeight + 2 * lanePadding;
    }
}
