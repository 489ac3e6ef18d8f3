package org.aitimeline.timeline;

/**
 * One thing drawn in a lane row: a single event (a glyph or, for month/year precision, a bracket across its span)
 * with its title, or a cluster of nearby events showing their count. Made by {@link LanePacking} in absolute pixel
 * coordinates ({@code day × pixels-per-day}), which panning does not change; a frame adds its offset.
 */
public final class Marker {

    final int lane;
    final int row;
    /** Global event index for a single event; for a cluster, the first member's. */
    final int event;
    int count;
    /** Absolute x of the glyph (or of the cluster's start). */
    final double ax;
    /** Absolute x where the span ends (brackets, clusters). */
    double aEndX;
    double minDay;
    double maxDay;
    /** The title or count; for a single event, fetched from {@link #labels} when first drawn (most packed never are). */
    String label;
    LanePacking.Labels labels;
    double labelWidth;
    /** Absolute right end of what the marker reserves in its row (glyph and label, or pill). */
    double aRight;
    /** Right end of the previous marker in the same row (room to the left), or -∞. */
    double aPrevRight = Double.NEGATIVE_INFINITY;
    /** Glyph x of the next marker in the same row (room to the right), or +∞. */
    double aNextX = Double.POSITIVE_INFINITY;
    /** True when the title was packed to the left of the glyph (it would have run past the data's right edge). */
    boolean leftLabel;

    Marker(int lane, int row, int event, int count, double ax, double aEndX, double minDay, double maxDay) {
        this.lane = lane;
        this.row = row;
        this.event = event;
        this.count = count;
        this.ax = ax;
        this.aEndX = aEndX;
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

    /** First day covered (for a cluster: of its earliest member). */
    public double minDay() {
        return minDay;
    }

    /** Day after the last day covered. */
    public double maxDay() {
        return maxDay;
    }

    /** The event's title, or the cluster's count. */
    public String label() {
        if (label == null && labels != null) label = labels.label(event);
        return label;
    }
}
