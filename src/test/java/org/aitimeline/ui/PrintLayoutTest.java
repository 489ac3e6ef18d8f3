package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The print layout without a printer: every poster pixel printed once, inside the page, cut where it may be. */
class PrintLayoutTest {

    private static final double A4_PORTRAIT_W = 523;   // A4 minus 36-pt margins, in points
    private static final double A4_PORTRAIT_H = 770;

    @Test
    void fittedIsOnePageScaledToTheTighterSide() {
        List<PrintLayout.Piece> wide = PrintLayout.pages(1600, 900, new double[0], A4_PORTRAIT_W, A4_PORTRAIT_H, true);
        assertEquals(1, wide.size());
        assertEquals(A4_PORTRAIT_W / 1600, wide.get(0).scale(), 1e-9, "a wide poster is limited by the page's width");
        List<PrintLayout.Piece> tall = PrintLayout.pages(1600, 9000, new double[0], A4_PORTRAIT_W, A4_PORTRAIT_H, true);
        assertEquals(A4_PORTRAIT_H / 9000, tall.get(0).scale(), 1e-9, "a tall one by its height");
        assertEquals(9000, tall.get(0).height());
    }

    @Test
    void splitKeepsTheWidthAndRunsDownThePages() {
        // 1600 px wide on 523 pt: 0.327 pt per px, so a page holds 2355 poster px; 5000 px need three pages.
        List<PrintLayout.Piece> pages = PrintLayout.pages(1600, 5000, new double[0], A4_PORTRAIT_W, A4_PORTRAIT_H, false);
        assertEquals(3, pages.size());
        assertEquals(List.of(0, 1, 2), pages.stream().map(PrintLayout.Piece::page).toList());
        for (PrintLayout.Piece p : pages) assertEquals(A4_PORTRAIT_W / 1600, p.scale(), 1e-9);
    }

    @Test
    void splitPagesEndAtTheLastCutThatFits() {
        // Rows every 30 px: a page (2355 px) ends at 2340, the last row boundary before it, not mid-row.
        double[] cuts = new double[200];
        for (int i = 0; i < cuts.length; i++) cuts[i] = 30 * (i + 1);
        List<PrintLayout.Piece> pages = PrintLayout.pages(1600, 5000, cuts, A4_PORTRAIT_W, A4_PORTRAIT_H, false);
        assertEquals(2340, pages.get(0).height(), 1e-9);
        assertEquals(2340, pages.get(1).top(), 1e-9);
    }

    @Test
    void aRowTallerThanAPageIsCutWhereThePageEnds() {
        List<PrintLayout.Piece> pages = PrintLayout.pages(1600, 5000, new double[] {4990}, A4_PORTRAIT_W, A4_PORTRAIT_H, false);
        double band = A4_PORTRAIT_H / (A4_PORTRAIT_W / 1600);
        assertEquals(band, pages.get(0).height(), 1e-9, "no cut within the first page: it is cut where the page ends");
    }

    @Test
    void randomPostersArePrintedWholeOnceWithinThePage() {
        Random random = new Random(21);
        for (int run = 0; run < 500; run++) {
            double w = 200 + random.nextDouble() * 20_000;
            double h = 100 + random.nextDouble() * 60_000;
            double pw = 200 + random.nextDouble() * 1000;
            double ph = 200 + random.nextDouble() * 1000;
            double[] cuts = random.doubles(random.nextInt(400), 0, h).sorted().toArray();
            boolean fit = random.nextBoolean();
            List<PrintLayout.Piece> pages = PrintLayout.pages(w, h, cuts, pw, ph, fit);
            double y = 0;
            for (PrintLayout.Piece p : pages) {
                assertEquals(y, p.top(), 1e-6, "pieces follow each other with no gap or overlap");
                assertTrue(p.height() > 0);
                assertTrue(w * p.scale() <= pw + 1e-6, "inside the page's width");
                assertTrue(p.height() * p.scale() <= ph + 1e-6, "inside the page's height");
                double end = p.top() + p.height();
                boolean endsOnCut = Math.abs(end - h) < 1e-6 || Arrays.stream(cuts).anyMatch(c -> Math.abs(c - end) < 1e-6);
                boolean noCutFits = Arrays.stream(cuts).noneMatch(c -> c > p.top() && c <= p.top() + ph / p.scale());
                assertTrue(endsOnCut || noCutFits, "a page ends on a cut whenever one fits");
                y += p.height();
            }
            assertEquals(h, y, 1e-6, "the whole poster is printed");
        }
    }

    @Test
    void anEmptySizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PrintLayout.pages(0, 100, new double[0], 500, 700, false));
    }
}
