package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One laid-out view of the timeline: the ticks, the lane positions (each lane as tall as its packing needs) and,
 * for what is in view, every marker with where its label goes. Drawing and hit testing both read it, so what is
 * drawn is what is clicked.
 *
 * <p>A title never runs past the plot's right edge: it is drawn to the left of its marker when the row has room
 * there, else shortened with an ellipsis (the tooltip has it whole). A title whose marker lies left of the plot
 * starts at the plot's left edge when it fits before the next marker of its row.
 */
public final class TimelineFrame {

    /** Labels shorter than this after ellipsis are left out rather than shown as "A…". */
    static final double MIN_LABEL = 28;

    /**
     * A marker as this frame shows it.
     *
     * @param x glyph x in drawing coordinates
     * @param labelX where the label starts (single events)
     * @param text the label as drawn (the title, shortened, or empty when there is no room)
     * @param full true when the whole title is shown
     * @param right right end of everything drawn (hit testing)
     * @param pinned true for the title of an event left of the plot, held at its edge: its text starts with an arrow
     *        and the event's date ("◀ 20 Jan · DeepSeek releases R1"), so it never reads as a marker in view
     */
    public record Shown(Marker marker, double x, double endX, double labelX, String text, double textWidth,
                        boolean full, double right, boolean pinned) {

        Shown(Marker marker, double x, double endX, double labelX, String text, double textWidth, boolean full, double right) {
            this(marker, x, endX, labelX, text, textWidth, full, right, false);
        }
    }

    private final LanePacking packing;
    private final TimeScale scale;
    private final TimelineGeometry geometry;
    private final TickGenerator.Ticks ticks;
    private final double[] laneTops;
    private final List<Shown> shown;
    private final int firstLane;
    private final int lastLane;

    private TimelineFrame(LanePacking packing, TimeScale scale, TimelineGeometry geometry, TickGenerator.Ticks ticks,
                          double[] laneTops, List<Shown> shown, int firstLane, int lastLane) {
        this.packing = packing;
        this.scale = scale;
        this.geometry = geometry;
        this.ticks = ticks;
        this.laneTops = laneTops;
        this.shown = shown;
        this.firstLane = firstLane;
        this.lastLane = lastLane;
    }

    /**
     * Lays out the part of a packing in view.
     *
     * @param viewTop top of the visible band of the drawing (0 for the window, a tile's y for export)
     * @param viewHeight height of that band
     * @param scrollY how far the lanes are scrolled up
     */
    public static TimelineFrame build(LanePacking packing, TimeScale scale, TimelineGeometry geometry, double viewTop,
                                      double viewHeight, double scrollY, Locale locale, TextWidth width) {
        TickGenerator.Ticks ticks = TickGenerator.generate(scale, locale, width);
        List<Lane> lanes = packing.layout().lanes();
        double[] tops = new double[lanes.size() + 1];
        double y = geometry.axisHeight() - scrollY;
        for (int li = 0; li < lanes.size(); li++) {
            tops[li] = y;
            y += geometry.laneHeight(packing.rows(li));
        }
        tops[lanes.size()] = y;
        int first = 0;
        while (first < lanes.size() && tops[first + 1] <= viewTop + geometry.axisHeight()) first++;
        int last = first - 1;
        while (last + 1 < lanes.size() && tops[last + 1] < viewTop + viewHeight) last++;

        double ppd = packing.pixelsPerDay();
        double offset = scale.x0() - scale.startDay() * ppd;
        double plotLeft = scale.x0();
        double plotRight = scale.x0() + scale.width();
        List<Shown> shown = new ArrayList<>();
        java.util.function.IntFunction<String> pinnedPrefix = event -> pinnedPrefix(packing.layout().events().get(event),
                EpochDays.dateOf(scale.startDay()).getYear(), locale);
        for (int li = first; li <= last; li++) {
            int laneFrom = shown.size();
            Marker[] markers = packing.markers(li);
            double fromAx = plotLeft - offset - packing.reach(li) - 1;
            int k = firstAtOrAfter(markers, fromAx);
            for (; k < markers.length; k++) {
                Marker m = markers[k];
                double x = m.ax + offset;
                if (x > plotRight + LanePacking.DOT_SPACE + packing.leftReach(li)) break;
                if (Math.max(m.aRight, m.aEndX) + offset < plotLeft) continue;
                shown.add(show(m, x, m.aEndX + offset, offset, plotLeft, plotRight, width, pinnedPrefix));
            }
            keepPinnedApart(shown, laneFrom, width);
        }
        return new TimelineFrame(packing, scale, geometry, ticks, tops, shown, first, last);
    }

