package org.aitimeline.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link TimelineFrame} onto any {@link GraphicsContext}: lanes, grid, markers, axis and lane headers.
 * The window paints its canvas with it and the PNG export paints tiles with it, so both look the same.
 *
 * <p>To paint a tile of a larger virtual image, translate the context by minus the tile's origin and pass the
 * tile's rectangle as the clip: only what intersects it is issued.
 */
public final class TimelinePainter {

    /** What to emphasise: the selected event (global index or -1) and the hovered marker (or null). */
    public record Emphasis(int selected, Marker hovered) {
        public static final Emphasis NONE = new Emphasis(-1, null);
    }

    private static final double DOT_R = 4.5;
    private static final double BAR_H = 8;
    private static final double PILL_H = 16;

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
        TimeScale scale = f.scale();
        List<Lane> lanes = f.layout().lanes();
        double plotLeft = geo.headerWidth();
        double clipRight = clipX + clipW;

        g.save();
        g.setFill(theme.background());
        g.fillRect(clipX, clipY, clipW, clipH);

        // Lane bands and separators.
        double laneH = geo.laneHeight();
        for (int li = f.firstLane(); li <= f.lastLane() && li < lanes.size(); li++) {
            double top = geo.laneTop(li);
            if (li % 2 == 1) {
                g.setFill(theme.stripe());
                g.fillRect(Math.max(clipX, 0), top, Math.min(clipRight, width) - Math.max(clipX, 0), laneH);
            }
            g.setStroke(theme.grid());
            g.setLineWidth(1);
            g.strokeLine(Math.max(clipX, 0), snap(top + laneH), Math.min(clipRight, width), snap(top + laneH));
        }

        // Vertical grid at ticks.
        g.setStroke(theme.grid());
        g.setLineWidth(1);
        for (TickGenerator.Tick t : f.ticks().ticks()) {
            if (t.x() < clipX - 1 || t.x() > clipRight + 1) continue;
            g.strokeLine(snap(t.x()), geo.axisHeight(), snap(t.x()), height);
        }

        // Markers, clipped to the plot so brackets that start earlier do not run under the headers.
        g.save();
        g.beginPath();
        g.rect(plotLeft, geo.axisHeight(), Math.max(0, width - plotLeft), Math.max(0, height - geo.axisHeight()));
        g.clip();
        g.setFont(theme.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        // Brackets first, so that dots, pills and labels of the same row are drawn over them.
        for (Marker m : f.markers()) {
            if (m.isCluster() || Math.max(m.endX, m.right) < clipX || m.x > clipRight) continue;
            if (f.layout().end(m.event) - f.layout().start(m.event) > 1) {
                paintBracket(g, f, theme, emphasis, m, lanes.get(m.lane).color());
            }
        }
        for (Marker m : f.markers()) {
            if (m.right < clipX || m.x - DOT_R > clipRight) continue;
            paintMarker(g, f, theme, emphasis, m, lanes.get(m.lane).color(), plotLeft);
        }
        g.restore();

        paintAxis(g, f, theme, width, clipX, clipRight);
        paintHeaders(g, f, theme, height, clipX);
        g.restore();
    }

    private static void paintMarker(GraphicsContext g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                                    Marker m, Color color, double plotLeft) {
        double cy = f.geometry().rowCenter(m.lane, m.row);
        boolean hovered = emphasis.hovered() == m;
        LaneLayout layout = f.layout();
        if (m.isCluster()) {
            double w = m.right - m.x - TimelineFrame.GAP / 2;
            g.setFill(hovered ? color.brighter() : color);
            g.fillRoundRect(m.x, cy - PILL_H / 2, w, PILL_H, PILL_H, PILL_H);
            boolean containsSelected = emphasis.selected() >= 0 && clusterMayContain(f, m, emphasis.selected());
            if (containsSelected) {
                g.setStroke(theme.accent());
                g.setLineWidth(2);
                g.setLineDashes(3, 2);
                g.strokeRoundRect(m.x - 2, cy - PILL_H / 2 - 2, w + 4, PILL_H + 4, PILL_H + 4, PILL_H + 4);
                g.setLineDashes();
            }
            g.setFill(Color.WHITE);
            g.setFont(theme.boldFont());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(m.label, m.x + w / 2, cy);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(theme.font());
            return;
        }
        int e = m.event;
        boolean qualified = layout.events().get(e).date().isQualified();
        boolean selected = e == emphasis.selected();
        double start = layout.start(e);
        double end = layout.end(e);
        if (end - start > 1) {
            // The bracket was drawn in the first pass; mark where the span starts.
            g.setFill(color);
            g.fillRect(Math.max(m.x, plotLeft) - 1, cy - 6, 3, 12);
        } else {
            double r = hovered ? DOT_R + 1.5 : DOT_R;
            if (qualified) {
                g.setFill(theme.background());
                g.fillOval(m.x - r, cy - r, 2 * r, 2 * r);
                g.setStroke(color);
                g.setLineWidth(2);
                g.strokeOval(m.x - r, cy - r, 2 * r, 2 * r);
            } else {
                g.setFill(color);
                g.fillOval(m.x - r, cy - r, 2 * r, 2 * r);
            }
            if (selected) {
                g.setStroke(theme.accent());
                g.setLineWidth(2.5);
                g.strokeOval(m.x - r - 3.5, cy - r - 3.5, 2 * r + 7, 2 * r + 7);
            }
        }
        double lx = Math.max(m.x, plotLeft) + TimelineFrame.DOT_SPACE;
        if (selected) {
            g.setStroke(theme.accent());
            g.setLineWidth(2);
            g.strokeRoundRect(lx - 4, cy - 10, m.labelWidth + 8, 20, 8, 8);
        }
        if (selected || hovered) {
            g.setFill(theme.accent().deriveColor(0, 1, 1, 0.16));
            g.fillRoundRect(lx - 3, cy - 9, m.labelWidth + 6, 18, 6, 6);
        }
        g.setFill(selected ? theme.accent() : theme.foreground());
        g.fillText(m.label, lx, cy);
    }

