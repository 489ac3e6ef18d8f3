package org.aitimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Dataset;

/**
 * What the explorer window opens on, read before it is shown (on any thread: the app reads it while the toolkit
 * starts).
 *
 * @param tried the file that was read (a named file or the last dataset), or null
 * @param problems why {@code tried} could not be loaded (the bundled dataset is shown instead), or null
 * @param vanished the last dataset's path when that file no longer exists, or null
 */
public record WindowStart(Dataset dataset, Path tried, List<Problem> problems, String vanished) {

    /**
     * Reads the dataset a window opens on: {@code file} when given (opened from the file manager or the command
     * line), else the last dataset, else the bundled one. A file that cannot be loaded is reported by the window
     * ({@link ExplorerWindow#show(WindowStart)}) and the bundled dataset shown instead.
     */
    public static WindowStart read(UserPreferences prefs, Path file) throws DatasetException {
        Path tried = file;
        String vanished = null;
        if (file == null && prefs.lastDataset().filter(s -> s.startsWith(LayerSource.BUNDLED)).isPresent()) {
            try {
                return new WindowStart(LayerSource.load(prefs.lastDataset().get()), null, null, null);
            } catch (DatasetException | IllegalArgumentException e) {
                prefs.setLastDataset(null); // a bundled dataset this version no longer has
            }
        }
        if (tried == null && prefs.lastDataset().isPresent()) {
            tried = Path.of(prefs.lastDataset().get());
            if (!Files.isRegularFile(tried)) {
                vanished = tried.toString();
                tried = null;
            }
        }
        if (tried != null) {
            try {
                Dataset d = new DatasetLoader().load(tried);
                prefs.setLastDataset(tried.toAbsolutePath().toString());
                return new WindowStart(d, tried, null, null);
            } catch (DatasetException e) {
                if (file == null) prefs.setLastDataset(null);
                return new WindowStart(new DatasetLoader().loadBundled(), tried, e.problems(), null);
            }
        }
        if (vanished != null) prefs.setLastDataset(null);
        return new WindowStart(new DatasetLoader().loadBundled(), null, null, vanished);
    }
}
