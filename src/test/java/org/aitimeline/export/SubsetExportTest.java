package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubsetExportTest {

    @TempDir
    Path dir;

    @Test
    void aSliceOfTheBundledDatasetLoadsAgainWithOnlyWhatItUses() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        List<Event> chinese = d.events().stream().filter(e -> e.countries().contains("CN")).toList();
        assertTrue(chinese.size() > 3 && chinese.size() < d.events().size());
        Path json = dir.resolve("slice").resolve("china.json");
        Files.createDirectories(json.getParent());
        SubsetExport.write(d, chinese, json);

        Dataset loaded = new DatasetLoader().load(json);
        assertEquals(chinese, loaded.events());
        Set<String> usedOrgs = chinese.stream().flatMap(e -> e.organizations().stream()).collect(Collectors.toSet());
        assertEquals(usedOrgs, loaded.organizations().stream().map(Organization::id).collect(Collectors.toSet()));
        assertTrue(loaded.organizations().size() < d.organizations().size());
        Set<String> cited = chinese.stream().flatMap(e -> e.passages().stream().map(p -> p.source())).collect(Collectors.toSet());
        chinese.forEach(e -> e.corrections().forEach(c -> cited.add(c.claim().source())));
        assertEquals(cited, loaded.sources().stream().map(Source::id).collect(Collectors.toSet()));
        for (Source s : loaded.sources()) {
            assertEquals(d.source(s.id()).orElseThrow().text(), Files.readString(json.resolveSibling(s.file())));
        }

        // Again into the same folder: the same articles are already there and are kept.
        SubsetExport.write(d, chinese, json);
        assertEquals(chinese, new DatasetLoader().load(json).events());
    }

    @Test
    void anArticleOfAnotherTextAlreadyThereIsNeverOverwritten() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        Source first = d.sources().get(0);
        Path json = dir.resolve("subset.json");
        Path article = dir.resolve(first.file());
        Files.createDirectories(article.getParent());
        Files.writeString(article, "someone's own notes");
        List<Event> events = d.events().stream()
                .filter(e -> e.passages().stream().anyMatch(p -> p.source().equals(first.id()))).toList();
        FileSystemException e = assertThrows(FileSystemException.class, () -> SubsetExport.write(d, events, json));
        assertTrue(e.getReason().contains("different file"), e.getReason());
        assertEquals("someone's own notes", Files.readString(article));
        assertTrue(Files.notExists(json));
    }
}
