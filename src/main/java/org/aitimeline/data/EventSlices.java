package org.aitimeline.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a dataset file's top-level {@code "events"} array lies and where it may be cut into slices of whole events,
 * so that large files can be parsed on every core.
 *
 * <p>Only the part of the file before the array is scanned (strings, escapes and nesting, to find the key). The
 * array must close the top-level object, and the cuts are guessed: a comma between a <code>}</code> and a
 * <code>{</code> near each slice's target size. A guess can be wrong (that comma may sit inside a string), but then
 * the slice before it cannot parse as complete JSON, so the caller, which accepts slices only when every one of
 * them parses cleanly, falls back to the one-piece parse. The answer is null whenever the file looks unusual.
 */
final class EventSlices {

    private static final byte[] EVENTS = {'e', 'v', 'e', 'n', 't', 's'};

    /** The array's '[' and ']'. */
    final int arrayStart;
    final int arrayEnd;
    /** The guessed separators between slices, with the array's brackets at both ends. */
    final int[] bounds;
    /** Line breaks before the array's '['. */
    final int lineBreaksBefore;

    private EventSlices(int arrayStart, int arrayEnd, int[] bounds, int lineBreaksBefore) {
        this.arrayStart = arrayStart;
        this.arrayEnd = arrayEnd;
        this.bounds = bounds;
        this.lineBreaksBefore = lineBreaksBefore;
    }

    int count() {
        return bounds.length - 1;
    }

    /** First byte of slice {@code k}. */
    int from(int k) {
        return bounds[k] + 1;
    }

    /** One past the last byte of slice {@code k}. */
    int to(int k) {
        return bounds[k + 1];
    }

    /** Slices of about {@code sliceBytes} bytes (at least two of them), or null if the file should be parsed whole. */
    static EventSlices find(byte[] b, int offset, int sliceBytes) {
        int n = b.length;
        int i = skipWhitespace(b, offset);
        if (i >= n || b[i] != '{') return null;
        int end = n - 1;
        while (end > i && isWhitespace(b[end])) end--;
        if (b[end] != '}') return null;
        int arrayEnd = end - 1;
        while (arrayEnd > i && isWhitespace(b[arrayEnd])) arrayEnd--;
        if (b[arrayEnd] != ']') return null;
        int depth = 0;
        int arrayStart = -1;
        while (i < arrayEnd && arrayStart < 0) {
            byte c = b[i];
            if (c == '"') {
                int start = ++i;
                while (i < n && b[i] != '"') {
                    if (b[i] == '\\') i++;
                    i++;
                }
                if (i >= n) return null;
                if (depth == 1 && i - start == EVENTS.length && isEvents(b, start)) {
                    int j = skipWhitespace(b, i + 1);
                    if (j < n && b[j] == ':') {
                        j = skipWhitespace(b, j + 1);
                        if (j >= n || b[j] != '[') return null;
                        arrayStart = j;
                    }
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth <= 0) return null; // the top-level object closed before any "events"
            }
            i++;
        }
        if (arrayStart < 0 || arrayEnd - arrayStart < 2L * sliceBytes) return null;
        List<Integer> bounds = new ArrayList<>();
        bounds.add(arrayStart);
        for (long target = (long) arrayStart + sliceBytes; target < arrayEnd - sliceBytes / 2; target += sliceBytes) {
            int cut = separatorFrom(b, (int) Math.max(target, bounds.get(bounds.size() - 1) + 1L), arrayEnd);
            if (cut < 0) break;
            bounds.add(cut);
            target = cut;
        }
        bounds.add(arrayEnd);
        if (bounds.size() < 3) return null;
        return new EventSlices(arrayStart, arrayEnd, bounds.stream().mapToInt(Integer::intValue).toArray(),
                lineBreaks(b, offset, arrayStart));
    }

    /** The first comma at or after {@code from} with a '}' before it and a '{' after it (blanks aside); -1 if none. */
    private static int separatorFrom(byte[] b, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (b[i] != ',') continue;
            int before = i - 1;
            while (before > 0 && isWhitespace(b[before])) before--;
            int after = skipWhitespace(b, i + 1);
            if (b[before] == '}' && after < limit && b[after] == '{') return i;
        }
        return -1;
    }

    /** Line breaks in {@code [from, to)}, counted as the JSON parser counts them ("\r\n" is one). */
    static int lineBreaks(byte[] b, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) count++;
        }
        return count;
    }

    private static boolean isEvents(byte[] b, int at) {
        for (int k = 0; k < EVENTS.length; k++) {
            if (b[at + k] != EVENTS[k]) return false;
        }
        return true;
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static int skipWhitespace(byte[] b, int i) {
        while (i < b.length && isWhitespace(b[i])) i++;
        return i;
    }
}
