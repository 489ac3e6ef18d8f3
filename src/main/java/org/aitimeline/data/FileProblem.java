package org.aitimeline.data;

/** A file that was refused or could not be read, with the reason in words and the line where one is known. */
final class FileProblem extends Exception {

    private final int line;

    FileProblem(String message) {
        this(message, 0);
    }

    FileProblem(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
