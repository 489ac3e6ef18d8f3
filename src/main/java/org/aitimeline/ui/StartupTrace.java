package org.aitimeline.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Scene;

/**
 * Marks the phases of start-up on standard error when the app runs with {@code -Daitimeline.trace-startup=T}
 * (e.g. through {@code JAVA_TOOL_OPTIONS}, which the installed launcher passes on): one line per phase,
 * {@code startup-trace <phase> <ms>}, counted from T, the launch time in epoch milliseconds as the launching script
 * took it ({@code date +%s%3N}), or from the process's start when T is not a number (that start is read from /proc
 * and can be off by up to a second). Off, it costs one test per phase. Used to find what lies between the loading
 * window and the explorer's first frame (src/docs/performance.md, "Start-up").
 */
public final class StartupTrace {

    private static final String SETTING = System.getProperty("aitimeline.trace-startup");
    private static final boolean ON = SETTING != null && !SETTING.equals("false");
    private static final Instant START = ON ? start(SETTING) : null;

    private StartupTrace() {
    }

    private static Instant start(String setting) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(setting.trim()));
        } catch (NumberFormatException e) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
    }

    public static void mark(String phase) {
        if (ON) System.err.println("startup-trace " + phase + " " + Duration.between(START, Instant.now()).toMillis());
    }

    /** Nodes in the scene, and in each of the biggest subtrees with an id or style class (a hint at what costs). */
    private static String census(javafx.scene.Parent root) {
        java.util.Map<String, Integer> byPart = new java.util.TreeMap<>();
        int total = count(root, byPart, 0);
        StringBuilder out = new StringBuilder("total=" + total);
        byPart.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return out.toString();
    }

    private static int count(javafx.scene.Node n, java.util.Map<String, Integer> byPart, int depth) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) c += count(child, byPart, depth + 1);
        }
        String name = n.getId() != null ? "#" + n.getId() : n.getStyleClass().isEmpty() ? null : "." + n.getStyleClass().get(0);
        if (name != null && depth <= 12 && c >= 20) byPart.merge(name + "@" + depth, c, Math::max);
        return c;
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
                if (scene.getRoot() != null) System.err.println("startup-trace-nodes " + what + " " + census(scene.getRoot()));
                javafx.application.Platform.runLater(() -> mark(what + "-after-frame"));
            };
            scene.addPostLayoutPulseListener(post[0]);
        };
        scene.addPreLayoutPulseListener(pre[0]);
    }
}
