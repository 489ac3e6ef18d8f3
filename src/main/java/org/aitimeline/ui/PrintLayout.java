package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Which part of a poster goes on which printed page, at which scale: plain arithmetic, so it is tested without a
 * printer. Fitted, the whole poster goes on one page, scaled to fit both sides; split, it keeps the page's width and
 * runs down as many pages as it needs, each page ending at the last place the poster may be cut (between rows of a
 * lane, between footer lines) so no line of text is cut in two, unless one row is taller than a page.
 */
final class PrintLayout {

    /**
     * One page's share: the poster's band {@code [top, top + height)} (poster pixels, the whole width), drawn at
     * {@code scale} page units (points) per poster pixel.
     */
    record Piece(int page, double top, double height, double scale) {
    }

    private PrintLayout() {
    }

    /**
     * @param cuts where the poster may be cut, in poster pixels from its top, sorted (may be empty)
     * @param pageWidth the page's printable width, in points
     * @param pageHeight the page's printable height, in points
     */
    static List<Piece> pages(double posterWidth, double posterHeight, double[] cuts, double pageWidth, double pageHeight,
                             boolean fit) {
        if (posterWidth <= 0 || posterHeight <= 0 || pageWidth <= 0 || pageHeight <= 0) {
            throw new IllegalArgumentException("poster and page need a positive size");
        }
        if (fit) {
            return List.of(new Piece(0, 0, posterHeight, Math.min(pageWidth / posterWidth, pageHeight / posterHeight)));
        }
        double scale = pageWidth / posterWidth;
        double band = pageHeight / scale;
        List<Piece> pieces = new ArrayList<>();
        double top = 0;
        while (top < posterHeight) {
            double limit = top + band;
            double end = limit >= posterHeight ? posterHeight : lastCut(cuts, top, limit);
            pieces.add(new Piece(pieces.size(), top, end - top, scale));
            top = end;
        }
        return pieces;
    }

    /** The last cut after {@code top} and at most {@code limit}; {@code limit} itself when there is none. */
    private static double lastCut(double[] cuts, double top, double limit) {
        for (int i = cuts.length - 1; i >= 0; i--) {
            if (cuts[i] <= limit) return cuts[i] > top ? cuts[i] : limit;
        }
        return limit;
    }
}
