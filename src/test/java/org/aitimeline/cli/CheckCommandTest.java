package org.aitimeline.cli;

import static org.aitimeline.cli.ExportCommandTest.launch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aitimeline.cli.ExportCommandTest.Result;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.export.PngChunks;
import org.aitimeline.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code import} and layered export as a user runs them: the real Launcher in a child JVM, no display. */
class CheckCommandTest {

    /** The bundled dataset as the build lays it out, its articles (from seeds/) beside it. */
    static final Path BUNDLED = Path.of("target/classes/org/aitimeline/data/timeline.json");
    static final Path RECORD = Path.of("src/main/resources/org/aitimeline/data/record/notable-models.json");
    static final Path CSV = Path.of("src/main/resources/org/aitimeline/data/record/notable_ai_models.csv");

    @TempDir
    Path dir;

    /** The bundled dataset with its first event's date broken and an unknown field added, beside its articles. */
    private Path broken() throws Exception {
        String json = Files.readString(BUNDLED);
        Path copy = dir.resolve("timeline.json");
        Files.writeString(copy, json.replaceFirst("\"date\": \"[^\"]+\"", "\"date\": \"2025-13\""), StandardCharsets.UTF_8);
        Path seeds = BUNDLED.toAbsolutePath().getParent().resolve("seeds");
        Files.createDirectories(dir.resolve("seeds"));
        try (var articles = Files.list(seeds)) {
            for (Path a : articles.toList()) Files.copy(a, dir.resolve("seeds").resolve(a.getFileName()));
        }
        return copy;
    }

    @Test
    void validFilesPassWithExitCode0() throws Exception {
        Result r = launch("check", BUNDLED.toString(), RECORD.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(RECORD + ": ok (949 events)"), r.out());
    }

    @Test
    void everyProblemIsOneLineFileLinePathMessageWithExitCode1() throws Exception {
        Path bad = broken();
        Result r = launch("check", bad.toString(), RECORD.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        String problem = lines.get(0);
        assertTrue(problem.matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: events\\[\\d+\\]\\.date \\(event '[^']+'\\): .*month must be 01-12.*"), problem);
        int line = Integer.parseInt(problem.split(":")[1]);
        assertTrue(Files.readAllLines(bad).get(line - 1).contains("2025-13"), "the line named holds the bad date");
        assertTrue(lines.contains(RECORD + ": ok (949 events)"), "the other file is still checked");
    }

    @Test
    void jsonListsTheProblemsForEditorsAndCi() throws Exception {
        Path bad = broken();
        Result r = launch("check", "--json", bad.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertFalse(root.get("files").get(0).get("valid").asBoolean());
        JsonNode p = root.get("problems").get(0);
        assertEquals(bad.toString(), p.get("file").asText());
        assertTrue(p.get("line").asInt() > 0);
        assertTrue(p.get("path").asText().endsWith(".date"), p.toString());
        assertTrue(p.get("message").asText().contains("month must be 01-12"), p.toString());
    }

    @Test
    void aMissingFileOrNoFileIsABadArgumentWithExitCode2() throws Exception {
        Result missing = launch("check", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(2, launch("check").code());
        assertEquals(2, launch("check", "--strict", BUNDLED.toString()).code());
    }

    @Test
    void importWritesADatasetThatLoadsAndListsTheRowsItLeftOut() throws Exception {
        Path out = dir.resolve("notable-models.json");
        Result r = launch("import", "epoch", CSV.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("949 events from 952 rows"), r.out());
        assertEquals(3, r.err().lines().filter(l -> l.contains("\"Link\": has no http(s) link")).count(), r.err());
        assertEquals(Files.readString(RECORD), Files.readString(out));
        Dataset d = new DatasetLoader().load(out);
        assertEquals("CC-BY-4.0", d.licence());
    }

    @Test
    void importOfAFileThatIsNotEpochsWritesNothing() throws Exception {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        Path out = dir.resolve("out.json");
        Result r = launch("import", "epoch", csv.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("header: missing columns"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(2, launch("import", "timelinejs", csv.toString(), "-o", out.toString()).code());
        assertEquals(2, launch("import", "epoch", csv.toString()).code(), "-o is required");
    }

    @Test
    void theRecordExportsWithTheArticlesAsALayerAndItsAttributionInTheCredits() throws Exception {
        Path png = dir.resolve("both.png");
        Result r = launch("--export", png.toString(), "--dataset", "notable-models", "--layer", "timeline",
                "--from", "2024-12", "--to", "2025-02", "--width", "1200");
        assertEquals(0, r.code(), r.err());
        String source = PngChunks.text(png).get("Source");
        assertTrue(source.startsWith("Epoch AI: Data on Notable AI Models + "), source);
        assertTrue(source.contains("Epoch AI, ‘Data on AI Models’") && source.contains("(CC-BY-4.0)"), source);
        assertTrue(source.contains("L’Ascesa dell’Open-Source AI in Cina"), "the articles are credited too: " + source);
        // Only the articles' events: the record's credit is left out.
        Path articles = dir.resolve("articles.png");
        assertEquals(0, launch("--export", articles.toString(), "--width", "1200").code());
        assertFalse(PngChunks.text(articles).get("Source").contains("Epoch AI"));
    }
}
