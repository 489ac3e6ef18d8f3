package org.aitimeline.timeline;

import javafx.scene.canvas.GraphicsContext;

/**
 * The overview band under the main view (after MIT's SIMILE Timeline): the density of the whole dataset over
 * time as a histogram, with the visible window as a rectangle that can be dragged or resized by its edges.
 * The histogram is computed once per layout; painting costs one bar per bin.
 */
final class OverviewBand {

    static final int BINS = 400;

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

    /** What a press at {@code x} grabs of the current-view rectangle ({@link OverviewGrab}). */
    OverviewGrab.Handle handleAt(double x, double width, double left, double visibleStart, double visibleEnd) {
        return OverviewGrab.at(x, toX(visibleStart, width, left), toX(visibleEnd, width, left));
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
        if (OverviewGrab.edgesActive(x1, x2)) {
            g.fillRect(x1 - 2, height / 2 - 8, 4, 16);
            g.fillRect(x2 - 2, height / 2 - 8, 4, 16);
        } else {
            // A thin rectangle has no edges to pull; a grip under it shows where it can be taken to move it.
            double centre = (x1 + x2) / 2;
            g.fillRoundRect(centre - OverviewGrab.MIN_GRAB_PX / 2, height - 9, OverviewGrab.MIN_GRAB_PX, 5, 3, 3);
        }
    }
}
