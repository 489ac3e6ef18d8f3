package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("t.png");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half of a new file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFile() throws Exception {
        Path target = dir.resolve("t.png");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        Path fresh = dir.resolve("fresh.png");
        AtomicFile.write(fresh, out -> out.write(1));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new file is readable like any saved file, not private like a temporary one");
    }

    @Test
    void aStaleTemporaryFileFromAKilledExportIsRemovedByTheNextWrite() throws Exception {
        Path target = dir.resolve("t.png");
        Files.writeString(AtomicFile.partFile(target), "left by kill -9");
        AtomicFile.write(target, out -> out.write(7));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aReadOnlyTargetIsRefusedAndKept() throws Exception {
        Path target = dir.resolve("t.png");
        Files.writeString(target, "keep me");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        assertThrows(java.nio.file.AccessDeniedException.class, () -> AtomicFile.write(target, out -> out.write(1)));
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughNotReplaced() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("t.png");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real);
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
    }
}