    private static int firstAtOrAfter(Marker[] markers, double ax) {
        int lo = 0;
        int hi = markers.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (markers[mid].ax < ax) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** "◀ 20 Jan · ", "◀ Mar 2024 · ": where a pinned title's event is (the year only when it is not the view's). */
    static String pinnedPrefix(org.aitimeline.model.Event e, int viewYear, Locale locale) {
        org.aitimeline.model.PartialDate d = e.date();
        String month = d.precision() == org.aitimeline.model.PartialDate.Precision.YEAR ? ""
                : org.aitimeline.text.DateText.monthName(d.month(), locale);
        String date = switch (d.precision()) {
            case DAY -> d.day() + " " + month;
            case MONTH -> month;
            case YEAR -> "";
        };
        if (d.precision() == org.aitimeline.model.PartialDate.Precision.YEAR || d.year() != viewYear) {
            date = (date + " " + d.year()).strip();
        }
        return "◀ " + date + " · ";
    }

    /**
     * A pinned title ends before whatever else the row draws in view (a title packed left of its marker may reach the
     * plot's edge too), shortened as needed: two titles never overlap.
     */
    private static void keepPinnedApart(List<Shown> shown, int from, TextWidth width) {
        for (int i = from; i < shown.size(); i++) {
            Shown p = shown.get(i);
            if (!p.pinned() || p.text().isEmpty()) continue;
            double limit = Double.POSITIVE_INFINITY;
            for (int k = from; k < shown.size(); k++) {
                Shown o = shown.get(k);
                if (k == i || o.marker().row != p.marker().row || o.x() <= p.x()) continue;
                double left = o.marker().isCluster() ? o.x() - 2 : Math.min(o.x() - 6, o.text().isEmpty() ? o.x() : o.labelX());
                limit = Math.min(limit, left - LanePacking.GAP);
            }
            if (p.labelX() + p.textWidth() <= limit) continue;
            Shown cut = shortened(p.marker(), p.x(), p.endX(), p.labelX(), limit - p.labelX(), width, p.text());
            shown.set(i, new Shown(cut.marker(), cut.x(), cut.endX(), cut.labelX(), cut.text(), cut.textWidth(), false,
                    cut.right(), true));
        }
    }

