package org.aitimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export x.csv} and {@code --export x.json} as a user runs them (the Launcher in a child JVM). */
class TableExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCsvExportHoldsTheFilteredEventsOneLineEach() throws Exception {
        Path csv = dir.resolve("events.csv");
        ExportCommandTest.Result r = ExportCommandTest.launch("--export", csv.toString(), "--country", "CN");
        assertEquals(0, r.code(), r.err());
        Dataset d = new DatasetLoader().loadBundled();
        List<Event> chinese = d.events().stream().filter(e -> e.countries().contains("CN") && !e.isCommentary()).toList();
        assertTrue(r.out().contains("(" + chinese.size() + " events,"), r.out());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,date,date_text,title_en,"), text.substring(0, 40));
        for (Event e : chinese) assertTrue(text.contains("\r\n" + e.id() + "," + e.date().toEdtf() + ","), e.id());
        assertEquals(-1, text.indexOf("\r\nlinux-announced,"), "a US event is filtered out");
    }

    @Test
    void aJsonExportIsADatasetThatLoadsWithItsArticlesBesideIt() throws Exception {
        Path json = dir.resolve("subset.json");
        ExportCommandTest.Result r = ExportCommandTest.launch("--export", json.toString(), "--category", "release");
        assertEquals(0, r.code(), r.err());
        Dataset loaded = new DatasetLoader().load(json);
        Dataset d = new DatasetLoader().loadBundled();
        assertEquals(d.events().stream().filter(e -> e.category().id().equals("release") && e.isHappening()).toList(),
                loaded.events());
        assertTrue(r.out().contains("articles beside it"), r.out());
    }

    @Test
    void anotherExtensionIsAUsageError() throws Exception {
        ExportCommandTest.Result r = ExportCommandTest.launch("--export", dir.resolve("x.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("ending in .png, .svg, .pdf, .csv or .json"), r.err());
    }
}
