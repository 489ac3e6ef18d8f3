package org.aitimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Layers never point upward: model ← data ← timeline ← ui/export ← app. Checked on the sources' imports. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/aitimeline");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** Import prefixes each package must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", List.of("javafx.", "com.fasterxml.", "org.aitimeline.data", "org.aitimeline.timeline",
                    "org.aitimeline.ui", "org.aitimeline.export", "org.aitimeline.app"),
            "data", List.of("javafx.", "org.aitimeline.timeline", "org.aitimeline.ui", "org.aitimeline.export",
                    "org.aitimeline.app"),
            "timeline", List.of("com.fasterxml.", "org.aitimeline.data", "org.aitimeline.ui", "org.aitimeline.export",
                    "org.aitimeline.app"),
            "export", List.of("org.aitimeline.app"),
            "ui", List.of("org.aitimeline.app"));

    static List<String> violations(String layer, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            for (String prefix : FORBIDDEN.getOrDefault(layer, List.of())) {
                if (m.group(1).startsWith(prefix)) found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void theCheckerCatchesAnUpwardImport() {
        assertEquals(List.of("javafx.scene.paint.Color"),
                violations("model", "package x;\nimport java.util.List;\nimport javafx.scene.paint.Color;\n"));
        assertEquals(List.of("org.aitimeline.ui.ExplorerModel"),
                violations("data", "import org.aitimeline.model.Event;\nimport org.aitimeline.ui.ExplorerModel;"));
    }

    @Test
    void noLayerImportsFromALayerAboveIt() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String layer : FORBIDDEN.keySet()) {
            Path dir = MAIN.resolve(layer);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    checked++;
                    for (String v : violations(layer, Files.readString(f))) problems.add(f + " imports " + v);
                }
            }
        }
        assertTrue(checked > 10, "too few sources found: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
