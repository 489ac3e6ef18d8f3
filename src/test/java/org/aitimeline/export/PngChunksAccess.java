package org.aitimeline.export;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages read a PNG's Title chunk. */
public final class PngChunksAccess {

    private PngChunksAccess() {
    }

    public static String title(Path png) throws IOException {
        return PngChunks.text(png).get("Title");
    }

    public static String description(Path png) throws IOException {
        return PngChunks.text(png).get("Description");
    }
}
