package org.aitimeline.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one mapping between instants and the fractional epoch days the timeline computes in, and the one rule for
 * the range that shows a set of events whole ("fit all"): used by the control, the window and the export alike.
 */
public final class EpochDays {

    private static final double SECONDS_PER_DAY = 86_400;

    private EpochDays() {
    }

    /** Days since 1970-01-01T00:00Z, with the time of day as the fraction. */
    public static double of(Instant i) {
        return i.getEpochSecond() / SECONDS_PER_DAY + i.getNano() / 1e9 / SECONDS_PER_DAY;
    }

    /** The instant of a fractional epoch day (to the nanosecond). */
    public static Instant toInstant(double day) {
        double seconds = day * SECONDS_PER_DAY;
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, (long) ((seconds - whole) * 1e9));
    }

    /** The calendar day a fractional epoch day falls in. */
    public static LocalDate dateOf(double day) {
        return LocalDate.ofEpochDay((long) Math.floor(day));
    }

    /** The last calendar day of a range that ends, exclusive, at {@code endDay}. */
    public static LocalDate lastDateBefore(double endDay) {
        return LocalDate.ofEpochDay((long) Math.ceil(endDay) - 1);
    }

    /**
     * The range that shows {@code [minDay, maxDay)} whole with a margin on each side: a twenty-fifth of the span,
     * at least fifteen days, plus {@code extraRightDays} so that a label starting at the last event still fits.
     */
    public static double[] fit(double minDay, double maxDay, double extraRightDays) {
        double margin = Math.max(15, (maxDay - minDay) / 25);
        return new double[] {minDay - margin, maxDay + margin + Math.max(0, extraRightDays)};
    }
}
