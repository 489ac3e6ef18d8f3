package org.aitimeline.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset cannot be loaded; carries every problem found, not just the first, and, when the
 * refusal comes from a bug rather than from the file, the error behind it (also written to the {@link AppLog}).
 */
public class DatasetException extends Exception {

    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        this(problems, null);
    }

    public DatasetException(List<Problem> problems, Throwable cause) {
        super(problems.size() + " problem(s):\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
