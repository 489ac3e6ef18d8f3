package org.aitimeline.timeline;

import java.util.List;
import javafx.scene.paint.Color;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.Surface.Align;
import org.aitimeline.timeline.Surface.Baseline;
import org.aitimeline.timeline.Surface.Stroke;

/**
 * Paints a {@link TimelineFrame} onto any {@link Surface}: lanes, grid, markers, axis and lane headers. The window
 * paints its canvas with it, the export its PNG tiles, SVG and PDF pages, and the Help legend its marks, so all
 * look the same: no mark is drawn anywhere else.
 *
 * <p>A lane's day-precision events are glyphs in the lane's colour and shape; month- and year-precision events are
 * brackets across their span (dashed when approximate); commentary is hollow and dotted with an italic title;
 * context (history an article compares with) is hollow and grey with a grey title, apart from the story; an
 * event the dataset corrects carries an amber "!" badge after its title. To paint a tile of a larger image,
 * translate the surface by minus the tile's origin and pass the tile's rectangle as the clip.
 */
public final class TimelinePainter {

    /** What to emphasise: the selected event (global index or -1) and the hovered marker (or null). */
    public record Emphasis(int selected, Marker hovered) {
        public static final Emphasis NONE = new Emphasis(-1, null);
    }

    static final double GLYPH_R = 4.5;
    private static final double PILL_H = 16;
    static final double BADGE_R = 5.5;

    private TimelinePainter() {
    }

    /**
     * Paints the part of the frame inside the clip rectangle (drawing coordinates).
     *
     * @param width the width of the whole drawing (the virtual image for export)
     * @param height the height of the whole drawing
     */
    public static void paint(Surface g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                             double width, double height, double clipX, double clipY, double clipW, double clipH) {
        paint(g, f, theme, emphasis, NO_NOTES, width, height, clipX, clipY, clipW, clipH);
    }

    /** A corrected event's footnote numbers as its badge shows them ("3", "3–4"), or "" for a plain "!". */
    public interface Notes {
        String of(Event event);
    }

    /** The window's badges: a plain "!" (the window has no footnotes to refer to). */
    public static final Notes NO_NOTES = e -> "";

    /**
     * Paints as {@link #paint(Surface, TimelineFrame, TimelineTheme, Emphasis, double, double, double, double, double,
     * double)}, each correction badge followed by the number of the footnote it refers to (a poster: "!3").
     */
    public static void paint(Surface g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis, Notes notes,
                             double width, double height, double clipX, double clipY, double clipW, double clipH) {
        TimelineGeometry geo = f.geometry();
        List<Lane> lanes = f.layout().lanes();
        double plotLeft = geo.headerWidth();
        double clipRight = clipX + clipW;
        double clipBottom = clipY + clipH;

        g.save();
        g.fillRect(clipX, clipY, clipW, clipH, theme.background());

        // Lane bands and separators.
        for (int li = f.firstLane(); li <= f.lastLane(); li++) {
            double top = f.laneTop(li);
            double h = f.laneHeight(li);
            if (top > clipBottom || top + h < clipY) continue;
            if (li % 2 == 1) {
                g.fillRect(Math.max(clipX, 0), top, Math.min(clipRight, width) - Math.max(clipX, 0), h, theme.stripe());
            }
            hRule(g, theme.grid(), Math.max(clipX, 0), Math.min(clipRight, width), top + h);
        }

        // Vertical grid at ticks.
        for (TickGenerator.Tick t : f.ticks().ticks()) {
            if (t.x() < clipX - 1 || t.x() > clipRight + 1) continue;
            vRule(g, theme.grid(), t.x(), geo.axisHeight(), height);
        }

        // Markers, clipped to the plot so brackets that start earlier do not run under the headers.
        g.save();
        g.clip(plotLeft, geo.axisHeight(), Math.max(0, width - plotLeft), Math.max(0, height - geo.axisHeight()));
        // Brackets first, so that glyphs, pills and labels of the same row are drawn over them.
        for (TimelineFrame.Shown s : f.shown()) {
            Marker m = s.marker();
            if (m.isCluster() || Math.max(s.endX(), s.right()) < clipX || s.x() > clipRight
                    || outside(f, m, clipY, clipBottom)) continue;
            Color lane = lanes.get(m.lane).style().color();
            if (isSpan(f, m.event)) paintBracket(g, f, emphasis, s, f.layout().isMuted(m.event) ? mutedColor(lane, theme) : lane);
        }
        for (TimelineFrame.Shown s : f.shown()) {
            if (s.right() < clipX || Math.min(s.x(), s.labelX()) - GLYPH_R > clipRight
                    || outside(f, s.marker(), clipY, clipBottom)) continue;
            paintMarker(g, f, theme, emphasis, notes, s, lanes.get(s.marker().lane).style(), plotLeft);
        }
        g.restore();

        paintAxis(g, f, theme, clipX, clipRight);
        paintHeaders(g, f, theme, height, clipX, clipY, clipBottom);
        g.restore();
    }

