package org.aitimeline.timeline;

import javafx.scene.canvas.GraphicsContext;

/**
 * The overview band under the main view (after MIT's SIMILE Timeline): the density of the whole dataset over
 * time as a histogram, with the visible window as a rectangle that can be dragged or resized by its edges.
 * The histogram is computed once per layout; painting costs one bar per bin.
 */
final class OverviewBand {

    /** What a pointer at some x grabs in the band. */
    enum Handle { NONE, LEFT, RIGHT, MOVE }

    static final int BINS = 400;
    private static final double EDGE_PX = 6;

    private final boolean empty;
    private final double minDay;
    private final double maxDay;
    private final int[] bins = new int[BINS];
    private int maxBin;

    OverviewBand(LaneLayout layout) {
        double lo = layout.minDay();
        double hi = layout.maxDay();
        empty = Double.isNaN(lo);
        if (empty) {
            lo = 0;
            hi = 1;
        }
        double margin = Math.max(60, (hi - lo) * 0.1);
        minDay = lo - margin;
        maxDay = hi + margin;
        int n = layout.events().size();
        for (int i = 0; i < n; i++) {
            int b = (int) ((layout.start(i) - minDay) / (maxDay - minDay) * BINS);
            bins[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        for (int c : bins) maxBin = Math.max(maxBin, c);
    }

    double toDay(double x, double width, double left) {
        return minDay + (x - left) / Math.max(1, width - left) * (maxDay - minDay);
    }

    double toX(double day, double width, double left) {
        return left + (day - minDay) / (maxDay - minDay) * Math.max(1, width - left);
    }

    double daysPerPixel(double width, double left) {
        return (maxDay - minDay) / Math.max(1, width - left);
    }

    Handle handleAt(double x, double width, double left, double visibleStart, double visibleEnd) {
        double x1 = toX(visibleStart, width, left);
        double x2 = toX(visibleEnd, width, left);
        if (Math.abs(x - x1) <= EDGE_PX) return Handle.LEFT;
        if (Math.abs(x - x2) <= EDGE_PX) return Handle.RIGHT;
        if (x > x1 && x < x2) return Handle.MOVE;
        return Handle.NONE;
    }

    void paint(GraphicsContext g, TimelineTheme theme, String title, double width, double height, double left,
               double visibleStart, double visibleEnd) {
        g.setFill(theme.stripe());
        g.fillRect(0, 0, width, height);
        g.setFill(theme.border());
        g.fillRect(0, 0, width, 1);
        g.setFill(theme.muted());
        g.setFont(theme.font());
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(title, 10, height / 2);
        double plotW = Math.max(1, width - left);
        double barW = plotW / BINS;
        double top = 8;
        double h = height - 14;
        g.setFill(theme.muted().deriveColor(0, 1, 1, 0.55));
        if (maxBin > 0) {
            for (int b = 0; b < BINS; b++) {
                if (bins[b] == 0) continue;
                // Square root keeps a lone event visible next to a busy month.
                double bh = Math.max(2, h * Math.sqrt(bins[b] / (double) maxBin));
                g.fillRect(left + b * barW, top + h - bh, Math.max(1, barW - 0.5), bh);
            }
        }
        if (empty) return; // no data, no window to show within it
        double x1 = Math.max(left, toX(visibleStart, width, left));
        double x2 = Math.min(width - 1, toX(visibleEnd, width, left));
        g.setFill(theme.accent().deriveColor(0, 1, 1, 0.18));
        g.fillRect(x1, 3, Math.max(2, x2 - x1), height - 6);
        g.setStroke(theme.accent());
        g.setLineWidth(1.5);
        g.strokeRect(x1, 3, Math.max(2, x2 - x1), height - 6);
        g.setFill(theme.accent());
        g.fillRect(x1 - 2, height / 2 - 8, 4, 16);
        g.fillRect(x2 - 2, height / 2 - 8, 4, 16);
    }
}
