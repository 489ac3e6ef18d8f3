package org.aitimeline.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.aitimeline.model.PartialDate;

/**
 * Dates in words, at their own precision: "2023", "Mar 2023", "3 Mar 2023", "c. 2024", "2025?", and month ranges
 * ("Jan 2025", "Jan – Feb 2025", "Dec 2024 – Jan 2025"). The one place month names come from.
 */
public final class DateText {

    private static final String[][] MONTHS = new String[2][];

    private DateText() {
    }

    /**
     * The short month name without a trailing dot: capitalised in English ("Mar"), lower case in Italian ("mag"), as
     * each language writes its months.
     */
    public static String monthName(int month, Locale locale) {
        int lang = italian(locale) ? 1 : 0;
        String[] names = MONTHS[lang];
        if (names == null) {
            names = new String[12];
            Locale l = lang == 1 ? Locale.ITALIAN : Locale.ENGLISH;
            for (Month m : Month.values()) {
                String name = word(m, TextStyle.SHORT_STANDALONE, TextStyle.SHORT, l);
                if (name.endsWith(".")) name = name.substring(0, name.length() - 1);
                names[m.ordinal()] = inCase(name, l);
            }
            MONTHS[lang] = names;
        }
        return names[month - 1];
    }

    static boolean italian(Locale locale) {
        return locale != null && "it".equals(locale.getLanguage());
    }

    /** A partial date at its precision; approximate dates get "c. " (Italian "ca. "), uncertain ones a "?". */
    public static String format(PartialDate d, Locale locale) {
        String body = switch (d.precision()) {
            case YEAR -> Integer.toString(d.year());
            case MONTH -> monthName(d.month(), locale) + " " + d.year();
            case DAY -> d.day() + " " + monthName(d.month(), locale) + " " + d.year();
        };
        if (d.approximate()) body = (italian(locale) ? "ca. " : "c. ") + body;
        if (d.uncertain()) body = body + "?";
        return body;
    }

    /**
     * A partial date with its month written out, as prose has it: "4 May 2023", "March 2023" in English, "4 maggio
     * 2023", "marzo 2023" in Italian (lower case, as Italian writes month names), with the same "c. " and "?" marks.
     */
    public static String inFull(PartialDate d, Locale locale) {
        Locale l = italian(locale) ? Locale.ITALIAN : Locale.ENGLISH;
        String month = d.precision() == PartialDate.Precision.YEAR ? ""
                : word(Month.of(d.month()), TextStyle.FULL_STANDALONE, TextStyle.FULL, l);
        String body = switch (d.precision()) {
            case YEAR -> Integer.toString(d.year());
            case MONTH -> inCase(month, l) + " " + d.year();
            case DAY -> d.day() + " " + inCase(month, l) + " " + d.year();
        };
        if (d.approximate()) body = (italian(locale) ? "ca. " : "c. ") + body;
        if (d.uncertain()) body = body + "?";
        return body;
    }

    /**
     * A month's name in the standalone style, or the format style where the JDK's locale data gives a number for the
     * standalone one (some do, e.g. "3"): the same word.
     */
    private static String word(Month m, TextStyle standalone, TextStyle format, Locale l) {
        String name = m.getDisplayName(standalone, l);
        return name.chars().allMatch(Character::isDigit) ? m.getDisplayName(format, l) : name;
    }

    /** As each language writes its months: lower case in Italian, capitalised in English. */
    private static String inCase(String month, Locale l) {
        if (l == Locale.ITALIAN) return month.toLowerCase(l);
        return month.isEmpty() ? month : Character.toUpperCase(month.charAt(0)) + month.substring(1);
    }

    /** "Mar 2023". */
    public static String month(LocalDate d, Locale locale) {
        return monthName(d.getMonthValue(), locale) + " " + d.getYear();
    }

    /** "3 Mar 2023". */
    public static String day(LocalDate d, Locale locale) {
        return d.getDayOfMonth() + " " + month(d, locale);
    }

    /** The months from {@code first} to {@code last}: "Jan 2025", "Jan – Feb 2025", "Dec 2024 – Jan 2025". */
    public static String monthRange(LocalDate first, LocalDate last, Locale locale) {
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) return month(first, locale);
        if (first.getYear() == last.getYear()) return monthName(first.getMonthValue(), locale) + " – " + month(last, locale);
        return month(first, locale) + " – " + month(last, locale);
    }

    /** The days from {@code first} to {@code last}: "3 Mar 2023", "3 – 9 Mar 2023", "28 Feb – 3 Mar 2023". */
    public static String dayRange(LocalDate first, LocalDate last, Locale locale) {
        if (first.equals(last)) return day(first, locale);
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + " – " + day(last, locale);
        }
        if (first.getYear() == last.getYear()) {
            return first.getDayOfMonth() + " " + monthName(first.getMonthValue(), locale) + " – " + day(last, locale);
        }
        return day(first, locale) + " – " + day(last, locale);
    }
}
