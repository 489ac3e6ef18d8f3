package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.aitimeline.bench.SyntheticEvents;
import org.aitimeline.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    static final String CANONICAL = "/org/aitimeline/data/canonical/";

    @TempDir
    Path dir;

    /** The dataset without where it was read from, which differs between two files holding the same records. */
    static Dataset records(Dataset d) {
        return new Dataset(d.title(), "", d.sources(), d.organizations(), d.events());
    }

    /** Copies the hand-written canonical file and its articles into {@code into}; returns the JSON path. */
    static Path copyCanonical(Path into) throws IOException {
        Files.createDirectories(into.resolve("seeds"));
        for (String name : List.of("canonical.json", "seeds/a.txt", "seeds/b.txt")) {
            try (InputStream in = DatasetWriterTest.class.getResourceAsStream(CANONICAL + name)) {
                Files.copy(in, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return into.resolve("canonical.json");
    }

    /** Saves {@code loaded} beside {@code original} (so its articles resolve) and reloads it. */
    private Dataset resaveAndReload(Path original, Dataset loaded) throws Exception {
        Path copy = original.resolveSibling("resaved.json");
        new DatasetWriter().save(loaded, copy);
        return new DatasetLoader().load(copy);
    }

    @Test
    void aFileInTheCanonicalFormIsWrittenBackByteForByte() throws Exception {
        Path json = copyCanonical(dir);
        Dataset loaded = new DatasetLoader().load(json);
        byte[] written = new DatasetWriter().toBytes(loaded);
        assertEquals(Files.readString(json, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(json), written);
    }

    @Test
    void everyTestDatasetLoadsSavesAndReloadsEqual() throws Exception {
        Path canonical = copyCanonical(dir.resolve("canonical"));
        Path v1 = TestDatasets.write(dir.resolve("v1"), TestDatasets.valid());
        Path v2 = TestDatasets.write(dir.resolve("v2"), TestDatasets.validV2());
        Path synthetic = SyntheticEvents.writeJson(2_000, dir.resolve("synthetic"));
        for (Path json : List.of(canonical, v1, v2, synthetic)) {
            Dataset loaded = new DatasetLoader().load(json);
            assertEquals(records(loaded), records(resaveAndReload(json, loaded)), json.toString());
        }
    }

    @Test
    void theBundledDatasetSavesAndReloadsEqual() throws Exception {
        Dataset bundled = new DatasetLoader().loadBundled();
        Path json = dir.resolve("timeline.json");
        Files.createDirectories(dir.resolve("seeds"));
        for (var s : bundled.sources()) Files.writeString(dir.resolve(s.file()), s.text(), StandardCharsets.UTF_8);
        DatasetWriter.bundled().save(bundled, json);
        assertEquals(records(bundled), records(new DatasetLoader().load(json)));
        // The committed file is the writer's own output: re-saving it changes no byte.
        assertArrayEquals(DatasetLoader.bundledJson(), Files.readAllBytes(json));
    }

    @Test
    void savingKeepsThePreviousVersionAsBakAndLeavesNoTemporaryFile() throws Exception {
        Path json = copyCanonical(dir);
        byte[] before = Files.readAllBytes(json);
        Dataset loaded = new DatasetLoader().load(json);
        Dataset renamed = new Dataset("Renamed", loaded.origin(), loaded.sources(), loaded.organizations(), loaded.events());
        new DatasetWriter().save(renamed, json);
        assertArrayEquals(before, Files.readAllBytes(DatasetWriter.backupFile(json)));
        assertEquals("Renamed", new DatasetLoader().load(json).title().en());
        assertFalse(Files.exists(AtomicFile.partFile(json)));
        assertFalse(Files.exists(AtomicFile.partFile(DatasetWriter.backupFile(json))));
        assertEquals("canonical.json.bak", DatasetWriter.backupFile(json).getFileName().toString());
    }

    @Test
    void aNewFileHasNoBackupAndAFolderIsRefused() throws Exception {
        Path json = copyCanonical(dir);
        Dataset loaded = new DatasetLoader().load(json);
        Path fresh = dir.resolve("fresh.json");
        new DatasetWriter().save(loaded, fresh);
        assertFalse(Files.exists(DatasetWriter.backupFile(fresh)));
        assertThrows(IOException.class, () -> new DatasetWriter().save(loaded, dir.resolve("seeds")));
    }

    @Test
    void aFailedSaveLeavesTheOldFileAsItWas() throws Exception {
        Path json = copyCanonical(dir);
        byte[] before = Files.readAllBytes(json);
        Dataset loaded = new DatasetLoader().load(json);
        json.toFile().setWritable(false);
        try {
            assertThrows(IOException.class, () -> new DatasetWriter().save(loaded, json));
        } finally {
            json.toFile().setWritable(true);
        }
        assertArrayEquals(before, Files.readAllBytes(json));
    }
}
