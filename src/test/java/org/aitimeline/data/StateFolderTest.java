package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateFolderTest {

    @Test
    void followsEachPlatformsConvention() {
        assertEquals(Path.of("/h/.local/state/open-source-ai-timeline"), StateFolder.resolve(null, "Linux", "/h", Map.of()));
        assertEquals(Path.of("/x/open-source-ai-timeline"),
                StateFolder.resolve(null, "Linux", "/h", Map.of("XDG_STATE_HOME", "/x")));
        assertEquals(Path.of("/h/.local/state/open-source-ai-timeline"),
                StateFolder.resolve(null, "Linux", "/h", Map.of("XDG_STATE_HOME", "relative")), "XDG says: ignore a relative path");
        assertEquals(Path.of("/h/Library/Application Support/Open-Source AI Timeline"),
                StateFolder.resolve(null, "Mac OS X", "/h", Map.of()));
        assertEquals(Path.of("/o"), StateFolder.resolve("/o", "Linux", "/h", Map.of()));
    }

    @Test
    void anUnexpectedErrorIsLoggedWithItsTrace() throws Exception {
        AppLog.install();
        String where = AppLog.unexpected(StateFolderTest.class, "test failure", new IllegalStateException("the cause"));
        assertTrue(where.startsWith(StateFolder.path().toString()), where);
        String log = Files.readString(Path.of(where));
        assertTrue(log.contains("test failure") && log.contains("IllegalStateException: the cause")
                && log.contains("at org.aitimeline.data.StateFolderTest"), log);
    }
}
