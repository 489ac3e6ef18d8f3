package org.aitimeline.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps what it writes for itself (the log, and later recovery files): the platform's usual
 * per-user state folder. {@code -Daitimeline.state.dir=DIR} overrides it, so tests never touch a real home.
 */
public final class StateFolder {
    static final String APP = "open-source-ai-timeline";

    private StateFolder() {
    }

    /** The folder (not created here). */
    public static Path path() {
        return resolve(System.getProperty("aitimeline.state.dir"), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("Open-Source AI Timeline");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Open-Source AI Timeline");
        // XDG Base Directory: state that should persist between restarts but is not worth backing up.
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "state");
        return base.resolve(APP);
    }
}
