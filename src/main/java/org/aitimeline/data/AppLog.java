package org.aitimeline.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: a rotated file in the {@link StateFolder} ({@code logs/app0.log} is the newest, five files of
 * 1 MB at most), written through {@link System.Logger}, whose default backend is java.util.logging. Unexpected
 * errors go there with their stack trace, so a person sees one clear sentence and the path of the details.
 * Nothing is printed to the console: a command line prints one line, never a trace.
 */
public final class AppLog {
    private static final String ROOT = "org.aitimeline";
    private static final int LIMIT_BYTES = 1 << 20;
    private static final int FILES = 5;
    private static Handler handler;
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one takes its file handler with it. */
    private static Logger root;
    private static Path file;

    private AppLog() {
    }

    /** Starts writing the log file; a second call does nothing. If the folder cannot be written, logs nowhere. */
    public static synchronized void install() {
        if (handler != null) return;
        root = Logger.getLogger(ROOT);
        root.setUseParentHandlers(false);
        try {
            Path dir = StateFolder.path().resolve("logs");
            Files.createDirectories(dir);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    System.getProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n"));
            FileHandler h = new FileHandler(dir.resolve("app%g.log").toString(), LIMIT_BYTES, FILES, true);
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.INFO);
            root.addHandler(h);
            root.setLevel(Level.INFO);
            handler = h;
            file = dir.resolve("app0.log");
        } catch (IOException | RuntimeException e) {
            // No log is better than no app: the messages the person sees do not depend on it.
            root.setLevel(Level.OFF);
        }
    }

    /** The newest log file, or null when no log is written. */
    public static synchronized Path file() {
        return file;
    }

    /** The logger for a class of the app. */
    public static System.Logger logger(Class<?> owner) {
        return System.getLogger(owner.getName());
    }

    /** Records an unexpected error with its stack trace and returns where to read it ("" when nowhere). */
    public static String unexpected(Class<?> owner, String what, Throwable cause) {
        logger(owner).log(System.Logger.Level.ERROR, what, cause);
        if (handler != null) handler.flush();
        Path f = file();
        return f == null ? "" : f.toString();
    }
}
