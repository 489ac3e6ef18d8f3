package org.aitimeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What every command prints and returns: the command's name, one-line errors and the exit codes. Free of JavaFX,
 * like the parser, because the launcher parses and reports before it chooses a toolkit (ArchitectureTest).
 */
public final class CommandOutput {

    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int USAGE = 2;

    private CommandOutput() {
    }

    private static volatile String commandName;

    /** The name the app is started by: the installed launcher's, else the documented command (found once). */
    public static String commandName() {
        String name = commandName;
        if (name == null) {
            name = commandName(System.getProperty("jpackage.app-path"), System.getenv("PATH"));
            commandName = name;
        }
        return name;
    }

    static final String COMMAND = "open-source-ai-timeline";

    /**
     * The command a user types: {@value #COMMAND} when a file of that name on {@code path} leads to the launcher
     * (the Linux package's {@code /usr/bin} link), otherwise the launcher's own name.
     */
    static String commandName(String appPath, String path) {
        if (appPath == null || appPath.isBlank()) return COMMAND;
        try {
            Path launcher = Path.of(appPath);
            if (path != null) {
                Path real = launcher.toRealPath();
                for (String dir : path.split(java.io.File.pathSeparator)) {
                    if (dir.isBlank()) continue;
                    Path candidate = Path.of(dir, COMMAND);
                    if (java.nio.file.Files.exists(candidate) && candidate.toRealPath().equals(real)) return COMMAND;
                }
            }
            String name = launcher.getFileName().toString();
            return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
        } catch (java.io.IOException | RuntimeException e) {
            return COMMAND;
        }
    }

    /** Reports a bad command line in one line; returns the exit code for it. */
    public static int usage(PrintStream err, String message) {
        err.println(commandName() + ": error: " + message + " (see --help)");
        return USAGE;
    }

    static int fail(PrintStream err, String message) {
        err.println(commandName() + ": error: " + message);
        return IO_ERROR;
    }

    /** An I/O failure in words: "permission denied", "no space left on device". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return CommandLineOptions.oneLine(f.getReason());
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : CommandLineOptions.oneLine(m);
    }
}
