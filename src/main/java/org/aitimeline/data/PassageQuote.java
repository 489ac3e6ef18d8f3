package org.aitimeline.data;

import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Turns a range of an article's text into the quote a dataset stores for it: the exact text, and only as much
 * prefix and suffix as the {@link PassageLocator} needs to find it there and nowhere else. Authors select text; the
 * context is computed, never typed.
 */
public final class PassageQuote {

    /** Context grows by this many characters a side until the quote is unique. */
    private static final int STEP = 12;

    private PassageQuote() {
    }

    /**
     * The quote of {@code [start, end)} in {@code source}'s text, with its range; surrounding whitespace of the
     * selection is left out (the loader collapses it anyway). Null for a range holding only whitespace.
     */
    public static Passage of(Source source, int start, int end) {
        String text = source.text();
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (start == end) return null;
        String exact = text.substring(start, end);
        PassageLocator locator = new PassageLocator(text);
        for (int grow = 0; ; grow += STEP) {
            int from = Math.max(0, start - grow);
            int to = Math.min(text.length(), end + grow);
            String prefix = text.substring(from, start);
            String suffix = text.substring(end, to);
            PassageLocator.Location at = locator.locate(exact, prefix, suffix);
            if (at.kind() == PassageLocator.Kind.FOUND && at.start() == start) {
                return new Passage(source.id(), exact, prefix, suffix, start, end);
            }
            if (from == 0 && to == text.length()) return new Passage(source.id(), exact, prefix, suffix, start, end);
        }
    }
}
