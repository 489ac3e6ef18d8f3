package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG writer releases its compressor's native memory however the writing ends. */
class PngWriterTest {

    /** A compressor that counts how often it was ended. */
    private static final class CountingDeflater extends Deflater {
        int ends;

        CountingDeflater() {
            super(2);
        }

        @Override
        public void end() {
            ends++;
            super.end();
        }
    }

    @Test
    void aCompleteImageEndsTheCompressorAndDecodes() throws IOException {
        CountingDeflater deflater = new CountingDeflater();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PngWriter png = new PngWriter(bytes, 3, 2, Map.of("Title", "t"), deflater)) {
            png.writeRows(new int[] {0xff0000, 0x00ff00, 0x0000ff, 0, 0xffffff, 0x808080}, 0, 2);
        }
        assertEquals(1, deflater.ends);
        var img = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(0x0000ff, img.getRGB(2, 0) & 0xffffff);
        assertEquals(0x808080, img.getRGB(2, 1) & 0xffffff);
    }

    @Test
    void anIncompleteImageStillEndsTheCompressor() {
        CountingDeflater deflater = new CountingDeflater();
        IOException e = assertThrows(IOException.class, () -> {
            try (PngWriter png = new PngWriter(new ByteArrayOutputStream(), 3, 2, Map.of(), deflater)) {
                png.writeRows(new int[3], 0, 1);
            }
        });
        assertEquals("image incomplete: 1 of 2 rows written", e.getMessage());
        assertEquals(1, deflater.ends);
    }

    @Test
    void aTargetThatFailsAtOnceEndsTheCompressor() {
        CountingDeflater deflater = new CountingDeflater();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThrows(IOException.class, () -> new PngWriter(full, 3, 2, Map.of(), deflater));
        assertEquals(1, deflater.ends);
    }
}
