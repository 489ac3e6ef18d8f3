package org.aitimeline.data;

import java.util.Objects;

/**
 * Finds a W3C TextQuoteSelector ({@code exact} with optional {@code prefix}/{@code suffix}) in one article's text.
 *
 * <p>Matching tolerates only two kinds of difference: any run of whitespace (spaces, tabs, newlines,
 * non-breaking spaces) matches any other run, and straight quotes match typographic ones. The range returned is
 * always that of the original text. Build one locator per article and reuse it: the normalised copy of the
 * text is computed once.
 */
public final class PassageLocator {

    /** The outcome of one lookup. */
    public enum Kind { FOUND, NOT_FOUND, AMBIGUOUS }

    /**
     * Where a quote was found.
     *
     * @param start first character of {@code exact} in the original text (valid when FOUND)
     * @param end one past its last character (valid when FOUND)
     * @param count how many places matched (0, 1, or more)
     */
    public record Location(Kind kind, int start, int end, int count) {
    }

    private final String original;
    private final String normalized;
    /** For each normalised char, the first and one-past-last original char it stands for; null when identical. */
    private final int[] startOf;
    private final int[] endOf;

    public PassageLocator(String text) {
        this.original = Objects.requireNonNull(text, "text");
        if (isNormal(text)) {
            normalized = text;
            startOf = null;
            endOf = null;
            return;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int runEnd = i + 1;
            if (isSpace(c)) {
                while (runEnd < text.length() && isSpace(text.charAt(runEnd))) runEnd++;
                c = ' ';
            } else {
                c = foldQuote(c);
            }
            starts[sb.length()] = i;
            ends[sb.length()] = runEnd;
            sb.append(c);
            i = runEnd;
        }
        normalized = sb.toString();
        startOf = starts;
        endOf = ends;
    }

    public String text() {
        return original;
    }

    /** Locates {@code exact}; prefix and suffix (may be null or empty) must immediately surround it. */
    public Location locate(String exact, String prefix, String suffix) {
        String e = normalize(exact);
        if (e.isBlank()) return new Location(Kind.NOT_FOUND, 0, 0, 0);
        String p = prefix == null ? "" : normalize(prefix);
        String s = suffix == null ? "" : normalize(suffix);
        // Whitespace at the joins collapses, as it does in the text.
        if (p.endsWith(" ") && e.startsWith(" ")) p = p.substring(0, p.length() - 1);
        if (e.endsWith(" ") && s.startsWith(" ")) s = s.substring(1);
        String needle = p + e + s;
        int first = normalized.indexOf(needle);
        if (first < 0) return new Location(Kind.NOT_FOUND, 0, 0, 0);
        int count = 1;
        for (int at = normalized.indexOf(needle, first + 1); at >= 0; at = normalized.indexOf(needle, at + 1)) {
            count++;
        }
        if (count > 1) return new Location(Kind.AMBIGUOUS, 0, 0, count);
        int from = first + p.length();
        int to = from + e.length();
        return new Location(Kind.FOUND, originalStart(from), originalEnd(to - 1), 1);
    }

    /** How many times {@code exact} alone occurs (to explain an ambiguity or a wrong prefix). */
    public int occurrences(String exact) {
        String e = normalize(exact);
        if (e.isEmpty()) return 0;
        int count = 0;
        for (int at = normalized.indexOf(e); at >= 0; at = normalized.indexOf(e, at + 1)) count++;
        return count;
    }

    private int originalStart(int normIndex) {
        return startOf == null ? normIndex : startOf[normIndex];
    }

    private int originalEnd(int normIndexInclusive) {
        return endOf == null ? normIndexInclusive + 1 : endOf[normIndexInclusive];
    }

    /** The text with whitespace runs collapsed to one space and typographic quotes made straight. */
    static String normalize(String s) {
        if (isNormal(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) sb.append(' ');
                inSpace = true;
            } else {
                sb.append(foldQuote(c));
                inSpace = false;
            }
        }
        return sb.toString();
    }

    private static boolean isNormal(String s) {
        char prev = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || prev == ' ')) return false;
            if (foldQuote(c) != c) return false;
            prev = c;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                || c == '\u2009' || c == '\u200a' || c == '\f' || c == '\u000b';
    }

    private static char foldQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            default -> c;
        };
    }
}
