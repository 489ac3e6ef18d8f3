package org.aitimeline.data;

import java.nio.file.Path;
import java.util.List;
import org.aitimeline.model.Dataset;

/** Reads and strictly validates a dataset JSON file and the article files it cites. (Stub until built.) */
public final class DatasetLoader {

    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** The dataset bundled with the app. */
    public Dataset loadBundled() throws DatasetException {
        return new Dataset("Open-Source AI", "bundled", List.of(), List.of(), List.of());
    }

    /** A dataset file on disk; its sources' {@code file} paths resolve relative to the file's folder. */
    public Dataset load(Path json) throws DatasetException {
        throw new DatasetException(List.of(new Problem(json.toString(), "", 0, "not implemented")));
    }
}
