package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the headings in an article's plain text, which has no markup: the first line is its title, and a later
 * short line that does not end a sentence and is followed by a longer paragraph is a sub-heading.
 */
final class ArticleHeadings {

    static final int MAX_HEADING = 110;

    private ArticleHeadings() {
    }

    /** {start, end, level} of each heading line: level 1 for the title, 2 for sub-headings. */
    static List<int[]> find(String text) {
        List<int[]> lines = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {at, end});
            at = end + 1;
        }
        List<int[]> headings = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = trimmed(text, lines.get(i));
            if (l[1] <= l[0]) continue;
            if (first) {
                first = false;
                if (l[1] - l[0] <= 2 * MAX_HEADING) headings.add(new int[] {l[0], l[1], 1});
                continue;
            }
            String line = text.substring(l[0], l[1]);
            if (line.length() > MAX_HEADING || line.startsWith("•") || endsSentence(line)) continue;
            int[] next = nextNonBlank(text, lines, i + 1);
            if (next != null && next[1] - next[0] > line.length() && next[1] - next[0] > 80) {
                headings.add(new int[] {l[0], l[1], 2});
            }
        }
        return headings;
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '…';
    }

    private static int[] nextNonBlank(String text, List<int[]> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            int[] l = trimmed(text, lines.get(i));
            if (l[1] > l[0]) return l;
        }
        return null;
    }

    private static int[] trimmed(String text, int[] line) {
        int s = line[0];
        int e = line[1];
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new int[] {s, e};
    }
}
