package org.aitimeline.data;

import java.util.Collection;
import java.util.List;

/**
 * Wording for problem messages: values quoted short and safe to print (control and bidi characters escaped, at
 * most {@link #MAX_QUOTE} characters), and the nearest valid name suggested for a misspelt one.
 */
public final class ProblemText {

    static final int MAX_QUOTE = 80;

    private ProblemText() {
    }

    /** {@code "value"}, escaped and clipped to {@value #MAX_QUOTE} characters with its full length when longer. */
    public static String quote(String value) {
        if (value == null) return "null";
        String clipped = clip(value, MAX_QUOTE);
        return "\"" + clipped + "\"" + (value.length() > MAX_QUOTE ? " (" + value.length() + " characters)" : "");
    }

    /** {@code 'id'}, escaped and clipped like {@link #quote}: for ids, codes and names in messages. */
    public static String id(String value) {
        return "'" + clip(value, MAX_QUOTE) + "'";
    }

    /** The value escaped and cut to {@code max} characters (an ellipsis marks the cut). */
    public static String clip(String value, int max) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), max) + 8);
        int i = 0;
        while (i < value.length() && sb.length() < max) {
            char c = value.charAt(i);
            if (isUnsafe(c) || Character.isSurrogate(c) && !isPaired(value, i)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) sb.append(value.charAt(++i));
            }
            i++;
        }
        if (i < value.length()) sb.append('…');
        return sb.toString();
    }

    /**
     * Control characters (C0 but tab and newlines for multi-line text, DEL, C1), bidi embeddings/overrides, and the
     * invisible characters that break or hide inside a line: the line and paragraph separators U+2028/U+2029 and the
     * byte-order mark U+FEFF.
     */
    static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }

    /** What an {@linkplain #isUnsafe unsafe} character is, in words: "a line or paragraph separator (U+2028)". */
    static String unsafeKind(char c) {
        String kind = c == 0x2028 || c == 0x2029 ? "a line or paragraph separator"
                : c == 0xfeff ? "a byte-order mark (zero-width no-break space)"
                : c >= 0x202a ? "a bidirectional-text control" : "a control character";
        return kind + String.format(" (U+%04X)", (int) c);
    }

    static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** "; did you mean 'x'?" for a near miss, else the valid values (at most ten), else nothing. */
    public static String suggestion(String wrong, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(wrong, v, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        if (best != null && bestDistance <= Math.max(1, Math.min(wrong.length(), best.length()) / 3)) {
            return "; did you mean '" + best + "'?";
        }
        if (valid.isEmpty()) return "";
        List<String> sorted = valid.stream().sorted().limit(10).toList();
        return "; valid: " + String.join(", ", sorted) + (valid.size() > 10 ? ", … (" + valid.size() + " in all)" : "");
    }

    /** Levenshtein distance, giving up (returning {@code limit}) once it cannot be below it. */
    static int distance(String a, String b, int limit) {
        if (a.length() > 64 || b.length() > 64) return a.equals(b) ? 0 : Integer.MAX_VALUE;
        if (Math.abs(a.length() - b.length()) >= limit) return limit;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= limit) return limit;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
