package org.aitimeline.data;

/**
 * One thing wrong with a dataset: the file, the JSON path (e.g. {@code events[12].passages[0].exact}),
 * the 1-based line where known (0 otherwise), what is wrong, and the id of the item the path is in where it has
 * one ({@code event 'llama-leak'}), so that a person need not count array elements.
 */
public record Problem(String file, String path, int line, String message, String item) {

    public Problem(String file, String path, int line, String message) {
        this(file, path, line, message, null);
    }

    /** The same problem, naming the item its path is in. */
    public Problem naming(String item) {
        return new Problem(file, path, line, message, item);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (path == null || path.isEmpty() ? "" : ": " + path)
                + (item == null ? "" : " (" + item + ")") + ": " + message;
    }
}
