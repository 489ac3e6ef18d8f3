package org.aitimeline.app;

import javafx.application.Application;
import org.aitimeline.export.ExportCommand;

/**
 * The process entry point: a plain main class (not an {@code Application}) so that jpackage launchers and
 * class-path runs start JavaFX correctly, and so the command-line export can pick a headless toolkit first.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (ExportCommand.wants(args)) {
            // Before any JavaFX class loads: the export needs no display.
            ExportCommand.useHeadlessToolkit();
            int code = ExportCommand.run(args, System.out, System.err);
            System.exit(code);
        }
        Application.launch(TimelineApp.class, args);
    }
}
