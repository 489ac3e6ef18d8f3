package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final TextWidth WIDTH = TextWidth.fixed(7);

    /** Spans from about one day to fifty years across the view, for two plot widths and two languages. */
    @Test
    void atEveryZoomTicksAreOrderedUniqueAndTheirLabelsNeverOverlapOrClip() {
        double start = LocalDate.of(2023, 3, 17).toEpochDay();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            for (double width : new double[] {420, 1432}) {
                for (double span = 1; span <= 50 * 365.25; span *= 1.37) {
                    TimeScale s = new TimeScale(start, start + span, 168, width);
                    TickGenerator.Ticks t = TickGenerator.generate(s, locale, WIDTH);
                    String where = "span " + span + " width " + width + " " + locale;
                    assertFalse(t.ticks().isEmpty() && span < 3650, where);
                    double prevX = Double.NEGATIVE_INFINITY;
                    double prevLabelEnd = Double.NEGATIVE_INFINITY;
                    int labelled = 0;
                    for (TickGenerator.Tick tick : t.ticks()) {
                        assertTrue(tick.x() > prevX, "ordered and unique: " + where);
                        prevX = tick.x();
                        if (tick.label().isEmpty()) continue;
                        labelled++;
                        assertTrue(tick.labelX() >= prevLabelEnd, "overlap at " + where);
                        prevLabelEnd = tick.labelX() + WIDTH.of(tick.label());
                        assertTrue(tick.labelX() >= s.x0() && prevLabelEnd <= s.x0() + s.width(), "clipped at " + where);
                    }
                    assertTrue(labelled >= 1 || span > 3650, "no label at " + where);
                    double prevSpanEnd = Double.NEGATIVE_INFINITY;
                    for (TickGenerator.Span c : t.context()) {
                        if (c.label().isEmpty()) continue;
                        assertTrue(c.labelX() >= prevSpanEnd, "context overlap at " + where);
                        prevSpanEnd = c.labelX() + WIDTH.of(c.label());
                        assertTrue(prevSpanEnd <= Math.min(c.endX(), s.x0() + s.width()), "context clipped at " + where);
                    }
                }
            }
        }
    }

    @Test
    void theLevelGetsFinerAsYouZoomIn() {
        double start = LocalDate.of(2024, 1, 1).toEpochDay();
        TickGenerator.Level previous = null;
        for (double span : new double[] {18000, 3000, 900, 200, 40, 3}) {
            TickGenerator.Level level = TickGenerator.generate(new TimeScale(start, start + span, 0, 1200),
                    Locale.ENGLISH, WIDTH).level();
            if (previous != null) assertTrue(level.ordinal() >= previous.ordinal(), span + ": " + level);
            previous = level;
        }
        assertEquals(TickGenerator.Level.DAY, previous);
    }

    @Test
    void monthsCarryTheYearInTheContextRow() {
        double start = LocalDate.of(2024, 11, 1).toEpochDay();
        TickGenerator.Ticks t = TickGenerator.generate(new TimeScale(start, start + 400, 0, 1200), Locale.ENGLISH, WIDTH);
        assertEquals(TickGenerator.Level.MONTH, t.level());
        assertEquals("Nov", t.ticks().get(0).label());
        assertEquals(List.of("2024", "2025"), t.context().stream().map(TickGenerator.Span::label).toList());
    }
}
