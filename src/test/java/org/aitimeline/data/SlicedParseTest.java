package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.aitimeline.data.DatasetParser.Draft;
import org.aitimeline.data.DatasetParser.EventDraft;
import org.aitimeline.data.DatasetParser.PassageDraft;
import org.junit.jupiter.api.Test;

/**
 * The parallel parse of large files (events read in slices on every core) must produce exactly what the one-piece
 * parse produces: the same drafts with the same paths and lines (the cross-check's messages quote them), and for any
 * file with a problem, the same problems.
 */
class SlicedParseTest {

    /** Small slices, so the bundled dataset (tens of kilobytes) is cut into many. */
    static final int SLICE = 2_048;

    @Test
    void theBundledDatasetIsCutIntoSlicesAndReadsTheSame() {
        byte[] json = DatasetLoader.bundledJson();
        EventSlices slices = EventSlices.find(json, 0, SLICE);
        assertNotNull(slices, "the bundled dataset should be cut into slices");
        assertTrue(slices.count() >= 10, "only " + slices.count() + " slices");
        Draft whole = DatasetParser.parseWhole("t.json", json, 0);
        assertTrue(whole.problems().isEmpty(), whole.problems().toString());
        assertEquals(describe(whole), describe(DatasetParser.parse("t.json", json, 0, SLICE)));
    }

    @Test
    void linesStayExactWithWindowsAndOldMacLineEnds() {
        String text = new String(DatasetLoader.bundledJson(), StandardCharsets.UTF_8);
        for (String end : new String[] {"\r\n", "\r"}) {
            byte[] json = text.replace("\n", end).getBytes(StandardCharsets.UTF_8);
            assertNotNull(EventSlices.find(json, 0, SLICE));
            Draft whole = DatasetParser.parseWhole("t.json", json, 0);
            assertTrue(whole.problems().isEmpty(), whole.problems().toString());
            assertEquals(describe(whole), describe(DatasetParser.parse("t.json", json, 0, SLICE)));
        }
    }

    @Test
    void aFileWithAProblemGetsTheOnePieceMessages() {
        String text = new String(DatasetLoader.bundledJson(), StandardCharsets.UTF_8);
        int last = text.lastIndexOf("\"dateNote\"");
        byte[] json = (text.substring(0, last) + "\"dateNotes\": \"x\", " + text.substring(last)).getBytes(StandardCharsets.UTF_8);
        Draft whole = DatasetParser.parseWhole("t.json", json, 0);
        assertEquals(1, whole.problems().size(), whole.problems().toString());
        assertEquals(whole.problems(), DatasetParser.parse("t.json", json, 0, SLICE).problems());
    }

    @Test
    void filesThatCannotBeCutAreNotSliced() {
        assertNull(EventSlices.find(bytes("[1, 2, 3]"), 0, 1), "not an object");
        assertNull(EventSlices.find(bytes("{\"events\": {\"a\": {}, \"b\": {}}}"), 0, 1), "not an array");
        assertNull(EventSlices.find(bytes("{\"events\": [{}]}"), 0, 1), "one element: nothing to share");
        assertNull(EventSlices.find(bytes("{\"t\": \"events\", \"x\": [[1, 2], [3, 4]]}"), 0, 1), "no events key");
        assertNotNull(EventSlices.find(bytes("{\"t\": \"events\", \"events\": [{}, {}, {}]}"), 0, 1));
    }

