package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * One laid-out view of the timeline: the ticks and, for every lane in view, the markers after clustering and
 * label packing. It costs what is visible, not what is loaded: each lane is culled by binary search.
 *
 * <p>Packing: events are first grouped into buckets of {@link #BUCKET_PX} pixels on an absolute pixel grid (so
 * panning does not reshuffle them), then each bucket is placed in the first row of its lane that is free at its
 * x; a bucket that finds no free row joins the marker that frees first, which becomes a cluster. No two labels
 * in a row can overlap, and every visible event is counted in exactly one marker. The bracket of a month- or
 * year-precision event reserves no room beyond its label: it is drawn first and may run under later markers.
 */
public final class TimelineFrame {

    static final double BUCKET_PX = 14;
    static final double GAP = 8;
    static final double DOT_SPACE = 9;
    static final double CLUSTER_PAD = 14;

    private final LaneLayout layout;
    private final TimeScale scale;
    private final TimelineGeometry geometry;
    private final TickGenerator.Ticks ticks;
    private final List<Marker> markers;
    private final int firstLane;
    private final int lastLane;

    private TimelineFrame(LaneLayout layout, TimeScale scale, TimelineGeometry geometry, TickGenerator.Ticks ticks,
                          List<Marker> markers, int firstLane, int lastLane) {
        this.layout = layout;
        this.scale = scale;
        this.geometry = geometry;
        this.ticks = ticks;
        this.markers = markers;
        this.firstLane = firstLane;
        this.lastLane = lastLane;
    }

    /**
     * Lays out the part of {@code layout} in view.
     *
     * @param viewTop top of the visible band of the virtual drawing (0 for the window, a tile's y for export)
     * @param viewHeight height of that band
     * @param labels the label of an event by global index
     */
    public static TimelineFrame build(LaneLayout layout, TimeScale scale, TimelineGeometry geometry, double viewTop,
                                      double viewHeight, Locale locale, TextWidth width, IntFunction<String> labels) {
        TickGenerator.Ticks ticks = TickGenerator.generate(scale, locale, width);
        List<Marker> markers = new ArrayList<>();
        List<Lane> lanes = layout.lanes();
        double laneH = geometry.laneHeight();
        int first = Math.max(0, (int) Math.floor((viewTop + geometry.scrollY() - geometry.axisHeight()) / laneH));
        int last = Math.min(lanes.size() - 1,
                (int) Math.floor((viewTop + viewHeight + geometry.scrollY() - geometry.axisHeight()) / laneH));
        double ppd = scale.pixelsPerDay();
        double viewStart = scale.startDay();
        double viewEnd = scale.endDay();
        double[] rowEnd = new double[geometry.rows()];
        Marker[] rowLast = new Marker[geometry.rows()];
        String[] countLabels = new String[64];
        for (int li = first; li <= last; li++) {
            Lane lane = lanes.get(li);
            java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
            java.util.Arrays.fill(rowLast, null);
            int from = lane.firstVisible(viewStart);
            int to = lane.endVisible(viewEnd);
            double[] st = lane.start();
            double[] en = lane.end();
            int k = from;
            while (k < to) {
                if (en[k] <= viewStart) {
                    k++;
                    continue;
                }
                // One bucket: consecutive visible events whose start falls in the same absolute pixel bucket.
                long bucket = (long) Math.floor(st[k] * ppd / BUCKET_PX);
                int bucketFirst = k;
                int count = 0;
                double minDay = st[k];
                double maxDay = en[k];
                while (k < to && (long) Math.floor(st[k] * ppd / BUCKET_PX) == bucket) {
                    if (en[k] > viewStart) {
                        count++;
                        maxDay = Math.max(maxDay, en[k]);
                    }
                    k++;
                }
                double x = scale.toX(count == 1 && isDay(st[bucketFirst], en[bucketFirst]) ? minDay + 0.5 : minDay);
                double endX = scale.toX(maxDay);
                int row = freeRow(rowEnd, x);
                if (row >= 0) {
                    Marker m = new Marker(li, row, lane.events()[bucketFirst], count, x, endX, minDay, maxDay);
                    if (count == 1) {
                        m.label = labels.apply(m.event);
                        m.labelWidth = width.of(m.label);
                        // A bracket may run under later markers of its row; only its label reserves room.
                        m.right = Math.max(x, scale.x0()) + DOT_SPACE + m.labelWidth;
                    } else {
                        setClusterLabel(m, width, countLabels);
                    }
                    rowEnd[row] = m.right + GAP;
                    rowLast[row] = m;
                    markers.add(m);
                } else {
                    int r = earliestRow(rowEnd);
                    Marker m = rowLast[r];
                    m.count += count;
                    m.maxDay = Math.max(m.maxDay, maxDay);
                    m.minDay = Math.min(m.minDay, minDay);
                    m.endX = Math.max(m.endX, endX);
                    setClusterLabel(m, width, countLabels);
                    rowEnd[r] = m.right + GAP;
                }
            }
        }
        return new TimelineFrame(layout, scale, geometry, ticks, markers, first, last);
    }

