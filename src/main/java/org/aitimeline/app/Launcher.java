package org.aitimeline.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.aitimeline.cli.CommandOutput;
import org.aitimeline.cli.CommandLineOptions;
import org.aitimeline.cli.ExportCommand;
import org.aitimeline.data.AppLog;
import org.aitimeline.ui.StartupTrace;

/**
 * The process entry point: a plain main class (not an {@code Application}) so that jpackage launchers and
 * class-path runs start JavaFX correctly, and so the command-line export can pick a headless toolkit first.
 * Every failure ends in one line and an exit code: 2 for bad arguments, 1 for I/O, data or a missing display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        AppLog.install();
        Path file = null;
        if (args.length > 0) {
            CommandLineOptions o;
            try {
                o = CommandLineOptions.parse(args, CommandOutput.commandName());
                if (o.subcommand() != null) {
                    System.exit(o.subcommand().run(System.out, System.err));
                    return;
                }
                if (o.helpRequested() || o.versionRequested() || o.exportRequested()) {
                    // Before any JavaFX class loads: the export needs no display.
                    if (o.exportRequested()) ExportCommand.useHeadlessToolkit();
                    System.exit(ExportCommand.run(o, System.out, System.err));
                    return;
                }
                file = o.fileToOpen();
            } catch (CommandLineOptions.UsageException e) {
                System.exit(CommandOutput.usage(System.err, e.getMessage()));
                return;
            }
        }
        String missing = missingDisplay();
        if (missing != null) {
            System.err.println(CommandOutput.commandName() + ": error: " + missing);
            System.exit(CommandOutput.IO_ERROR);
        }
        // The dataset is read on another thread while the toolkit starts.
        TimelineApp.preload(file);
        try {
            Application.launch(TimelineApp.class, args);
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            System.err.println(CommandOutput.commandName() + ": error: cannot open a window (" + m + "); " + headlessHint());
            System.exit(CommandOutput.IO_ERROR);
        }
    }

    /** Why no window can open here (no X display on Linux), or null. */
    static String missingDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean x11 = os.contains("linux") || os.contains("bsd") || os.contains("sunos");
        String display = System.getenv("DISPLAY");
        if (x11 && (display == null || display.isBlank()) && !"Monocle".equals(System.getProperty("glass.platform"))) {
            return "there is no display to open a window on (DISPLAY is not set); " + headlessHint();
        }
        return null;
    }

    private static String headlessHint() {
        return "to render a PNG without one: " + CommandOutput.commandName() + " --export out.png";
    }
}
