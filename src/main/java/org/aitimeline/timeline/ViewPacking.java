package org.aitimeline.timeline;

/**
 * The packing a view needs, kept between frames: reused while the zoom is the same and the view stays inside the
 * days it packed (two view widths either side), so panning repaints without repacking and lanes keep their
 * heights; made again after a zoom (then only a quarter of a view width either side), a new layout or a new row cap. It also holds the rule for the room a fitted
 * view keeps after its last event, and packs the titles that would not fit there to the left of their markers.
 */
public final class ViewPacking {

    /** A packing covers this many view widths on either side of the view, so panning rarely repacks... */
    static final double MARGIN_SPANS = 2;
    /**
     * ...except right after a zoom: the next zoom step repacks anyway, so it packs only what reaches into the view
     * (a quarter of a view width either side, where titles of events just outside it start).
     */
    static final double ZOOM_MARGIN_SPANS = 0.25;
    /** Pixels kept free after the last event when a view is fitted, for the last titles. */
    static final double TITLE_ROOM = 240;

    /** The room a fitted view keeps after the last event: a quarter of the plot, at most {@link #TITLE_ROOM}. */
    static double titleRoom(double plotWidth) {
        return Math.min(TITLE_ROOM, plotWidth * 0.25);
    }

    /**
     * The one fit rule for the last titles, used by the window and the export: the days {@code [min, max)} with the
     * usual margin, widened on the right so that {@link #titleRoom} pixels of a {@code plotWidth} plot stay free
     * after the last event. A packing's right limit is the end of this range: titles that would cross it turn left.
     */
    public static double[] fitRange(double min, double max, double plotWidth) {
        double[] range = EpochDays.fit(min, max, 0);
        if (plotWidth < 300) return range;
        double room = titleRoom(plotWidth);
        return EpochDays.fit(min, max, (range[1] - range[0]) * room / (plotWidth - room));
    }

    private LanePacking current;
    /** The labels of {@link #measured}, their widths measured once per layout and font. */
    private LanePacking.Labels measuredLabels;
    private LaneLayout measured;

    /** The packing for {@code layout} seen through {@code scale}, made only when the last one does not cover it. */
    public LanePacking get(LaneLayout layout, TimeScale scale, int rowCap, TextWidth width, LanePacking.Labels labels) {
        double ppd = scale.pixelsPerDay();
        if (current != null && current.layout() == layout && current.rowCap() == rowCap
                && current.covers(ppd, scale.startDay(), scale.endDay())) {
            return current;
        }
        if (measured != layout) {
            // Labels follow the layout (its events and language); a new font comes with invalidate().
            measured = layout;
            measuredLabels = LanePacking.Labels.measuredOnce(labels, layout.events().size());
        }
        double span = scale.span();
        boolean zoomed = current != null && current.layout() == layout && current.rowCap() == rowCap
                && current.pixelsPerDay() != ppd;
        double margin = (zoomed ? ZOOM_MARGIN_SPANS : MARGIN_SPANS) * span;
        // Titles that would run past where a fitted view ends go to the left of their markers.
        double limit = Double.isNaN(layout.maxDay()) ? Double.POSITIVE_INFINITY
                : fitRange(layout.minDay(), layout.maxDay(), scale.width())[1] * ppd;
        current = LanePacking.pack(layout, ppd, scale.startDay() - margin, scale.endDay() + margin, rowCap, width,
                measuredLabels, limit);
        return current;
    }

    /** Forgets the packing and the measured widths (the fonts or the labels changed). */
    public void invalidate() {
        current = null;
        measured = null;
    }
}