    // A tall export is painted in many tiles: a marker whose row misses the tile is not drawn at all, rather than
    // drawn and clipped (with 100k events that was every marker in every tile).
    private static boolean outside(TimelineFrame f, Marker m, double clipY, double clipBottom) {
        double cy = f.rowCenter(m.lane, m.row);
        double reach = f.geometry().rowHeight();
        return cy + reach < clipY || cy - reach > clipBottom;
    }

    private static boolean isSpan(TimelineFrame f, int event) {
        return f.layout().end(event) - f.layout().start(event) > 1;
    }

    private static void paintMarker(Surface g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis, Notes notes,
                                    TimelineFrame.Shown s, LaneStyle style, double plotLeft) {
        Marker m = s.marker();
        Color color = style.color();
        double cy = f.rowCenter(m.lane, m.row);
        boolean hovered = emphasis.hovered() == m;
        if (m.isCluster()) {
            double w = m.labelWidth + LanePacking.CLUSTER_PAD - LanePacking.GAP / 2;
            boolean mayContain = emphasis.selected() >= 0 && clusterMayContain(f, m, emphasis.selected());
            pill(g, theme, s.x(), cy, w, m.label(), hovered ? color.brighter() : color, mayContain);
            return;
        }
        Event event = f.layout().events().get(m.event);
        boolean commentary = event.isCommentary();
        boolean context = event.isContext();
        // History outside the story is drawn grey, whatever its lane: it must not read as one of the lane's events.
        if (context) color = theme.muted();
        // A muted layer (the public record under the articles): its lane's hue, faded towards the background.
        boolean mutedLayer = f.layout().isMuted(m.event);
        if (mutedLayer) color = mutedColor(color, theme);
        boolean selected = m.event == emphasis.selected();
        if (isSpan(f, m.event)) {
            // The bracket was drawn in the first pass; mark where the span starts.
            g.fillRect(Math.max(s.x(), plotLeft) - 1, cy - 6, 3, 12, color);
        } else {
            double r = hovered ? GLYPH_R + 1.5 : GLYPH_R;
            dayGlyph(g, theme, style.shape(), s.x(), cy, r, color, commentary, context || event.date().isQualified());
            if (selected) g.strokeOval(s.x() - r - 3.5, cy - r - 3.5, 2 * r + 7, 2 * r + 7, new Stroke(theme.accent(), 2.5));
        }
        if (s.text().isEmpty()) return;
        double lx = s.labelX();
        String note = s.full() && event.isCorrected() ? notes.of(event) : "";
        double badge = s.full() && event.isCorrected() ? LanePacking.BADGE_SPACE + noteWidth(note) : 0;
        double tw = s.textWidth() - badge;
        if (selected) g.strokeRoundRect(lx - 4, cy - 10, s.textWidth() + 8, 20, 4, new Stroke(theme.accent(), 2));
        if (selected || hovered) g.fillRoundRect(lx - 3, cy - 9, s.textWidth() + 6, 18, 3, theme.accent().deriveColor(0, 1, 1, 0.16));
        g.text(s.text(), lx, cy, commentary ? theme.italicFont() : theme.font(),
                selected ? theme.accent() : commentary || context || mutedLayer || s.pinned() ? theme.muted() : theme.foreground(), Align.LEFT, Baseline.CENTER);
        if (badge > 0) correctionBadge(g, theme, lx + tw + BADGE_R + 3, cy, note);
    }

