package org.aitimeline.timeline;

/**
 * The fixed measures of a timeline drawing: header column, axis rows, lane rows. Shared by the window and the
 * export so both lay out identically.
 */
public record TimelineGeometry(double headerWidth, double axisHeight, double rowHeight, double lanePadding,
                               int rows, double scrollY) {

    public static final TimelineGeometry DEFAULT = new TimelineGeometry(168, 46, 22, 6, 3, 0);

    public double laneHeight() {
        return rows * rowHeight + 2 * lanePadding;
    }

    public double laneTop(int lane) {
        return axisHeight + lane * laneHeight() - scrollY;
    }

    /** Vertical centre of a row's glyphs. */
    public double rowCenter(int lane, int row) {
        return laneTop(lane) + lanePadding + row * rowHeight + rowHeight / 2;
    }

    public double contentHeight(int lanes) {
        return axisHeight + lanes * laneHeight();
    }

    public TimelineGeometry withRows(int value) {
        return new TimelineGeometry(headerWidth, axisHeight, rowHeight, lanePadding, value, scrollY);
    }

    public TimelineGeometry withScrollY(double value) {
        return new TimelineGeometry(headerWidth, axisHeight, rowHeight, lanePadding, rows, value);
    }

    /** Rows per lane that fill {@code height} for {@code lanes} lanes, between 2 and 5. */
    public int rowsToFill(double height, int lanes) {
        if (lanes == 0) return rows;
        double perLane = (height - axisHeight) / lanes - 2 * lanePadding;
        return (int) Math.max(2, Math.min(5, Math.floor(perLane / rowHeight)));
    }
}
