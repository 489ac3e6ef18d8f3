package org.aitimeline.export;

import java.util.ArrayList;
import java.util.List;

/**
 * How a poster is cut into pages of a given height, as plain arithmetic (one plan for the split PDF and for split
 * printing, tested without either). The header goes on the first page; the lanes follow in bands that end between
 * rows (or where the page ends, for a row taller than a page), and <b>every band sits under its own copy of the time
 * axis</b>, so every page that shows events shows their dates; the footer's lines follow the last band, running onto
 * pages of their own if they must (those carry no axis: nothing on them has a date).
 */
public final class PosterPages {

    /**
     * The poster's parts, in logical pixels: the body (axis, then lanes) starts at {@code bodyTop}; {@code rowCuts} are
     * where the lanes may be cut (from the first lane's top, sorted); {@code footerLines} lines of {@code footerLine}
     * each start {@code footerGap} under the body; {@code pad} is the margin at a page's top and bottom.
     */
    public record Poster(double bodyTop, double axisHeight, double lanesHeight, double[] rowCuts, int footerLines,
                         double footerLine, double footerGap, double pad) {

        /** The whole poster's height. */
        public double height() {
            return bodyTop + axisHeight + lanesHeight + footerGap + footerLines * footerLine + pad;
        }
    }

    /**
     * One page: the header if {@code header}; the lanes {@code [lanesFrom, lanesTo)} (lane coordinates) under the axis,
     * the axis's top at {@code bandTop} on the page; footer lines {@code [footerFrom, footerTo)}, the first at
     * {@code footerTop}.
     */
    public record Page(int index, boolean header, double lanesFrom, double lanesTo, double bandTop,
                       int footerFrom, int footerTo, double footerTop) {

        /** Whether the page shows a band of the lanes (and so the axis above it). */
        public boolean hasLanes() {
            return lanesTo > lanesFrom;
        }
    }

    private PosterPages() {
    }

    /** The poster on one page, each part where it is on the poster. */
    public static Page whole(Poster p) {
        return new Page(0, true, 0, p.lanesHeight(), p.bodyTop(), 0, p.footerLines(),
                p.bodyTop() + p.axisHeight() + p.lanesHeight() + p.footerGap());
    }

    /** The poster cut into pages {@code pageHeight} logical pixels tall. */
    public static List<Page> split(Poster p, double pageHeight) {
        double bottom = pageHeight - p.pad();
        double fresh = bottom - p.pad() - p.axisHeight();
        if (fresh < Math.max(1, p.footerLine())) {
            throw new IllegalArgumentException("a page of " + pageHeight + " px has no room under the axis");
        }
        List<Page> pages = new ArrayList<>();
        boolean header = true;
        double y = p.bodyTop();
        double scroll = 0;
        while (scroll < p.lanesHeight()) {
            double room = bottom - y - p.axisHeight();
            double cut = scroll + room >= p.lanesHeight() ? p.lanesHeight() : lastAtMost(p.rowCuts(), scroll + room, scroll);
            if (Double.isNaN(cut) && (!header || Double.isNaN(lastAtMost(p.rowCuts(), scroll + fresh, scroll)))) {
                cut = scroll + room;   // a row taller than a page: cut where the page ends
            }
            if (Double.isNaN(cut) || cut <= scroll) {
                // The header leaves no room for a whole row: the lanes start on the next page.
                pages.add(new Page(pages.size(), true, 0, 0, y, 0, 0, y));
                header = false;
                y = p.pad();
                continue;
            }
            if (cut == p.lanesHeight()) break;
            pages.add(new Page(pages.size(), header, scroll, cut, y, 0, 0, 0));
            header = false;
            scroll = cut;
            y = p.pad();
        }
        // The last band, then as many footer lines as fit under it; the rest on pages of their own.
        double bandTop = y;
        int from = 0;
        double top = bandTop + p.axisHeight() + p.lanesHeight() - scroll + p.footerGap();
        int to = from + (int) Math.max(0, Math.floor((bottom - top) / p.footerLine() + 1e-9));
        to = Math.min(to, p.footerLines());
        pages.add(new Page(pages.size(), header, scroll, p.lanesHeight(), bandTop, from, to, top));
        while (to < p.footerLines()) {
            from = to;
            to = Math.min(p.footerLines(), from + (int) Math.floor((bottom - p.pad()) / p.footerLine() + 1e-9));
            pages.add(new Page(pages.size(), false, 0, 0, p.pad(), from, to, p.pad()));
        }
        return pages;
    }

    /** The last cut at most {@code limit} and after {@code after}; NaN when there is none (a row taller than the room). */
    private static double lastAtMost(double[] cuts, double limit, double after) {
        for (int i = cuts.length - 1; i >= 0; i--) {
            if (cuts[i] <= limit) return cuts[i] > after ? cuts[i] : Double.NaN;
        }
        return Double.NaN;
    }
}
