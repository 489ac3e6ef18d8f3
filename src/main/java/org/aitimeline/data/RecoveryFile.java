package org.aitimeline.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.aitimeline.model.Dataset;

/**
 * Unsaved changes kept where a crash cannot take them: a folder {@code recovery/} in the {@link StateFolder} holding
 * the dataset as the writer writes it ({@code dataset.json}), its articles beside it (so it loads on its own), and
 * {@code origin.txt} naming the file it was opened from (empty for the bundled dataset). Written while there are
 * unsaved changes, removed when they are saved or given up; found at the next start after a crash.
 */
public final class RecoveryFile {

    static final String DATASET = "dataset.json";
    static final String ORIGIN = "origin.txt";

    private final Path folder;

    public RecoveryFile(Path folder) {
        this.folder = folder;
    }

    /** The recovery folder in the user's state folder. */
    public static RecoveryFile inStateFolder() {
        return new RecoveryFile(StateFolder.path().resolve("recovery"));
    }

    /**
     * What a crash left: the dataset, the file it had been opened from (or null for the bundled one) and when it was
     * written.
     */
    public record Found(Path dataset, Path origin, Instant written) {
    }

    /** Writes {@code dataset} (atomically) with the file it belongs to ({@code origin}, null for the bundled one). */
    public void write(Dataset dataset, Path origin) throws IOException {
        Files.createDirectories(folder);
        DatasetWriter.writeArticles(dataset, folder);
        byte[] where = (origin == null ? "" : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(folder.resolve(ORIGIN), out -> out.write(where));
        DatasetWriter writer = new DatasetWriter();
        // Last: a dataset.json present means the rest is there too.
        AtomicFile.write(folder.resolve(DATASET), out -> writer.write(dataset, out));
    }

    /** What an earlier run left, if anything. */
    public Optional<Found> find() {
        Path json = folder.resolve(DATASET);
        if (!Files.isRegularFile(json)) return Optional.empty();
        try {
            String origin = Files.isRegularFile(folder.resolve(ORIGIN))
                    ? Files.readString(folder.resolve(ORIGIN), StandardCharsets.UTF_8).strip() : "";
            FileTime time = Files.getLastModifiedTime(json);
            return Optional.of(new Found(json, origin.isEmpty() ? null : Path.of(origin), time.toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The recovered dataset, read through the loader (its articles beside it). */
    public Dataset load(Found found) throws DatasetException {
        return new DatasetLoader().load(found.dataset());
    }

    /** Removes the folder: the changes were saved or given up. */
    public void delete() throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
