package org.aitimeline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date known to year, month or day precision, optionally approximate or uncertain:
 * the subset of EDTF (ISO 8601-2) level 1 the dataset uses, e.g. {@code 2023}, {@code 2023-03},
 * {@code 2023-03-03}, {@code 2025-06~}, {@code 2024?}, {@code 2024%}.
 *
 * <p>The precision is kept so that the UI never prints a day the sources do not give.
 */
public record PartialDate(int year, int month, int day, Precision precision, boolean approximate, boolean uncertain)
        implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) throw new IllegalArgumentException("a year date has no month or day");
            }
            case MONTH -> {
                if (month < 1 || month > 12) throw new IllegalArgumentException("month must be 01-12, was " + month);
                if (day != 0) throw new IllegalArgumentException("a month date has no day");
            }
            case DAY -> {
                if (month < 1 || month > 12) throw new IllegalArgumentException("month must be 01-12, was " + month);
                try {
                    LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("no such day: " + year + "-" + two(month) + "-" + two(day));
                }
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR, false, false);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH, false, false);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY, false, false);
    }

    /**
     * Parses an EDTF string; {@code ~} marks approximate, {@code ?} uncertain, {@code %} both.
     *
     * @throws IllegalArgumentException with a reason a person can read
     */
    public static PartialDate parse(String text) {
        if (text == null) throw new IllegalArgumentException("date is missing");
        String t = text.strip();
        // Hand-parsed (not a regex): a dataset of 100,000 events parses 100,000 dates.
        int n = t.length();
        char q = n > 0 ? t.charAt(n - 1) : 'x';
        int body = q == '~' || q == '?' || q == '%' ? n - 1 : n;
        if (!(body == 4 || body == 7 && t.charAt(4) == '-' || body == 10 && t.charAt(4) == '-' && t.charAt(7) == '-')
                || !digits(t, 0, 4) || body >= 7 && !digits(t, 5, 7) || body == 10 && !digits(t, 8, 10)) {
            throw new IllegalArgumentException("'" + text + "' is not an EDTF date like 2023, 2023-03, 2023-03-03 or 2025-06~");
        }
        boolean approximate = body < n && (q == '~' || q == '%');
        boolean uncertain = body < n && (q == '?' || q == '%');
        int year = number(t, 0, 4);
        if (body == 4) return new PartialDate(year, 0, 0, Precision.YEAR, approximate, uncertain);
        int month = number(t, 5, 7);
        if (body == 7) return new PartialDate(year, month, 0, Precision.MONTH, approximate, uncertain);
        return new PartialDate(year, month, number(t, 8, 10), Precision.DAY, approximate, uncertain);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    /** First day the date may stand for. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The day after the last day the date may stand for. */
    public LocalDate endExclusive() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year + 1, 1, 1);
            case MONTH -> YearMonth.of(year, month).plusMonths(1).atDay(1);
            case DAY -> LocalDate.of(year, month, day).plusDays(1);
        };
    }

    /** Days since 1970-01-01 of {@link #start()}. */
    public long startEpochDay() {
        // Arithmetic, no LocalDate: the timeline lays out, sorts and filters up to a million dates.
        int m = Math.max(month, 1);
        int d = Math.max(day, 1);
        // Days from the civil calendar (proleptic Gregorian) with the year starting in March, as LocalDate counts.
        long y = m <= 2 ? year - 1L : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** Days since 1970-01-01 of {@link #endExclusive()}. */
    public long endEpochDay() {
        return startEpochDay() + switch (precision) {
            case YEAR -> java.time.Year.isLeap(year) ? 366 : 365;
            case MONTH -> java.time.Month.of(month).length(java.time.Year.isLeap(year));
            case DAY -> 1;
        };
    }

    public boolean isQualified() {
        return approximate || uncertain;
    }

    /** The EDTF form, the inverse of {@link #parse(String)}. */
    public String toEdtf() {
        StringBuilder sb = new StringBuilder().append(String.format("%04d", year));
        if (precision != Precision.YEAR) sb.append('-').append(two(month));
        if (precision == Precision.DAY) sb.append('-').append(two(day));
        if (approximate && uncertain) sb.append('%');
        else if (approximate) sb.append('~');
        else if (uncertain) sb.append('?');
        return sb.toString();
    }

    /** Chronological by start, then the less precise (longer) date first. */
    @Override
    public int compareTo(PartialDate o) {
        // Same order as comparing start() then endExclusive() descending, without allocating LocalDates.
        return Integer.compare(order(), o.order());
    }

    /**
     * A number that orders dates as {@link #compareTo} does (below 2<sup>29</sup>), so large collections can be
     * sorted on primitive keys.
     */
    public int order() {
        return (year * 10000 + Math.max(month, 1) * 100 + Math.max(day, 1)) * 3 + precision.ordinal();
    }

    @Override
    public String toString() {
        return toEdtf();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
