package org.aitimeline.timeline;

/**
 * One thing drawn in a lane row: a single event (dot or, for month/year precision, a bracket across its span)
 * with its title, or a cluster of nearby events showing their count. Built by {@link TimelineFrame}.
 */
public final class Marker {

    final int lane;
    final int row;
    /** Global event index for a single event; for a cluster, the first member's. */
    final int event;
    int count;
    final double x;
    double endX;
    double minDay;
    double maxDay;
    String label;
    double labelWidth;
    double right;

    Marker(int lane, int row, int event, int count, double x, double endX, double minDay, double maxDay) {
        this.lane = lane;
        this.row = row;
        this.event = event;
        this.count = count;
        this.x = x;
        this.endX = endX;
        this.minDay = minDay;
        this.maxDay = maxDay;
    }

    public int lane() {
        return lane;
    }

    public int row() {
        return row;
    }

    /** Global index of the event (first member for clusters). */
    public int event() {
        return event;
    }

    public int count() {
        return count;
    }

    public boolean isCluster() {
        return count > 1;
    }

    public double x() {
        return x;
    }

    public double endX() {
        return endX;
    }

    /** First day covered (for a cluster: of its earliest member). */
    public double minDay() {
        return minDay;
    }

    /** Day after the last day covered. */
    public double maxDay() {
        return maxDay;
    }

    public String label() {
        return label;
    }

    public double labelWidth() {
        return labelWidth;
    }

    /** Right edge of everything this marker draws (glyph and label). */
    public double right() {
        return right;
    }
}