    /** A muted layer's colour: the lane's, greyer and closer to the background, so the prominent layer reads first. */
    static Color mutedColor(Color lane, TimelineTheme theme) {
        return lane.desaturate().interpolate(theme.background(), 0.45);
    }

    /** A day-precision event's glyph: filled, or hollow when qualified (and dotted for commentary). */
    private static void dayGlyph(Surface g, TimelineTheme theme, MarkerShape shape, double x, double cy, double r,
                                 Color color, boolean commentary, boolean qualified) {
        if (commentary || qualified) {
            glyph(g, shape, x, cy, r, theme.background(), commentary ? new Stroke(color, 2, 2, 2) : new Stroke(color, 2));
        } else {
            glyph(g, shape, x, cy, r, color, null);
        }
    }

    /** A cluster's pill with its count; dashed accent ring when it may hold the selected event. */
    private static void pill(Surface g, TimelineTheme theme, double x, double cy, double w, String label, Color color,
                             boolean ringed) {
        g.fillRoundRect(x, cy - PILL_H / 2, w, PILL_H, PILL_H / 2, color);
        if (ringed) {
            g.strokeRoundRect(x - 2, cy - PILL_H / 2 - 2, w + 4, PILL_H + 4, PILL_H / 2 + 2, new Stroke(theme.accent(), 2, 3, 2));
        }
        g.text(label, x + w / 2, cy, theme.boldFont(), theme.clusterText(), Align.CENTER, Baseline.CENTER);
    }

    /** The context mark, as drawn on the timeline: a hollow grey circle (also drawn in legends). */
    public static void contextGlyph(Surface g, TimelineTheme theme, double cx, double cy, double r) {
        glyph(g, MarkerShape.CIRCLE, cx, cy, r, theme.background(), new Stroke(theme.muted(), 2));
    }

    /** The amber "!" that marks an event whose article the dataset corrects. */
    static void correctionBadge(Surface g, TimelineTheme theme, double cx, double cy) {
        correctionBadge(g, theme, cx, cy, "");
    }

    /** Room a badge's footnote number takes beyond the plain badge: {@link #NOTE_DIGIT} per character. */
    public static double noteWidth(String note) {
        return note.isEmpty() ? 0 : note.length() * NOTE_DIGIT + 2;
    }

    /** Width of one character of a badge's number (the bold theme font at 11 px, digits and the dash). */
    static final double NOTE_DIGIT = 6.5;

    /**
     * The amber "!" badge; with a footnote number it is a pill "!3" whose number names the footnote on the poster.
     * {@code cx} is the centre of the "!".
     */
    static void correctionBadge(Surface g, TimelineTheme theme, double cx, double cy, String note) {
        if (note.isEmpty()) g.fillOval(cx - BADGE_R, cy - BADGE_R, 2 * BADGE_R, 2 * BADGE_R, theme.warning());
        else g.fillRoundRect(cx - BADGE_R, cy - BADGE_R, 2 * BADGE_R + noteWidth(note), 2 * BADGE_R, BADGE_R, theme.warning());
        g.fillRect(cx - 0.9, cy - 3.4, 1.8, 4.2, theme.background());
        g.fillRect(cx - 0.9, cy + 1.9, 1.8, 1.6, theme.background());
        if (!note.isEmpty()) {
            g.text(note, cx + 2.5, cy, theme.boldFont(), theme.background(), Align.LEFT, Baseline.CENTER);
        }
    }

