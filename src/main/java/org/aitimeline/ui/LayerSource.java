package org.aitimeline.ui;

import java.nio.file.Path;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;

/**
 * Where a layer's dataset comes from, as the preferences remember it: {@code bundled:NAME} for a bundled dataset
 * (timeline, notable-models), else the file's absolute path.
 */
final class LayerSource {

    static final String BUNDLED = "bundled:";

    private LayerSource() {
    }

    /** The source of a loaded dataset (its origin: the loader records the absolute path or the bundled name). */
    static String of(Dataset d) {
        return d.origin().equals("bundled") ? BUNDLED + "timeline" : d.origin();
    }

    static String bundled(String name) {
        return BUNDLED + name;
    }

    /** Loads a layer's dataset (off the FX thread). */
    static Dataset load(String source) throws DatasetException {
        if (source.startsWith(BUNDLED)) return new DatasetLoader().loadBundled(source.substring(BUNDLED.length()));
        return new DatasetLoader().load(Path.of(source));
    }
}
