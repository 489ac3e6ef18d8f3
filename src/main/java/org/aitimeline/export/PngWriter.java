package org.aitimeline.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB PNG row by row, so an image of any height never has to be in memory whole, with iTXt (UTF-8) metadata
 * chunks (Title, Software, Creation Time, Source) from which control and bidi-override characters are removed.
 * Rows are given as ARGB ints; alpha is dropped.
 */
public final class PngWriter implements AutoCloseable {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    private static final int IDAT_CHUNK = 64 * 1024;

    private final DataOutputStream out;
    private final int width;
    private final int height;
    private final ChunkStream chunks = new ChunkStream();
    /** Holds native memory until ended: {@link #close()} ends it whether or not the image is complete. */
    private final Deflater deflater;
    private final DeflaterOutputStream idat;
    private final byte[] row;
    private int rowsWritten;

    public PngWriter(OutputStream target, int width, int height, Map<String, String> text) throws IOException {
        // Level 2: timeline images are mostly flat colour, where higher levels cost time and save little.
        this(target, width, height, text, new Deflater(2));
    }

    /** A writer compressing with {@code deflater}, which {@link #close()} ends. */
    PngWriter(OutputStream target, int width, int height, Map<String, String> text, Deflater deflater) throws IOException {
        this.deflater = deflater;
        try {
            if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty image " + width + "x" + height);
            this.out = new DataOutputStream(target);
            this.width = width;
            this.height = height;
            this.row = new byte[1 + width * 3];
            out.write(SIGNATURE);
            byte[] ihdr = new byte[13];
            putInt(ihdr, 0, width);
            putInt(ihdr, 4, height);
            ihdr[8] = 8;  // bit depth
            ihdr[9] = 2;  // truecolour RGB
            chunk("IHDR", ihdr);
            for (Map.Entry<String, String> e : text.entrySet()) {
                // iTXt: keyword (Latin-1), NUL, no compression, empty language and translated keyword, UTF-8 text.
                byte[] key = e.getKey().getBytes(StandardCharsets.ISO_8859_1);
                byte[] value = printable(e.getValue()).getBytes(StandardCharsets.UTF_8);
                byte[] data = new byte[key.length + 5 + value.length];
                System.arraycopy(key, 0, data, 0, key.length);
                System.arraycopy(value, 0, data, key.length + 5, value.length);
                chunk("iTXt", data);
            }
        } catch (IOException | RuntimeException e) {
            deflater.end(); // no close() will follow a constructor that threw
            throw e;
        }
        idat = new DeflaterOutputStream(chunks, deflater, IDAT_CHUNK);
    }

    /** Writes {@code rows} rows of ARGB pixels starting at {@code offset} of {@code argb} (stride = width). */
    public void writeRows(int[] argb, int offset, int rows) throws IOException {
        for (int r = 0; r < rows; r++) {
            if (rowsWritten == height) throw new IllegalStateException("more rows than the image height");
            // Filter "Sub": each byte minus the one three to its left; flat areas compress to almost nothing.
            row[0] = 1;
            int base = offset + r * width;
            int pr = 0;
            int pg = 0;
            int pb = 0;
            for (int x = 0; x < width; x++) {
                int p = argb[base + x];
                int red = (p >> 16) & 0xff;
                int green = (p >> 8) & 0xff;
                int blue = p & 0xff;
                row[1 + x * 3] = (byte) (red - pr);
                row[2 + x * 3] = (byte) (green - pg);
                row[3 + x * 3] = (byte) (blue - pb);
                pr = red;
                pg = green;
                pb = blue;
            }
            idat.write(row);
            rowsWritten++;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (rowsWritten != height) {
                throw new IOException("image incomplete: " + rowsWritten + " of " + height + " rows written");
            }
            idat.finish();
            chunks.flush();
            chunk("IEND", new byte[0]);
            out.flush();
        } finally {
            deflater.end();
        }
    }

    private void chunk(String type, byte[] data) throws IOException {
        chunk(type, data, data.length);
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        out.writeInt(length);
        out.write(t);
        out.write(data, 0, length);
        out.writeInt((int) crc.getValue());
    }

    /** The text without control characters (a line break becomes a space), bidi overrides or unpaired surrogates. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f;
            boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (control && (c == '\n' || c == '\t')) sb.append(' ');
            else if (!control && !bidi && !lone) sb.append(c);
        }
        return sb.toString();
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** Collects compressed bytes into IDAT chunks. */
    private final class ChunkStream extends OutputStream {
        private final byte[] buffer = new byte[IDAT_CHUNK];
        private int size;

        @Override
        public void write(int b) throws IOException {
            buffer[size++] = (byte) b;
            if (size == buffer.length) flushChunk();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buffer.length - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
                if (size == buffer.length) flushChunk();
            }
        }

        @Override
        public void flush() throws IOException {
            flushChunk();
        }

        @Override
        public void close() throws IOException {
            flushChunk();
        }

        private void flushChunk() throws IOException {
            if (size > 0) chunk("IDAT", buffer, size);
            size = 0;
        }
    }
}