    /**
     * A lane glyph of the given shape centred at (x, y), filled with {@code fill} (or not, if null) and outlined
     * with {@code stroke} (or not, if null).
     */
    public static void glyph(Surface g, MarkerShape shape, double x, double y, double r, Color fill, Stroke stroke) {
        if (shape == MarkerShape.CIRCLE) {
            if (fill != null) g.fillOval(x - r, y - r, 2 * r, 2 * r, fill);
            if (stroke != null) g.strokeOval(x - r, y - r, 2 * r, 2 * r, stroke);
            return;
        }
        double[] p = switch (shape) {
            case SQUARE -> new double[] {x - r * 0.88, y - r * 0.88, x + r * 0.88, y - r * 0.88, x + r * 0.88, y + r * 0.88,
                x - r * 0.88, y + r * 0.88};
            case DIAMOND -> new double[] {x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y};
            default -> new double[] {x, y - r * 1.15, x + r * 1.1, y + r * 0.85, x - r * 1.1, y + r * 0.85};
        };
        if (fill != null) g.fillPolygon(p, fill);
        if (stroke != null) g.strokePolygon(p, stroke);
    }

    /** A month/year-precision span as a bracket along the top of its row, dashed when approximate. */
    private static void paintBracket(Surface g, TimelineFrame f, Emphasis emphasis, TimelineFrame.Shown s, Color color) {
        Marker m = s.marker();
        double cy = f.rowCenter(m.lane, m.row);
        double rowH = f.geometry().rowHeight();
        boolean strong = emphasis.hovered() == m || emphasis.selected() == m.event;
        Event e = f.layout().events().get(m.event);
        bracket(g, s.x(), Math.max(s.endX(), s.x() + 3), cy - rowH / 2 + 2, rowH - 4, color,
                e.date().isQualified() || e.isCommentary(), strong);
    }

    private static void bracket(Surface g, double x1, double x2, double top, double h, Color color, boolean dashed,
                                boolean strong) {
        g.fillRect(x1, top, x2 - x1, h, color.deriveColor(0, 1, 1, strong ? 0.30 : 0.14));
        if (dashed) {
            g.strokeLine(x1, top + 1, x2, top + 1, new Stroke(color, 2, 5, 3));
        } else {
            g.fillRect(x1, top, x2 - x1, 2, color); // a 2 px line, filled: see hRule
        }
        // The end ticks, 1.5 px wide.
        g.fillRect(x1, top, 1.5, 7, color);
        g.fillRect(x2 - 1.5, top, 1.5, 7, color);
    }

    /** The marks the Help legend explains, in its order. */
    public enum LegendMark { DAY, SPAN, QUALIFIED_SPAN, COMMENTARY, CONTEXT, CORRECTED, CLUSTER }

    /** Width and height of one legend mark's drawing. */
    public static final double LEGEND_W = 46;
    public static final double LEGEND_H = 22;

    /** Draws one legend mark in a {@link #LEGEND_W} × {@link #LEGEND_H} box, with the painter's own marks. */
    public static void legendMark(Surface g, LegendMark mark, Color color, TimelineTheme theme) {
        g.fillRect(0, 0, LEGEND_W, LEGEND_H, theme.background());
        double cy = LEGEND_H / 2;
        switch (mark) {
            case DAY -> {
                glyph(g, MarkerShape.CIRCLE, 10, cy, GLYPH_R, color, null);
                glyph(g, MarkerShape.SQUARE, 24, cy, GLYPH_R, color, null);
                glyph(g, MarkerShape.DIAMOND, 38, cy, GLYPH_R, color, null);
            }
            case SPAN, QUALIFIED_SPAN -> bracket(g, 4, 42, 4, LEGEND_H - 8, color, mark == LegendMark.QUALIFIED_SPAN, false);
            case COMMENTARY -> dayGlyph(g, theme, MarkerShape.CIRCLE, 23, cy, GLYPH_R + 0.5, color, true, false);
            case CONTEXT -> contextGlyph(g, theme, 23, cy, GLYPH_R + 0.5);
            case CORRECTED -> correctionBadge(g, theme, 23, cy);
            case CLUSTER -> pill(g, theme, 8, cy, 30, "12", color, false);
        }
    }

    /** True when the selected event lies in this cluster's lane and time span. */
    static boolean clusterMayContain(TimelineFrame f, Marker m, int event) {
        Lane lane = f.layout().lanes().get(m.lane);
        double s = f.layout().start(event);
        if (s < m.minDay || s >= m.maxDay) return false;
        // Lanes are sorted by start: only the events starting on the same day need checking.
        int[] idx = lane.events();
        double[] start = lane.start();
        int lo = java.util.Arrays.binarySearch(start, s);
        if (lo < 0) return false;
        while (lo > 0 && start[lo - 1] == s) lo--;
        for (int i = lo; i < start.length && start[i] == s; i++) {
            if (idx[i] == event) return true;
        }
        return false;
    }