    private static boolean isDay(double start, double end) {
        return end - start <= 1;
    }

    private static int freeRow(double[] rowEnd, double x) {
        for (int r = 0; r < rowEnd.length; r++) {
            if (rowEnd[r] <= x) return r;
        }
        return -1;
    }

    private static int earliestRow(double[] rowEnd) {
        int best = 0;
        for (int r = 1; r < rowEnd.length; r++) {
            if (rowEnd[r] < rowEnd[best]) best = r;
        }
        return best;
    }

    private static void setClusterLabel(Marker m, TextWidth width, String[] cache) {
        String text = m.count < cache.length ? cache[m.count] : null;
        if (text == null) {
            text = Integer.toString(m.count);
            if (m.count < cache.length) cache[m.count] = text;
        }
        if (!text.equals(m.label)) {
            m.label = text;
            m.labelWidth = width.of(text);
        }
        m.right = m.x + m.labelWidth + CLUSTER_PAD;
    }

    public LaneLayout layout() {
        return layout;
    }

    public TimeScale scale() {
        return scale;
    }

    public TimelineGeometry geometry() {
        return geometry;
    }

    public TickGenerator.Ticks ticks() {
        return ticks;
    }

    public List<Marker> markers() {
        return markers;
    }

    /** First lane index laid out (lanes above the view are skipped). */
    public int firstLane() {
        return firstLane;
    }

    /** Last lane index laid out. */
    public int lastLane() {
        return lastLane;
    }

    /** Total number of events counted in markers (each visible event once per lane it appears in). */
    public int countedEvents() {
        int n = 0;
        for (Marker m : markers) n += m.count;
        return n;
    }

    /** The marker under the point (glyph or label), or null; the point is in drawing coordinates. */
    public Marker hit(double px, double py) {
        if (px < geometry.headerWidth() || py < geometry.axisHeight()) return null;
        Marker best = null;
        for (Marker m : markers) {
            double cy = geometry.rowCenter(m.lane, m.row);
            if (Math.abs(py - cy) > geometry.rowHeight() / 2) continue;
            double left = m.isCluster() ? m.x - 2 : Math.min(m.x - 6, m.x);
            if (px >= left && px <= m.right) {
                // Prefer the marker whose start is closest on the left of the pointer.
                if (best == null || m.x > best.x) best = m;
            }
        }
        return best;
    }

    /** The lane index at a y in drawing coordinates, or -1. */
    public int laneAt(double y) {
        if (y < geometry.axisHeight()) return -1;
        int lane = (int) Math.floor((y + geometry.scrollY() - geometry.axisHeight()) / geometry.laneHeight());
        return lane >= 0 && lane < layout.lanes().size() ? lane : -1;
    }
}
