package org.aitimeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the window is over 300 lines (issue 18, point 4): a class that grows past it is doing more than one job
 * and is split by job, as MainController and ExplorerModel were. Read from the sources, since line counts are not in
 * the class files.
 */
class UiClassSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void noUiSourceFileIsOver300Lines() throws IOException {
        // given: every .java file of the ui package and its sub-packages (surefire runs in the project's folder)
        Path ui = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/main/java/org/aitimeline/ui");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ui)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 20, "the ui sources were found in " + ui + ": " + files.size() + " files");
        // when
        Map<String, Integer> over = new TreeMap<>();
        for (Path f : files) {
            int lines;
            try (Stream<String> s = Files.lines(f)) {
                lines = (int) s.count();
            }
            if (lines > MAX_LINES) over.put(ui.relativize(f).toString(), lines);
        }
        // then
        assertEquals(Map.of(), over, "ui files over " + MAX_LINES + " lines (split them by job)");
    }
}