    /** The axis band: ticks with their labels, and the context row (years, decades) under them. */
    public static void paintAxis(Surface g, TimelineFrame f, TimelineTheme theme, double clipX, double clipRight) {
        TimelineGeometry geo = f.geometry();
        double h = geo.axisHeight();
        g.fillRect(clipX, 0, clipRight - clipX, h, theme.stripe());
        hRule(g, theme.border(), clipX, clipRight, h);
        for (TickGenerator.Tick t : f.ticks().ticks()) {
            if (t.x() < clipX - 200 || t.x() > clipRight) continue;
            vRule(g, theme.grid(), t.x(), 4, h / 2);
            if (!t.label().isEmpty()) g.text(t.label(), t.labelX(), h * 0.28, theme.font(), theme.foreground(), Align.LEFT, Baseline.CENTER);
        }
        for (TickGenerator.Span s : f.ticks().context()) {
            if (s.endX() < clipX || s.x() > clipRight) continue;
            if (s.x() >= geo.headerWidth()) vRule(g, theme.border(), s.x(), h / 2, h);
            if (!s.label().isEmpty()) g.text(s.label(), s.labelX(), h * 0.74, theme.font(), theme.muted(), Align.LEFT, Baseline.CENTER);
        }
    }

    private static void paintHeaders(Surface g, TimelineFrame f, TimelineTheme theme, double height,
                                     double clipX, double clipY, double clipBottom) {
        TimelineGeometry geo = f.geometry();
        double hw = geo.headerWidth();
        if (clipX > hw) return;
        List<Lane> lanes = f.layout().lanes();
        g.fillRect(0, 0, hw, height, theme.stripe());
        for (int li = f.firstLane(); li <= f.lastLane(); li++) {
            Lane lane = lanes.get(li);
            double top = f.laneTop(li);
            if (top > clipBottom || top + f.laneHeight(li) < clipY) continue;
            double cy = top + geo.lanePadding() + geo.rowHeight() / 2;
            // A lane scrolled up under the axis (in the window, or on a printed page that continues it) keeps its
            // title at the top of what is left of it, so no row is shown without the name of its lane.
            double firstRow = geo.axisHeight() + geo.lanePadding() + geo.rowHeight() / 2;
            if (cy < firstRow) cy = Math.min(firstRow, top + f.laneHeight(li) - geo.rowHeight() / 2);
            LaneStyle style = lane.style();
            glyph(g, style.shape(), 16, cy, 5.5, style.color(), null);
            String count = Integer.toString(lane.size());
            double countW = TextFit.width(count, theme.font());
            g.text(count, hw - 10, cy, theme.font(), theme.muted(), Align.RIGHT, Baseline.CENTER);
            g.text(TextFit.fit(lane.title(), hw - 30 - countW - 16, theme.font()), 28, cy, theme.font(), theme.foreground(),
                    Align.LEFT, Baseline.CENTER);
            hRule(g, theme.grid(), 0, hw, top + f.laneHeight(li));
        }
        g.fillRect(0, 0, hw, geo.axisHeight(), theme.stripe());
        vRule(g, theme.border(), hw, 0, height);
        hRule(g, theme.border(), 0, hw, geo.axisHeight());
    }

    // Hairlines as one-pixel rectangles on the pixel row or column containing the coordinate: the same pixels a
    // one-pixel stroke at floor(v) + 0.5 covers, but the software pipeline fills a rectangle without building a
    // path, which made the strokes most of a frame's rendering time.
    private static void hRule(Surface g, Color color, double x0, double x1, double y) {
        g.fillRect(x0, Math.floor(y), Math.max(0, x1 - x0), 1, color);
    }

    private static void vRule(Surface g, Color color, double x, double y0, double y1) {
        g.fillRect(Math.floor(x), y0, 1, Math.max(0, y1 - y0), color);
    }
}
