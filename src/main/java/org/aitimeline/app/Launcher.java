package org.aitimeline.app;

import javafx.application.Application;

/**
 * The process entry point: a plain main class (not an {@code Application}) so that jpackage launchers and
 * class-path runs start JavaFX correctly, and so the command-line export can pick a headless toolkit first.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(TimelineApp.class, args);
    }
}
