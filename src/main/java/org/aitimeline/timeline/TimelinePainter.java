package org.aitimeline.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.aitimeline.model.Event;

/**
 * Paints a {@link TimelineFrame} onto any {@link GraphicsContext}: lanes, grid, markers, axis and lane headers.
 * The window paints its canvas with it and the PNG export paints tiles with it, so both look the same.
 *
 * <p>A lane's day-precision events are glyphs in the lane's colour and shape; month- and year-precision events are
 * brackets across their span (dashed when approximate); commentary is hollow and dotted with an italic title;
 * context (history an article compares with) is hollow and grey with a grey title, apart from the story; an
 * event the dataset corrects carries an amber "!" badge after its title. To paint a tile of a larger image,
 * translate the context by minus the tile's origin and pass the tile's rectangle as the clip.
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
    public static void paint(GraphicsContext g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                             double width, double height, double clipX, double clipY, double clipW, double clipH) {
        TimelineGeometry geo = f.geometry();
        List<Lane> lanes = f.layout().lanes();
        double plotLeft = geo.headerWidth();
        double clipRight = clipX + clipW;
        double clipBottom = clipY + clipH;

        g.save();
        g.setFill(theme.background());
        g.fillRect(clipX, clipY, clipW, clipH);

        // Lane bands and separators.
        for (int li = f.firstLane(); li <= f.lastLane(); li++) {
            double top = f.laneTop(li);
            double h = f.laneHeight(li);
            if (top > clipBottom || top + h < clipY) continue;
            if (li % 2 == 1) {
                g.setFill(theme.stripe());
                g.fillRect(Math.max(clipX, 0), top, Math.min(clipRight, width) - Math.max(clipX, 0), h);
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
        g.beginPath();
        g.rect(plotLeft, geo.axisHeight(), Math.max(0, width - plotLeft), Math.max(0, height - geo.axisHeight()));
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        // Brackets first, so that glyphs, pills and labels of the same row are drawn over them.
        for (TimelineFrame.Shown s : f.shown()) {
            Marker m = s.marker();
            if (m.isCluster() || Math.max(s.endX(), s.right()) < clipX || s.x() > clipRight
                    || outside(f, m, clipY, clipBottom)) continue;
            if (isSpan(f, m.event)) paintBracket(g, f, theme, emphasis, s, lanes.get(m.lane).style().color());
        }
        for (TimelineFrame.Shown s : f.shown()) {
            if (s.right() < clipX || Math.min(s.x(), s.labelX()) - GLYPH_R > clipRight
                    || outside(f, s.marker(), clipY, clipBottom)) continue;
            paintMarker(g, f, theme, emphasis, s, lanes.get(s.marker().lane).style(), plotLeft);
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

    private static void paintMarker(GraphicsContext g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                                    TimelineFrame.Shown s, LaneStyle style, double plotLeft) {
        Marker m = s.marker();
        Color color = style.color();
        double cy = f.rowCenter(m.lane, m.row);
        boolean hovered = emphasis.hovered() == m;
        if (m.isCluster()) {
            double w = m.labelWidth + LanePacking.CLUSTER_PAD - LanePacking.GAP / 2;
            g.setFill(hovered ? color.brighter() : color);
            g.fillRoundRect(s.x(), cy - PILL_H / 2, w, PILL_H, PILL_H, PILL_H);
            if (emphasis.selected() >= 0 && clusterMayContain(f, m, emphasis.selected())) {
                g.setStroke(theme.accent());
                g.setLineWidth(2);
                g.setLineDashes(3, 2);
                g.strokeRoundRect(s.x() - 2, cy - PILL_H / 2 - 2, w + 4, PILL_H + 4, PILL_H + 4, PILL_H + 4);
                g.setLineDashes();
            }
            g.setFill(Color.WHITE);
            g.setFont(theme.boldFont());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(m.label(), s.x() + w / 2, cy);
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        Event event = f.layout().events().get(m.event);
        boolean commentary = event.isCommentary();
        boolean context = event.isContext();
        // History outside the story is drawn grey, whatever its lane: it must not read as one of the lane's events.
        if (context) color = theme.muted();
        boolean selected = m.event == emphasis.selected();
        if (isSpan(f, m.event)) {
            // The bracket was drawn in the first pass; mark where the span starts.
            g.setFill(color);
            g.fillRect(Math.max(s.x(), plotLeft) - 1, cy - 6, 3, 12);
        } else {
            double r = hovered ? GLYPH_R + 1.5 : GLYPH_R;
            boolean hollow = commentary || context || event.date().isQualified();
            glyph(g, style.shape(), s.x(), cy, r);
            if (hollow) {
                g.setFill(theme.background());
                g.fill();
                g.setStroke(color);
                g.setLineWidth(2);
                if (commentary) g.setLineDashes(2, 2);
                g.stroke();
                g.setLineDashes();
            } else {
                g.setFill(color);
                g.fill();
            }
            if (selected) {
                g.setStroke(theme.accent());
                g.setLineWidth(2.5);
                g.strokeOval(s.x() - r - 3.5, cy - r - 3.5, 2 * r + 7, 2 * r + 7);
            }
        }
        if (s.text().isEmpty()) return;
        double lx = s.labelX();
        double badge = s.full() && event.isCorrected() ? LanePacking.BADGE_SPACE : 0;
        double tw = s.textWidth() - badge;
        if (selected) {
            g.setStroke(theme.accent());
            g.setLineWidth(2);
            g.strokeRoundRect(lx - 4, cy - 10, s.textWidth() + 8, 20, 8, 8);
        }
        if (selected || hovered) {
            g.setFill(theme.accent().deriveColor(0, 1, 1, 0.16));
            g.fillRoundRect(lx - 3, cy - 9, s.textWidth() + 6, 18, 6, 6);
        }
        g.setFont(commentary ? theme.italicFont() : theme.font());
        g.setFill(selected ? theme.accent() : commentary || context ? theme.muted() : theme.foreground());
        g.fillText(s.text(), lx, cy);
        if (badge > 0) correctionBadge(g, theme, lx + tw + BADGE_R + 3, cy);
        g.setFont(theme.font());
    }

    /** The context mark, as drawn on the timeline: a hollow grey circle (also drawn in legends). */
    public static void contextGlyph(GraphicsContext g, TimelineTheme theme, double cx, double cy, double r) {
        glyph(g, MarkerShape.CIRCLE, cx, cy, r);
        g.setFill(theme.background());
        g.fill();
        g.setStroke(theme.muted());
        g.setLineWidth(2);
        g.stroke();
    }

    /** The amber "!" that marks an event whose article the dataset corrects (also drawn in the Help legend). */
    public static void correctionBadge(GraphicsContext g, TimelineTheme theme, double cx, double cy) {
        g.setFill(theme.warning());
        g.fillOval(cx - BADGE_R, cy - BADGE_R, 2 * BADGE_R, 2 * BADGE_R);
        g.setFill(theme.background());
        g.fillRect(cx - 0.9, cy - 3.4, 1.8, 4.2);
        g.fillRect(cx - 0.9, cy + 1.9, 1.8, 1.6);
    }

    /** Traces a lane glyph of the given shape centred at (x, y) as the current path. */
    public static void glyph(GraphicsContext g, MarkerShape shape, double x, double y, double r) {
        g.beginPath();
        switch (shape) {
            case CIRCLE -> g.arc(x, y, r, r, 0, 360);
            case SQUARE -> g.rect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
            case DIAMOND -> {
                g.moveTo(x, y - r * 1.2);
                g.lineTo(x + r * 1.2, y);
                g.lineTo(x, y + r * 1.2);
                g.lineTo(x - r * 1.2, y);
            }
            case TRIANGLE -> {
                g.moveTo(x, y - r * 1.15);
                g.lineTo(x + r * 1.1, y + r * 0.85);
                g.lineTo(x - r * 1.1, y + r * 0.85);
            }
        }
        g.closePath();
    }

    /** A month/year-precision span as a bracket along the top of its row, dashed when approximate. */
    private static void paintBracket(GraphicsContext g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                                     TimelineFrame.Shown s, Color color) {
        Marker m = s.marker();
        double cy = f.rowCenter(m.lane, m.row);
        double rowH = f.geometry().rowHeight();
        double top = cy - rowH / 2 + 2;
        double x1 = s.x();
        double x2 = Math.max(s.endX(), x1 + 3);
        boolean strong = emphasis.hovered() == m || emphasis.selected() == m.event;
        Event e = f.layout().events().get(m.event);
        if (e.isContext()) color = theme.muted();
        g.setFill(color.deriveColor(0, 1, 1, strong ? 0.30 : 0.14));
        g.fillRect(x1, top, x2 - x1, rowH - 4);
        if (e.date().isQualified() || e.isCommentary() || e.isContext()) {
            g.setStroke(color);
            g.setLineWidth(2);
            g.setLineDashes(5, 3);
            g.strokeLine(x1, top + 1, x2, top + 1);
            g.setLineDashes();
            g.setFill(color);
        } else {
            g.setFill(color);
            g.fillRect(x1, top, x2 - x1, 2); // a 2 px line, filled: see hRule
        }
        // The end ticks, 1.5 px wide.
        g.fillRect(x1, top, 1.5, 7);
        g.fillRect(x2 - 1.5, top, 1.5, 7);
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

    private static void paintAxis(GraphicsContext g, TimelineFrame f, TimelineTheme theme, double clipX,
                                  double clipRight) {
        TimelineGeometry geo = f.geometry();
        double h = geo.axisHeight();
        g.setFill(theme.stripe());
        g.fillRect(clipX, 0, clipRight - clipX, h);
        hRule(g, theme.border(), clipX, clipRight, h);
        g.setFont(theme.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (TickGenerator.Tick t : f.ticks().ticks()) {
            if (t.x() < clipX - 200 || t.x() > clipRight) continue;
            vRule(g, theme.grid(), t.x(), 4, h / 2);
            if (!t.label().isEmpty()) {
                g.setFill(theme.foreground());
                g.fillText(t.label(), t.labelX(), h * 0.28);
            }
        }
        for (TickGenerator.Span s : f.ticks().context()) {
            if (s.endX() < clipX || s.x() > clipRight) continue;
            if (s.x() >= geo.headerWidth()) vRule(g, theme.border(), s.x(), h / 2, h);
            if (!s.label().isEmpty()) {
                g.setFill(theme.muted());
                g.fillText(s.label(), s.labelX(), h * 0.74);
            }
        }
    }

    private static void paintHeaders(GraphicsContext g, TimelineFrame f, TimelineTheme theme, double height,
                                     double clipX, double clipY, double clipBottom) {
        TimelineGeometry geo = f.geometry();
        double hw = geo.headerWidth();
        if (clipX > hw) return;
        List<Lane> lanes = f.layout().lanes();
        g.setFill(theme.stripe());
        g.fillRect(0, 0, hw, height);
        g.setFont(theme.font());
        g.setTextBaseline(VPos.CENTER);
        for (int li = f.firstLane(); li <= f.lastLane(); li++) {
            Lane lane = lanes.get(li);
            double top = f.laneTop(li);
            if (top > clipBottom || top + f.laneHeight(li) < clipY) continue;
            double cy = top + geo.lanePadding() + geo.rowHeight() / 2;
            LaneStyle style = lane.style();
            glyph(g, style.shape(), 16, cy, 5.5);
            g.setFill(style.color());
            g.fill();
            String count = Integer.toString(lane.size());
            double countW = TextFit.width(count, theme.font());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(theme.muted());
            g.fillText(count, hw - 10, cy);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(theme.foreground());
            g.fillText(TextFit.fit(lane.title(), hw - 30 - countW - 16, theme.font()), 28, cy);
            hRule(g, theme.grid(), 0, hw, top + f.laneHeight(li));
        }
        g.setFill(theme.stripe());
        g.fillRect(0, 0, hw, geo.axisHeight());
        vRule(g, theme.border(), hw, 0, height);
        hRule(g, theme.border(), 0, hw, geo.axisHeight());
    }

    // Hairlines as one-pixel rectangles on the pixel row or column containing the coordinate: the same pixels a
    // one-pixel stroke at floor(v) + 0.5 covers, but the software pipeline fills a rectangle without building a
    // path, which made the strokes most of a frame's rendering time.
    private static void hRule(GraphicsContext g, Color color, double x0, double x1, double y) {
        g.setFill(color);
        g.fillRect(x0, Math.floor(y), Math.max(0, x1 - x0), 1);
    }

    private static void vRule(GraphicsContext g, Color color, double x, double y0, double y1) {
        g.setFill(color);
        g.fillRect(Math.floor(x), y0, 1, Math.max(0, y1 - y0));
    }
}
