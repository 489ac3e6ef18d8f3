package org.aitimeline.data;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads the files of a dataset defensively: only regular files (checked before opening, so a FIFO or a device
 * never blocks or streams forever), never more than a size limit, article paths kept inside the dataset's folder
 * even through symbolic links, and text decoded as strict UTF-8 (no overlong forms, no encoded surrogates).
 */
final class DatasetFiles {

    private DatasetFiles() {
    }

    /** Reads a whole regular file of at most {@code limit} bytes. */
    static byte[] readRegular(Path file, long limit) throws FileProblem {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new FileProblem("does not exist");
        } catch (IOException | SecurityException e) {
            throw new FileProblem("cannot be read: " + reason(e));
        }
        if (attributes.isDirectory()) throw new FileProblem("is a folder, not a file");
        if (!attributes.isRegularFile()) {
            throw new FileProblem("is not a regular file (it is a device, pipe or socket); only regular files are read");
        }
        if (attributes.size() > limit) throw tooLarge(attributes.size(), limit);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            // Read straight into an array of the announced size, then go on reading in case the size lied (files
            // under /proc report 0) or the file grew since: never more than the limit either way.
            byte[] bytes = new byte[(int) attributes.size()];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // keep reading until full or at the end
            }
            if (buffer.hasRemaining()) return Arrays.copyOf(bytes, buffer.position());
            byte[] rest = Channels.newInputStream(in).readNBytes((int) Math.min(limit - bytes.length + 1, Integer.MAX_VALUE - 16));
            if (rest.length == 0) return bytes;
            if ((long) bytes.length + rest.length > limit) throw tooLarge((long) bytes.length + rest.length, limit);
            byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, all, bytes.length, rest.length);
            return all;
        } catch (IOException | SecurityException e) {
            throw new FileProblem("cannot be read: " + reason(e));
        }
    }

    private static FileProblem tooLarge(long size, long limit) {
        return new FileProblem("is " + megabytes(size) + ", larger than the " + megabytes(limit)
                + " limit; it was not read");
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /**
     * Resolves a dataset-relative article path and checks that it stays inside {@code folder} (a real path),
     * after following every symbolic link.
     */
    static Path resolveInside(Path folder, String relative) throws FileProblem {
        if (relative.startsWith("/") || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
            throw new FileProblem("is an absolute path; name articles relative to the dataset's folder");
        }
        Path resolved;
        try {
            resolved = folder.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new FileProblem("is not a file path this system can use");
        }
        if (!resolved.startsWith(folder)) throw new FileProblem("points outside the dataset's folder; articles must be inside it");
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (NoSuchFileException e) {
            // The full path: "seeds/x.txt does not exist" leaves a person guessing which folder was searched.
            throw new FileProblem("does not exist (looked for " + resolved + ")");
        } catch (IOException | SecurityException e) {
            throw new FileProblem("cannot be read: " + reason(e));
        }
        if (!real.startsWith(folder)) {
            throw new FileProblem("leads through a symbolic link outside the dataset's folder; articles must be inside it");
        }
        return real;
    }

    /** Length of a UTF-8 byte-order mark at the start of {@code bytes} (3), or 0. */
    static int bomLength(byte[] bytes) {
        return isBom(bytes, 0) ? 3 : 0;
    }

    private static boolean isBom(byte[] bytes, int at) {
        return bytes.length >= at + 3 && (bytes[at] & 0xff) == 0xef && (bytes[at + 1] & 0xff) == 0xbb && (bytes[at + 2] & 0xff) == 0xbf;
    }

    /** Length of the one byte-order mark allowed at the start; a second one straight after it is a problem. */
    static int checkedBomLength(byte[] bytes) throws FileProblem {
        int n = bomLength(bytes);
        if (n > 0 && isBom(bytes, n)) {
            // Else the JSON parser would skip it too, or a third would read as "invalid UTF-8 start byte 0xbb".
            throw new FileProblem("starts with more than one byte-order mark (EF BB BF); keep at most one", 1);
        }
        return n;
    }

    /**
     * Checks that {@code bytes} are strict UTF-8 (RFC 3629: no overlong forms, no encoded surrogates, nothing above
     * U+10FFFF) without decoding them, so the JSON parser can read the bytes directly.
     */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static void checkUtf8(byte[] bytes) throws FileProblem {
        int i = checkedBomLength(bytes);
        int n = bytes.length;
        while (i < n) {
            // Most of a dataset is ASCII: skip it eight bytes at a time.
            while (i + 8 <= n && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) i += 8;
            if (i >= n) break;
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xff;
            int need;
            int min2 = 0x80;
            int max2 = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                need = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                need = 2;
                if (b == 0xe0) min2 = 0xa0; // overlong
                if (b == 0xed) max2 = 0x9f; // UTF-16 surrogates
            } else if (b >= 0xf0 && b <= 0xf4) {
                need = 3;
                if (b == 0xf0) min2 = 0x90; // overlong
                if (b == 0xf4) max2 = 0x8f; // above U+10FFFF
            } else {
                throw notUtf8(bytes, i);
            }
            if (i + need >= n) throw notUtf8(bytes, i);
            int second = bytes[i + 1] & 0xff;
            if (second < min2 || second > max2) throw notUtf8(bytes, i);
            for (int k = 2; k <= need; k++) {
                int c = bytes[i + k] & 0xff;
                if (c < 0x80 || c > 0xbf) throw notUtf8(bytes, i);
            }
            i += need + 1;
        }
    }

    private static FileProblem notUtf8(byte[] bytes, int at) {
        int line = 1 + EventSlices.lineBreaks(bytes, 0, at);
        return new FileProblem("is not valid UTF-8 text: a malformed byte sequence (0x"
                + Integer.toHexString(bytes[at] & 0xff) + ") at byte " + at + "; save the file as UTF-8", line);
    }

    /** Strict UTF-8 (a leading byte-order mark is dropped); the problem names the line of the first bad byte. */
    static String decodeUtf8(byte[] bytes) throws FileProblem {
        int offset = checkedBomLength(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) result = decoder.flush(out);
        if (result.isError()) throw notUtf8(bytes, in.position());
        out.flip();
        return out.toString();
    }

    /** An I/O failure in words, without exception class names. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it does not exist";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof SecurityException) return "access refused by the security policy";
        String m = e.getMessage();
        return m == null || m.isBlank() ? "unknown error" : ProblemText.clip(m, 120);
    }
}
