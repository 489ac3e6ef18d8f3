package org.aitimeline.cli;

import java.io.PrintStream;

/** A command-line subcommand that runs without a window and returns its exit code. */
public interface Subcommand {

    /** Runs it; 0 done, 1 a problem found or an I/O error, 2 a bad argument. */
    int run(PrintStream out, PrintStream err);
}