    private static Shown show(Marker m, double x, double endX, double offset, double plotLeft, double plotRight,
                              TextWidth width, java.util.function.IntFunction<String> pinnedPrefix) {
        if (m.isCluster()) {
            return new Shown(m, x, endX, x, m.label(), m.labelWidth, true, m.aRight + offset);
        }
        double w = m.labelWidth;
        if (m.leftLabel) {
            double leftX = x - LanePacking.DOT_SPACE - w;
            if (leftX >= plotLeft && x <= plotRight + LanePacking.DOT_SPACE) return new Shown(m, x, endX, leftX, m.label(), w, true, x + 6);
            if (leftX < plotLeft && x > plotLeft) return shortened(m, x, endX, plotLeft, x - LanePacking.DOT_SPACE - plotLeft, width);
        }
        double natural = x + LanePacking.DOT_SPACE;
        double next = m.aNextX + offset - LanePacking.GAP;
        double sticky = plotLeft + LanePacking.DOT_SPACE;
        if (natural < sticky) {
            // The marker is left of the plot: the title starts at the plot's edge, after an arrow and the event's date,
            // shortened to what fits there.
            String text = pinnedPrefix.apply(m.event) + m.label();
            double pw = width.of(text) + (w - width.of(m.label())); // the badge's room, if the title has one
            double room = Math.min(next, plotRight) - sticky;
            if (pw <= room) return new Shown(m, x, endX, sticky, text, pw, true, sticky + pw, true);
            Shown cut = shortened(m, x, endX, sticky, room, width, text);
            return new Shown(m, x, endX, sticky, cut.text(), cut.textWidth(), false, cut.right(), true);
        }
        if (natural + w <= plotRight) {
            return new Shown(m, x, endX, natural, m.label(), w, true, natural + w);
        }
        double leftX = x - LanePacking.DOT_SPACE - w;
        if (leftX >= Math.max(plotLeft, m.aPrevRight + offset + LanePacking.GAP)) {
            return new Shown(m, x, endX, leftX, m.label(), w, true, x + 6);
        }
        return shortened(m, x, endX, natural, plotRight - natural, width);
    }

    private static Shown shortened(Marker m, double x, double endX, double labelX, double room, TextWidth width) {
        return shortened(m, x, endX, labelX, room, width, m.label());
    }

    private static Shown shortened(Marker m, double x, double endX, double labelX, double room, TextWidth width, String label) {
        String text = room >= MIN_LABEL ? TextFit.fit(label, room, width) : "";
        double tw = text.isEmpty() ? 0 : width.of(text);
        return new Shown(m, x, endX, labelX, text, tw, false, Math.max(x + 6, labelX + tw));
    }

    public LanePacking packing() {
        return packing;
    }

    public LaneLayout layout() {
        return packing.layout();
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

    /** What is in view, lane by lane, in x order. */
    public List<Shown> shown() {
        return shown;
    }

    /** Top of a lane in drawing coordinates (after scrolling). */
    public double laneTop(int lane) {
        return laneTops[lane];
    }

    public double laneHeight(int lane) {
        return laneTops[lane + 1] - laneTops[lane];
    }

    /** Vertical centre of a row's glyphs. */
    public double rowCenter(int lane, int row) {
        return laneTops[lane] + geometry.lanePadding() + row * geometry.rowHeight() + geometry.rowHeight() / 2;
    }

    /** First lane index in view. */
    public int firstLane() {
        return firstLane;
    }

    /** Last lane index in view (less than {@link #firstLane()} when none is). */
    public int lastLane() {
        return lastLane;
    }

    /** Total number of events counted in the shown markers. */
    public int countedEvents() {
        int n = 0;
        for (Shown s : shown) n += s.marker().count;
        return n;
    }

    /** The lane drawn at height {@code py} (drawing coordinates) below the axis, or -1. */
    public int laneAt(double py) {
        if (py < geometry.axisHeight()) return -1;
        for (int lane = firstLane; lane <= lastLane; lane++) {
            if (py >= laneTops[lane] && py < laneTops[lane + 1]) return lane;
        }
        return -1;
    }

    /** The marker under the point (glyph or label), or null; the point is in drawing coordinates. */
    public Shown hit(double px, double py) {
        if (px < geometry.headerWidth() || py < geometry.axisHeight()) return null;
        Shown best = null;
        for (Shown s : shown) {
            Marker m = s.marker();
            double cy = rowCenter(m.lane, m.row);
            if (Math.abs(py - cy) > geometry.rowHeight() / 2) continue;
            double left = m.isCluster() ? s.x() - 2 : Math.min(s.x() - 6, s.labelX());
            if (px >= left && px <= s.right()) {
                // Prefer the marker whose start is closest on the left of the pointer.
                if (best == null || s.x() > best.x()) best = s;
            }
        }
        return best;
    }
}
