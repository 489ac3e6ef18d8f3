package org.aitimeline.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary file beside it that is synced and then moved into place, so a failed or
 * cancelled write leaves no partial file and never replaces the old one with garbage.
 *
 * <p>The temporary file has a fixed name, {@code .NAME.part}, so one left by a killed process is recognisable and is
 * removed by the next write to the same target. A read-only target is refused, as {@code cp} refuses it; a symbolic
 * link is written through (its target is replaced, the link stays).
 */
public final class AtomicFile {

    /** The writing step; it may throw, and then nothing is left behind. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** The temporary file a write to {@code target} goes through. */
    public static Path partFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    public static void write(Path target, Body body) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        if (Files.isDirectory(real)) throw new FileSystemException(real.toString(), null, "it is a folder");
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && readOnly(real)) {
            throw new AccessDeniedException(real.toString(), null, "the file is read-only");
        }
        Path temp = partFile(real);
        // One left by an export that was killed: it is ours, and it is in the way.
        Files.deleteIfExists(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.write(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(temp, real);
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet). */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    private static boolean readOnly(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) return !Files.isWritable(file);
        // The permission bits, not access(2): as root everything is writable, yet a read-only file is meant to stay.
        return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
    }

    /**
     * The result should look like any file the user saves: the old file's permissions, or rw-r--r--, not the
     * temporary file's.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
