package org.aitimeline.data;

/**
 * One thing wrong with a dataset: the file, the JSON path (e.g. {@code events[12].passages[0].exact}),
 * the 1-based line where known (0 otherwise) and what is wrong.
 */
public record Problem(String file, String path, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (path == null || path.isEmpty() ? "" : ": " + path) + ": " + message;
    }
}