    /** A month/year-precision span as a bracket along the top of its row, dashed when approximate. */
    private static void paintBracket(GraphicsContext g, TimelineFrame f, TimelineTheme theme, Emphasis emphasis,
                                     Marker m, Color color) {
        double cy = f.geometry().rowCenter(m.lane, m.row);
        double top = cy - f.geometry().rowHeight() / 2 + 2;
        double x1 = m.x;
        double x2 = Math.max(m.endX, x1 + 3);
        boolean strong = emphasis.hovered() == m || emphasis.selected() == m.event;
        g.setFill(color.deriveColor(0, 1, 1, strong ? 0.30 : 0.14));
        g.fillRect(x1, top, x2 - x1, f.geometry().rowHeight() - 4);
        g.setStroke(color);
        g.setLineWidth(2);
        if (f.layout().events().get(m.event).date().isQualified()) g.setLineDashes(5, 3);
        g.strokeLine(x1, top + 1, x2, top + 1);
        g.setLineDashes();
        g.setLineWidth(1.5);
        g.strokeLine(x1 + 0.75, top, x1 + 0.75, top + 7);
        g.strokeLine(x2 - 0.75, top, x2 - 0.75, top + 7);
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

    private static void paintAxis(GraphicsContext g, TimelineFrame f, TimelineTheme theme, double width,
                                  double clipX, double clipRight) {
        TimelineGeometry geo = f.geometry();
        double h = geo.axisHeight();
        g.setFill(theme.stripe());
        g.fillRect(clipX, 0, clipRight - clipX, h);
        g.setStroke(theme.border());
        g.setLineWidth(1);
        g.strokeLine(clipX, snap(h), clipRight, snap(h));
        g.setFont(theme.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(theme.grid());
        for (TickGenerator.Tick t : f.ticks().ticks()) {
            if (t.x() < clipX - 200 || t.x() > clipRight) continue;
            g.strokeLine(snap(t.x()), 4, snap(t.x()), h / 2);
            if (!t.label().isEmpty()) {
                g.setFill(theme.foreground());
                g.fillText(t.label(), t.labelX(), h * 0.28);
            }
        }
        for (TickGenerator.Span s : f.ticks().context()) {
            if (s.endX() < clipX || s.x() > clipRight) continue;
            if (s.x() >= geo.headerWidth()) {
                g.setStroke(theme.border());
                g.strokeLine(snap(s.x()), h / 2, snap(s.x()), h);
            }
            if (!s.label().isEmpty()) {
                g.setFill(theme.muted());
                g.fillText(s.label(), s.labelX(), h * 0.74);
            }
        }
    }

    private static void paintHeaders(GraphicsContext g, TimelineFrame f, TimelineTheme theme, double height,
                                     double clipX) {
        TimelineGeometry geo = f.geometry();
        double hw = geo.headerWidth();
        if (clipX > hw) return;
        List<Lane> lanes = f.layout().lanes();
        g.setFill(theme.stripe());
        g.fillRect(0, 0, hw, height);
        g.setFont(theme.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int li = f.firstLane(); li <= f.lastLane() && li < lanes.size(); li++) {
            Lane lane = lanes.get(li);
            double top = geo.laneTop(li);
            double cy = top + Math.min(geo.laneHeight() / 2, geo.lanePadding() + geo.rowHeight() / 2);
            if (top + geo.laneHeight() < geo.axisHeight()) continue;
            g.setFill(lane.color());
            g.fillRoundRect(10, cy - 6, 12, 12, 4, 4);
            g.setFill(theme.foreground());
            g.fillText(fit(lane.title(), hw - 40, theme), 30, cy);
            g.setFill(theme.muted());
            g.fillText(Integer.toString(lane.size()), 30, cy + 16);
            g.setStroke(theme.grid());
            g.setLineWidth(1);
            g.strokeLine(0, snap(top + geo.laneHeight()), hw, snap(top + geo.laneHeight()));
        }
        g.setFill(theme.stripe());
        g.fillRect(0, 0, hw, geo.axisHeight());
        g.setStroke(theme.border());
        g.strokeLine(snap(hw), 0, snap(hw), height);
        g.strokeLine(0, snap(geo.axisHeight()), hw, snap(geo.axisHeight()));
    }

    private static final java.util.Map<String, String> FITTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Shortens a lane title with an ellipsis so it never runs past the header column. */
    static String fit(String text, double max, TimelineTheme theme) {
        return FITTED.computeIfAbsent(text + '\u0000' + (int) max + theme.font().getSize(), k -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(text);
            t.setFont(theme.font());
            if (t.getLayoutBounds().getWidth() <= max) return text;
            String s = text;
            while (s.length() > 1) {
                s = s.substring(0, s.length() - 1);
                t.setText(s + "…");
                if (t.getLayoutBounds().getWidth() <= max) return s + "…";
            }
            return s;
        });
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
