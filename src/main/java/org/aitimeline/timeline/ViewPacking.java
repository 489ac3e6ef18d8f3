package org.aitimeline.timeline;

/**
 * The packing a view needs, kept between frames: reused while the zoom is the same and the view stays inside the
 * days it packed (three view widths either side), so panning repaints without repacking and lanes keep their
 * heights; made again after a zoom, a new layout or a new row cap.
 */
public final class ViewPacking {

    /** A packing covers this many view widths on either side of the view. */
    static final double MARGIN_SPANS = 3;

    private LanePacking current;

    /** The packing for {@code layout} seen through {@code scale}, made only when the last one does not cover it. */
    public LanePacking get(LaneLayout layout, TimeScale scale, int rowCap, TextWidth width, LanePacking.Labels labels) {
        double ppd = scale.pixelsPerDay();
        if (current != null && current.layout() == layout && current.rowCap() == rowCap
                && current.covers(ppd, scale.startDay(), scale.endDay())) {
            return current;
        }
        double span = scale.span();
        current = LanePacking.pack(layout, ppd, scale.startDay() - MARGIN_SPANS * span,
                scale.endDay() + MARGIN_SPANS * span, rowCap, width, labels);
        return current;
    }

    /** Forgets the packing (the fonts or the labels changed). */
    public void invalidate() {
        current = null;
    }
}
