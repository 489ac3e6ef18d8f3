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
    /**
     * For each normalised char, the first original char it stands for, and one more entry for the end; null when
     * the text is already normal. A char stands for everything up to the next one's start (a collapsed run).
     */
    private final int[] startOf;

    public PassageLocator(String text) {
        this.original = Objects.requireNonNull(text, "text");
        if (isNormal(text)) {
            normalized = text;
            startOf = null;
            return;
        }
        startOf = new int[text.length() + 1];
        normalized = collapse(text, startOf);
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
        long found = find(p + e + s);
        int count = (int) (found >>> 32);
        int first = (int) found;
        if (count == 0) return new Location(Kind.NOT_FOUND, 0, 0, 0);
        if (count > 1) return new Location(Kind.AMBIGUOUS, 0, 0, count);
        int from = first + p.length();
        int to = from + e.length();
        return new Location(Kind.FOUND, originalStart(from), originalEnd(to - 1), 1);
    }

    /** How many times {@code exact} alone occurs (to explain an ambiguity or a wrong prefix). */
    public int occurrences(String exact) {
        String e = normalize(exact);
        if (e.isEmpty()) return 0;
        return (int) (find(e) >>> 32);
    }

    /** Every occurrence of a normalised needle, overlapping ones too: their count (high half) and the first (low). */
    private long find(String needle) {
        GramIndex index = index();
        if (index != null && needle.length() >= GramIndex.K) return index.find(normalized, needle);
        int first = normalized.indexOf(needle);
        if (first < 0) return 0;
        int count = 1;
        for (int at = normalized.indexOf(needle, first + 1); at >= 0; at = normalized.indexOf(needle, at + 1)) count++;
        return ((long) count << 32) | first;
    }

    /** Lookups after which an index pays for itself; texts above the size limit are searched without one. */
    private static final int LOOKUPS_BEFORE_INDEX = 8;
    private static final int MAX_INDEXED_CHARS = 8 << 20;
    private int lookups;
    private volatile GramIndex index;

    private GramIndex index() {
        GramIndex built = index;
        if (built != null) return built;
        // A racy count is fine: it only decides when to build.
        if (++lookups < LOOKUPS_BEFORE_INDEX || normalized.length() < 64 || normalized.length() > MAX_INDEXED_CHARS) return null;
        synchronized (this) {
            if (index == null) index = new GramIndex(normalized);
            return index;
        }
    }

    /**
     * Where each run of {@link #K} characters occurs in the text, in hash chains. A lookup walks the chain of the
     * needle's rarest run only, so finding a quote costs about its own length instead of a scan of the article:
     * thousands of passages citing one article no longer make loading quadratic.
     */
    private static final class GramIndex {
        static final int K = 8;
        private static final int B = 31;
        private static final int B_K1 = pow(B, K - 1);
        private final int mask;
        /** First position of each bucket's chain, plus one (0: empty). */
        private final int[] head;
        /** Next position in the same chain, plus one. */
        private final int[] next;
        private final int[] size;

        GramIndex(String text) {
            int grams = text.length() - K + 1;
            int buckets = Integer.highestOneBit(Math.max(16, grams)) << 1;
            mask = buckets - 1;
            head = new int[buckets];
            size = new int[buckets];
            next = new int[grams];
            int h = 0;
            for (int i = 0; i < K; i++) h = h * B + text.charAt(i);
            for (int p = 0; ; p++) {
                int bucket = bucket(h);
                next[p] = head[bucket];
                head[bucket] = p + 1;
                size[bucket]++;
                if (p + 1 >= grams) break;
                h = (h - text.charAt(p) * B_K1) * B + text.charAt(p + K);
            }
        }

        long find(String text, String needle) {
            // The needle's run of K characters whose chain is shortest.
            int h = 0;
            for (int i = 0; i < K; i++) h = h * B + needle.charAt(i);
            int bestOffset = 0;
            int bestBucket = bucket(h);
            for (int j = 1; j + K <= needle.length() && size[bestBucket] > 1; j++) {
                h = (h - needle.charAt(j - 1) * B_K1) * B + needle.charAt(j + K - 1);
                int b = bucket(h);
                if (size[b] < size[bestBucket]) {
                    bestBucket = b;
                    bestOffset = j;
                }
            }
            int count = 0;
            int first = Integer.MAX_VALUE;
            for (int p = head[bestBucket]; p != 0; p = next[p - 1]) {
                int start = p - 1 - bestOffset;
                if (start >= 0 && text.startsWith(needle, start)) {
                    count++;
                    first = Math.min(first, start);
                }
            }
            return count == 0 ? 0 : ((long) count << 32) | first;
        }

        private int bucket(int h) {
            return (h ^ (h >>> 15) ^ (h >>> 7)) & mask;
        }

        private static int pow(int base, int exp) {
            int r = 1;
            for (int i = 0; i < exp; i++) r *= base;
            return r;
        }
    }

    private int originalStart(int normIndex) {
        return startOf == null ? normIndex : startOf[normIndex];
    }

    private int originalEnd(int normIndexInclusive) {
        return startOf == null ? normIndexInclusive + 1 : startOf[normIndexInclusive + 1];
    }

    /** The text with whitespace runs collapsed to one space and typographic quotes made straight. */
    static String normalize(String s) {
        return isNormal(s) ? s : collapse(s, null);
    }

    /**
     * Whitespace runs collapsed to one space, typographic quotes made straight; when {@code starts} is given (one
     * more than the text's length), it receives for each char of the result the first original char it stands for,
     * and the text's length after the last.
     */
    private static String collapse(String text, int[] starts) {
        int n = text.length();
        char[] chars = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (starts != null) starts[length] = i;
            if (isSpace(c)) {
                do i++; while (i < n && isSpace(text.charAt(i)));
                chars[length++] = ' ';
            } else {
                chars[length++] = foldQuote(c);
                i++;
            }
        }
        if (starts != null) starts[length] = n;
        return new String(chars, 0, length);
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
