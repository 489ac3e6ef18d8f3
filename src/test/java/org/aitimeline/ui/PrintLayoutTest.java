package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.aitimeline.export.PosterPages;
import org.junit.jupiter.api.Test;

/**
 * The print layout without a printer: every lane row and footer line printed once, inside the page, cut where it may
 * be, and every page that shows lanes shows the time axis above them (issue 21: "split with the axis repeated").
 */
class PrintLayoutTest {

    private static final double A4_PORTRAIT_W = 523;   // A4 minus 36-pt margins, in points
    private static final double A4_PORTRAIT_H = 770;
    private static final double AXIS = 30;
    private static final double PAD = 24;

    /** A poster 1600 px wide: header to 120, axis, lanes with a row every 30 px, then footer lines of 15 px. */
    private static PosterPages.Poster poster(double lanes, int footerLines) {
        double[] rows = new double[(int) (lanes / 30)];
        for (int i = 0; i < rows.length; i++) rows[i] = 30 * i;
        return new PosterPages.Poster(120, AXIS, lanes, rows, footerLines, 15, 14, PAD);
    }

    @Test
    void fittedIsOnePageScaledToTheTighterSide() {
        List<PrintLayout.Piece> wide = PrintLayout.pages(poster(600, 4), 1600, A4_PORTRAIT_W, A4_PORTRAIT_H, true);
        assertEquals(1, wide.size());
        assertEquals(A4_PORTRAIT_W / 1600, wide.get(0).scale(), 1e-9, "a wide poster is limited by the page's width");
        PosterPages.Poster tallPoster = poster(8000, 4);
        List<PrintLayout.Piece> tall = PrintLayout.pages(tallPoster, 1600, A4_PORTRAIT_W, A4_PORTRAIT_H, true);
        assertEquals(A4_PORTRAIT_H / tallPoster.height(), tall.get(0).scale(), 1e-9, "a tall one by its height");
        PosterPages.Page whole = tall.get(0).part();
        assertTrue(whole.header() && whole.lanesFrom() == 0 && whole.lanesTo() == 8000 && whole.footerTo() == 4);
    }

    @Test
    void everySplitPageThatShowsLanesShowsTheAxisAboveThem() {
        // 1600 px wide on 523 pt: a page holds 2355 poster px; 5000 px of lanes need three pages.
        PosterPages.Poster p = poster(5000, 6);
        List<PrintLayout.Piece> pages = PrintLayout.pages(p, 1600, A4_PORTRAIT_W, A4_PORTRAIT_H, false);
        assertEquals(3, pages.size());
        assertEquals(List.of(0, 1, 2), pages.stream().map(PrintLayout.Piece::page).toList());
        double band = A4_PORTRAIT_H / (A4_PORTRAIT_W / 1600);
        for (PrintLayout.Piece piece : pages) {
            PosterPages.Page page = piece.part();
            assertEquals(A4_PORTRAIT_W / 1600, piece.scale(), 1e-9);
            assertTrue(page.hasLanes(), "page " + piece.page() + " shows lanes, so it has the axis band");
            double axisTop = page.header() ? 120 : PAD;
            assertEquals(axisTop, page.bandTop(), 1e-9, "the axis starts the page's body");
            assertTrue(page.bandTop() + AXIS + page.lanesTo() - page.lanesFrom() <= band - PAD + 1e-9, "axis and band fit");
        }
        assertTrue(pages.get(0).part().header());
        assertFalse(pages.get(1).part().header(), "the header once");
        // The lanes run on from page to page, cut between rows (rows every 30 px).
        assertEquals(0, pages.get(0).part().lanesFrom());
        assertEquals(2160, pages.get(0).part().lanesTo(), 1e-9, "2181 px of room under header and axis: the last row boundary in it");
        assertEquals(2160, pages.get(1).part().lanesFrom(), 1e-9);
    }

    @Test
    void footerLinesThatDoNotFitGoOnPagesOfTheirOwnWithoutAnAxis() {
        PosterPages.Poster p = poster(600, 400);
        List<PrintLayout.Piece> pages = PrintLayout.pages(p, 1600, A4_PORTRAIT_W, A4_PORTRAIT_H, false);
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        assertTrue(pages.get(0).part().hasLanes() && pages.get(0).part().header(), "all lanes fit under the header");
        for (PrintLayout.Piece piece : pages.subList(1, pages.size())) {
            assertFalse(piece.part().hasLanes(), "only footer lines after the last band");
            assertEquals(PAD, piece.part().footerTop(), 1e-9);
        }
    }

