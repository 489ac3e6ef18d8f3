package org.aitimeline.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aitimeline.text.DateText;

/**
 * Chooses the finest tick level (decades down to days) whose labels fit, and produces the axis ticks plus a
 * second row of context labels (the year under months, the month under days). Labels never overlap and never
 * extend past the plot area.
 */
public final class TickGenerator {

    /** A tick level with its step in calendar units. */
    public enum Level {
        DECADE, YEAR, QUARTER, MONTH, WEEK, DAY;

        /** Smallest distance in days between two ticks of this level. */
        double minDays() {
            return switch (this) {
                case DECADE -> 3652;
                case YEAR -> 365;
                case QUARTER -> 90;
                case MONTH -> 28;
                case WEEK -> 7;
                case DAY -> 1;
            };
        }
    }

    /** One tick line with its label ({@code label} empty when the label did not fit). */
    public record Tick(double day, double x, String label, double labelX) {
    }

    /** A labelled span of the context row, e.g. the year 2024 under its months. */
    public record Span(double x, double endX, String label, double labelX) {
    }

    /** The result: the level used, the ticks and the context spans. */
    public record Ticks(Level level, List<Tick> ticks, List<Span> context) {
    }

    static final double LABEL_GAP = 4;
    static final double MIN_SPACING_PAD = 10;

    private TickGenerator() {
    }

    public static Ticks generate(TimeScale scale, Locale locale, TextWidth width) {
        Level level = chooseLevel(scale, locale, width);
        List<Tick> ticks = ticks(scale, level, locale, width);
        List<Span> context = context(scale, level, locale, width);
        return new Ticks(level, ticks, context);
    }

    static Level chooseLevel(TimeScale scale, Locale locale, TextWidth width) {
        Level best = Level.DECADE;
        for (Level l : Level.values()) {
            double spacing = l.minDays() * scale.pixelsPerDay();
            if (spacing >= widestLabel(l, locale, width) + MIN_SPACING_PAD) best = l;
        }
        return best;
    }

    private static double widestLabel(Level level, Locale locale, TextWidth width) {
        return switch (level) {
            case DECADE, YEAR -> width.of("8888");
            case QUARTER -> width.of("Q4");
            case MONTH -> {
                double w = 0;
                for (Month m : Month.values()) w = Math.max(w, width.of(DateText.monthName(m.getValue(), locale)));
                yield w;
            }
            case WEEK, DAY -> width.of("88");
        };
    }


    private static LocalDate floor(LocalDate d, Level level) {
        return switch (level) {
            case DECADE -> LocalDate.of(d.getYear() - Math.floorMod(d.getYear(), 10), 1, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> d.withDayOfMonth(1);
            case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
            case DAY -> d;
        };
    }

    private static LocalDate next(LocalDate d, Level level) {
        return switch (level) {
            case DECADE -> d.plusYears(10);
            case YEAR -> d.plusYears(1);
            case QUARTER -> d.plusMonths(3);
            case MONTH -> d.plusMonths(1);
            case WEEK -> d.plusWeeks(1);
            case DAY -> d.plusDays(1);
        };
    }

    private static String label(LocalDate d, Level level, Locale locale) {
        return switch (level) {
            case DECADE, YEAR -> Integer.toString(d.getYear());
            case QUARTER -> "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case MONTH -> DateText.monthName(d.getMonthValue(), locale);
            case WEEK, DAY -> Integer.toString(d.getDayOfMonth());
        };
    }

    private static LocalDate startDate(TimeScale scale) {
        long day = (long) Math.floor(scale.startDay());
        return LocalDate.ofEpochDay(Math.max(-700_000L, Math.min(2_900_000L, day)));
    }

    static List<Tick> ticks(TimeScale scale, Level level, Locale locale, TextWidth width) {
        List<Tick> result = new ArrayList<>();
        double right = scale.x0() + scale.width();
        LocalDate d = floor(startDate(scale), level);
        while (scale.toX(d.toEpochDay()) <= right) {
            LocalDate n = next(d, level);
            double x = scale.toX(d.toEpochDay());
            if (x >= scale.x0()) {
                String text = label(d, level, locale);
                double labelX = x + LABEL_GAP;
                double limit = Math.min(right, scale.toX(n.toEpochDay())) - LABEL_GAP;
                boolean fits = labelX + width.of(text) <= limit;
                result.add(new Tick(d.toEpochDay(), x, fits ? text : "", labelX));
            }
            d = n;
        }
        return result;
    }

    static List<Span> context(TimeScale scale, Level level, Locale locale, TextWidth width) {
        Level outer = switch (level) {
            case DECADE, YEAR -> null;
            case QUARTER, MONTH -> Level.YEAR;
            case WEEK, DAY -> Level.MONTH;
        };
        List<Span> result = new ArrayList<>();
        if (outer == null) return result;
        double left = scale.x0();
        double right = left + scale.width();
        LocalDate d = floor(startDate(scale), outer);
        while (scale.toX(d.toEpochDay()) < right) {
            LocalDate n = next(d, outer);
            double x = scale.toX(d.toEpochDay());
            double endX = scale.toX(n.toEpochDay());
            String text = outer == Level.YEAR ? Integer.toString(d.getYear())
                    : DateText.month(d, locale);
            // Sticky: the label of a span that began off-screen stays at the left edge while it fits.
            double labelX = Math.max(x, left) + LABEL_GAP;
            double limit = Math.min(endX, right) - LABEL_GAP;
            result.add(new Span(x, endX, labelX + width.of(text) <= limit ? text : "", labelX));
            d = n;
        }
        return result;
    }
}
