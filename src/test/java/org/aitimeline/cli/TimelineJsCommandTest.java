package org.aitimeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aitimeline.cli.ExportCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TimelineJS story from the command line, as a user runs it (the real Launcher in a child JVM). */
class TimelineJsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void formatTimelineJsWritesTheFilteredEventsAsAStory() throws Exception {
        Path story = dir.resolve("story.json");
        Result r = ExportCommandTest.launch("--format", "timelinejs", "--export", story.toString(),
                "--category", "policy", "--group-by", "country");

        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(story.toFile());
        assertTrue(root.get("events").size() > 0);
        for (JsonNode e : root.get("events")) {
            // Policy events grouped by country: a country's name, never a code or a category.
            assertTrue(e.get("group").asText().length() > 2, e.toString());
        }
        assertTrue(r.out().contains("TimelineJS story, " + root.get("events").size() + " events"), r.out());
    }

    @Test
    void theFileNameChoosesTheFormatOnlyWhenItIsUnambiguous() throws Exception {
        Path named = dir.resolve("story.timelinejs.json");
        assertEquals(0, ExportCommandTest.launch("--export", named.toString()).code());
        assertTrue(JSON.readTree(named.toFile()).has("events"));

        // A plain .json is our own dataset format (a shareable subset); a TimelineJS story is asked for by name or --format.
        Result plain = ExportCommandTest.launch("--export", dir.resolve("subset.json").toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(JSON.readTree(dir.resolve("subset.json").toFile()).has("schemaVersion"), "our format, not a story");
        Result mismatch = ExportCommandTest.launch("--format", "timelinejs", "--export", dir.resolve("story.png").toString());
        assertEquals(2, mismatch.code());
        assertTrue(mismatch.err().contains("--format timelinejs needs a file name ending in .json"), mismatch.err());
        Result unknown = ExportCommandTest.launch("--format", "gif", "--export", dir.resolve("x.gif").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--format must be png, svg, pdf, csv, json or timelinejs, not 'gif'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("story.png")) || Files.exists(dir.resolve("x.gif")));
    }

    @Test
    void noEventsLeftIsOneLineAndNoFile() throws Exception {
        Path story = dir.resolve("story.json");
        Result r = ExportCommandTest.launch("--format", "timelinejs", "--export", story.toString(),
                "--from", "1900-01", "--to", "1900-02");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("no events match the filters"), r.err());
        assertFalse(Files.exists(story));
    }

    @Test
    void aTimelineJsSheetIsADatasetWithItsGroupsAsTheAuthorChooses() throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, """
                Year,Month,Day,End Year,Headline,Text,Group,Type
                2023,3,,,Export rules,Text,Policy,
                2024,,,,Weights out,Text,release,
                2000,,,2005,An era,,,era
                2001,,,,No end,,,era
                """);
        Path story = dir.resolve("back.json");
        Result r = ExportCommandTest.launch("--dataset", sheet.toString(), "--tl-group-as", "category",
                "--group-by", "category", "--context", "--format", "timelinejs", "--export", story.toString());

        assertEquals(0, r.code(), r.err());
        JsonNode written = JSON.readTree(story.toFile());
        JsonNode events = written.get("events");
        assertEquals(2, events.size(), "the eras are not slides");
        assertEquals("Policy", events.get(0).get("group").asText());
        assertEquals("Release", events.get(1).get("group").asText());
        assertEquals("Mar 2023", events.get(0).get("start_date").get("display_date").asText());
        // The era row comes out as an era again, with its end; the one without an end is kept and reported.
        JsonNode era = written.get("eras").get(0);
        assertEquals("An era", era.get("text").get("headline").asText());
        assertEquals(2000, era.get("start_date").get("year").asInt());
        assertEquals(2005, era.get("end_date").get("year").asInt());
        assertEquals(2, written.get("eras").size());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("open-source-ai-timeline: warning: " + sheet + ":5: row 4 \"End Year\": the era has no end date"),
                r.err());
    }

    @Test
    void aBrokenStoryIsOneLineNamingFileAndLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"events\": [\n{\"start_date\": {\"year\": 2023}}\n,,]}");
        Result r = ExportCommandTest.launch("--dataset", broken.toString(), "--format", "timelinejs", "--export",
                dir.resolve("out.json").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().startsWith("open-source-ai-timeline: error: " + broken + ":3: not valid JSON"), r.err());

        Result bad = ExportCommandTest.launch("--dataset", broken.toString(), "--tl-group-as", "country", "--format",
                "timelinejs", "--export", dir.resolve("out.json").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--tl-group-as must be organization or category, not 'country'"), bad.err());
        assertFalse(Files.exists(dir.resolve("out.json")));
    }
}
