package org.aitimeline.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * Marks the phases of start-up on standard error when the app runs with {@code -Daitimeline.trace-startup=true}
 * (e.g. through {@code JAVA_TOOL_OPTIONS}, which the installed launcher passes on): one line per phase,
 * {@code startup-trace <phase> <ms since the JVM started>}. Off, it costs one boolean test per phase. Used to find
 * what lies between the loading window and the explorer's first frame (src/docs/performance.md, "Start-up").
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("aitimeline.trace-startup");
    private static final Instant JVM_START = ON ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : null;

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (ON) System.err.println("startup-trace " + phase + " " + Duration.between(JVM_START, Instant.now()).toMillis());
    }

    /** Marks the scene's next pulse: before its CSS pass, after its CSS pass, after its layout. */
    static void markNextPulse(Scene scene, String what) {
        if (!ON) return;
        Runnable[] pre = new Runnable[1];
        pre[0] = () -> {
            scene.removePreLayoutPulseListener(pre[0]);
            mark(what + "-pulse");
            if (scene.getRoot() != null) scene.getRoot().applyCss(); // what the pulse's CSS pass would do next
            mark(what + "-css");
            Runnable[] post = new Runnable[1];
            post[0] = () -> {
                scene.removePostLayoutPulseListener(post[0]);
                mark(what + "-layout");
                javafx.application.Platform.runLater(() -> mark(what + "-after-frame"));
            };
            scene.addPostLayoutPulseListener(post[0]);
        };
        scene.addPreLayoutPulseListener(pre[0]);
    }
}