    @Test
    void aHeaderThatLeavesNoRoomSendsTheLanesToTheNextPage() {
        double band = A4_PORTRAIT_H / (A4_PORTRAIT_W / 1600);
        double[] rows = {0, 1000, 2000};
        PosterPages.Poster p = new PosterPages.Poster(band - PAD - AXIS - 10, AXIS, 3000, rows, 2, 15, 14, PAD);
        List<PosterPages.Page> pages = PosterPages.split(p, band);
        assertTrue(pages.get(0).header() && !pages.get(0).hasLanes(), "the header alone");
        assertEquals(0, pages.get(1).lanesFrom());
        assertTrue(pages.stream().skip(1).allMatch(PosterPages.Page::hasLanes));
    }

    @Test
    void aRowTallerThanAPageIsCutWhereThePageEnds() {
        double band = A4_PORTRAIT_H / (A4_PORTRAIT_W / 1600);
        PosterPages.Poster p = new PosterPages.Poster(120, AXIS, 5000, new double[] {0, 4990}, 0, 15, 14, PAD);
        List<PosterPages.Page> pages = PosterPages.split(p, band);
        assertEquals(band - PAD - 120 - AXIS, pages.get(0).lanesTo(), 1e-9, "no cut within the first page");
    }

    @Test
    void randomPostersArePrintedWholeOnceWithinThePageEachBandUnderTheAxis() {
        Random random = new Random(21);
        for (int run = 0; run < 500; run++) {
            double w = 200 + random.nextDouble() * 20_000;
            double lanes = 50 + random.nextDouble() * 60_000;
            double[] rows = random.doubles(random.nextInt(400), 0, lanes).sorted().toArray();
            PosterPages.Poster p = new PosterPages.Poster(40 + random.nextDouble() * 400, AXIS, lanes, rows,
                    random.nextInt(300), 15, 14, PAD);
            double pw = 200 + random.nextDouble() * 1000;
            double ph = 200 + random.nextDouble() * 1000;
            boolean fit = random.nextBoolean();
            if (!fit && ph / (pw / w) < 2 * PAD + AXIS + 15) continue;
            List<PrintLayout.Piece> pages = PrintLayout.pages(p, w, pw, ph, fit);
            double lanesDone = 0;
            int footerDone = 0;
            for (PrintLayout.Piece piece : pages) {
                PosterPages.Page page = piece.part();
                assertTrue(w * piece.scale() <= pw + 1e-6, "inside the page's width");
                assertTrue(piece.height() * piece.scale() <= ph + 1e-6, "inside the page's height");
                if (page.hasLanes()) {
                    assertEquals(lanesDone, page.lanesFrom(), 1e-6, "bands follow each other with no gap or overlap");
                    double bottom = page.bandTop() + AXIS + page.lanesTo() - page.lanesFrom();
                    assertTrue(fit || bottom <= piece.height() - PAD + 1e-6, "the band and its axis inside the page");
                    double end = page.lanesTo();
                    boolean endsOnCut = Math.abs(end - lanes) < 1e-6 || Arrays.stream(rows).anyMatch(c -> Math.abs(c - end) < 1e-6);
                    double room = piece.height() - PAD - page.bandTop() - AXIS;
                    boolean noCutFits = Arrays.stream(rows).noneMatch(c -> c > page.lanesFrom() && c <= page.lanesFrom() + room);
                    assertTrue(endsOnCut || noCutFits, "a band ends on a cut whenever one fits");
                    lanesDone = page.lanesTo();
                } else {
                    assertTrue(Math.abs(lanes - lanesDone) < 1e-6 || page.index() == 0 && page.header(),
                            "a page without lanes only after the last band (or the header alone)");
                }
                assertEquals(footerDone, page.footerFrom());
                assertTrue(fit || page.footerTo() == page.footerFrom() || page.footerTop() + (page.footerTo() - page.footerFrom()) * 15 <= piece.height() - PAD + 1e-6);
                footerDone = page.footerTo();
            }
            assertEquals(lanes, lanesDone, 1e-6, "every lane row printed");
            assertEquals(p.footerLines(), footerDone, "every footer line printed");
        }
    }

    @Test
    void anEmptySizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PrintLayout.pages(poster(600, 2), 0, 500, 700, false));
        assertThrows(IllegalArgumentException.class, () -> PosterPages.split(poster(600, 2), 60));
    }
}
