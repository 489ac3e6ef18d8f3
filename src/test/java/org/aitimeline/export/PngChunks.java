package org.aitimeline.export;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the text chunks (tEXt and iTXt) of a PNG file, independently of the writer. */
public final class PngChunks {

    private PngChunks() {
    }

    public static Map<String, String> text(Path png) throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            in.skipNBytes(8);
            while (true) {
                int length = in.readInt();
                byte[] type = in.readNBytes(4);
                byte[] data = in.readNBytes(length);
                in.readInt();
                String t = new String(type, StandardCharsets.US_ASCII);
                if (t.equals("tEXt")) {
                    int zero = 0;
                    while (data[zero] != 0) zero++;
                    result.put(new String(data, 0, zero, StandardCharsets.ISO_8859_1),
                            new String(data, zero + 1, data.length - zero - 1, StandardCharsets.ISO_8859_1));
                }
                if (t.equals("iTXt")) {
                    // keyword NUL, compression flag and method, language tag NUL, translated keyword NUL, UTF-8 text
                    int at = 0;
                    while (data[at] != 0) at++;
                    String key = new String(data, 0, at, StandardCharsets.ISO_8859_1);
                    if (data[at + 1] != 0) throw new IOException("compressed iTXt is not expected");
                    at += 3;
                    while (data[at] != 0) at++;
                    at++;
                    while (data[at] != 0) at++;
                    at++;
                    result.put(key, new String(data, at, data.length - at, StandardCharsets.UTF_8));
                }
                if (t.equals("IEND")) return result;
            }
        }
    }
}
