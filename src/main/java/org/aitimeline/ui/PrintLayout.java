package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;
import org.aitimeline.export.PosterPages;

/**
 * Which part of a poster goes on which printed page, at which scale: plain arithmetic, so it is tested without a
 * printer. Fitted, the whole poster goes on one page, scaled to fit both sides; split, it keeps the page's width and
 * runs down as many pages as it needs, cut by the split PDF's own plan ({@link PosterPages}): between rows of a lane,
 * between footer lines, and every page that shows lanes under its own copy of the time axis and lane titles.
 */
final class PrintLayout {

    /**
     * One printed page: the poster's {@code part}, drawn at {@code scale} page units (points) per poster pixel on a
     * page {@code height} poster pixels tall.
     */
    record Piece(int page, PosterPages.Page part, double height, double scale) {
    }

    private PrintLayout() {
    }

    /**
     * @param posterWidth the poster's width, in poster pixels
     * @param pageWidth the page's printable width, in points
     * @param pageHeight the page's printable height, in points
     */
    static List<Piece> pages(PosterPages.Poster poster, double posterWidth, double pageWidth, double pageHeight, boolean fit) {
        double posterHeight = poster.height();
        if (posterWidth <= 0 || posterHeight <= 0 || pageWidth <= 0 || pageHeight <= 0) {
            throw new IllegalArgumentException("poster and page need a positive size");
        }
        if (fit) {
            double scale = Math.min(pageWidth / posterWidth, pageHeight / posterHeight);
            return List.of(new Piece(0, PosterPages.whole(poster), posterHeight, scale));
        }
        double scale = pageWidth / posterWidth;
        double band = pageHeight / scale;
        List<Piece> pieces = new ArrayList<>();
        for (PosterPages.Page part : PosterPages.split(poster, band)) pieces.add(new Piece(part.index(), part, band, scale));
        return pieces;
    }
}