    @Test
    void wrongGuessesFallBackToTheOnePieceParse() {
        String text = new String(DatasetLoader.bundledJson(), StandardCharsets.UTF_8);
        String[] variants = {
            // Cuts are guessed at "}, {": here every English text starts with one, inside its string.
            text.replace("\"en\": \"", "\"en\": \"}, { "),
            // The events array does not close the file.
            text.replace("\"sources\": [", "\"sources\": [], \"sourcesLater\": [").replaceFirst("\n}\\s*$", ", \"z\": [1, 2]\n}"),
            // A trailing comma in the array.
            text.replaceFirst("\\}\\s*\\]\\s*\\}\\s*$", "}, ]}"),
            // Two events arrays.
            text.replaceFirst("\\]\\s*\\}\\s*$", "], \"events\": [{}, {}]}"),
        };
        for (int v = 0; v < variants.length; v++) {
            byte[] json = variants[v].getBytes(StandardCharsets.UTF_8);
            assertNotNull(EventSlices.find(json, 0, SLICE), "variant " + v + " is cut (and must then fall back)");
            Draft whole = DatasetParser.parseWhole("t.json", json, 0);
            assertEquals(describe(whole), describe(DatasetParser.parse("t.json", json, 0, SLICE)), "variant " + v);
            assertEquals(v == 0, whole.problems().isEmpty(), "variant " + v + ": " + whole.problems());
        }
    }

    @Test
    void mutatedFilesParseTheSameBothWays() {
        byte[] base = DatasetLoader.bundledJson();
        String text = new String(base, StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(DatasetFuzzTest.SEED + 1);
        int sliced = 0;
        for (int i = 0; i < 600; i++) {
            int kind = random.nextInt(9);
            byte[] mutated = DatasetFuzzTest.mutate(kind, base, text, random);
            int offset = DatasetFiles.bomLength(mutated);
            if (EventSlices.find(mutated, offset, SLICE) != null) sliced++;
            Draft whole = DatasetParser.parseWhole("f.json", mutated, offset);
            Draft parsed = DatasetParser.parse("f.json", mutated, offset, SLICE);
            int n = i;
            assertEquals(whole.problems(), parsed.problems(), () -> "case " + n + " (kind " + kind + ")");
            assertEquals(describe(whole), describe(parsed), () -> "case " + n + " (kind " + kind + ")");
        }
        // Most mutations keep the array's shape, so the slicing itself is exercised, not only the fallback.
        assertTrue(sliced > 300, "only " + sliced + " mutated files were sliced");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything a draft holds that the cross-check reads, paths and lines included. */
    static String describe(Draft d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.schemaVersion()).append('@').append(d.versionLine()).append(' ').append(d.title()).append(' ').append(d.fatal()).append('\n');
        d.sources().forEach(s -> sb.append(s).append('\n'));
        d.organizations().forEach(o -> sb.append(o).append('\n'));
        d.newer().forEach(v -> sb.append(v.path()).append('@').append(v.line()).append(v.field()).append('\n'));
        for (EventDraft e : d.events()) {
            sb.append(e.path).append('@').append(e.line).append(' ').append(e.id).append('@').append(e.idLine)
                    .append(' ').append(e.kind).append(' ').append(e.date).append(' ').append(e.dateNote).append(' ')
                    .append(e.title).append(' ').append(e.summary).append(' ').append(e.category).append(' ')
                    .append(e.organizations.stream().map(r -> r.value() + "@" + r.path() + ":" + r.line()).collect(Collectors.joining(",")))
                    .append(' ').append(e.countries).append(e.models).append(e.aliases).append(" passages@").append(e.passagesLine);
            for (PassageDraft p : e.passages) sb.append(' ').append(passage(p));
            sb.append(' ').append(e.access).append(' ').append(e.licence).append('@').append(e.licenceLine).append(' ')
                    .append(e.evidence).append(' ').append(e.evidenceCount).append(' ');
            e.corrections.forEach(c -> sb.append(c.path()).append('@').append(c.line()).append(' ').append(passage(c.claim()))
                    .append(' ').append(c.verdict()).append(' ').append(c.text()).append(' ')
                    .append(c.evidence().stream().map(r -> r.value() + "@" + r.path() + ":" + r.line()).collect(Collectors.joining(","))));
            sb.append(' ').append(e.valid).append('\n');
        }
        d.problems().forEach(p -> sb.append(p).append('\n'));
        return sb.toString();
    }

    private static String passage(PassageDraft p) {
        return p == null ? "null" : p.path() + "@" + p.line() + "[" + p.source().value() + "@" + p.source().path() + ":"
                + p.source().line() + " " + p.exact() + "@" + p.exactLine() + " " + p.prefix() + "|" + p.suffix() + "]";
    }
}
