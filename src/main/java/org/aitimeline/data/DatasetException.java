package org.aitimeline.data;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a dataset cannot be loaded; carries every problem found, not just the first. */
public class DatasetException extends Exception {

    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(problems.size() + " problem(s):\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
