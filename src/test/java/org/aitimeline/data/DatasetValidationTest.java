package org.aitimeline.data;

import static org.aitimeline.data.TestDatasets.firstEvent;
import static org.aitimeline.data.TestDatasets.valid;
import static org.aitimeline.data.TestDatasets.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aitimeline.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: each asserts the path, the message and, where known, the line. */
class DatasetValidationTest {

    @TempDir
    Path dir;

    private List<Problem> problemsOf(ObjectNode root) throws IOException {
        Path json = write(dir, root);
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().load(json));
        return e.problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    private int lineContaining(String needle) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("data.json"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in file");
    }

    @Test
    void theValidFixtureLoadsAndSortsEventsByDate() throws Exception {
        Dataset d = new DatasetLoader().load(write(dir, valid()));
        assertEquals(List.of("release", "leak"), d.events().stream().map(e -> e.id()).collect(Collectors.toList()));
        assertEquals("Alibaba Cloud", d.organization("alibaba").orElseThrow().aliases().get(0));
    }

    @Test
    void eventsComeOutByDateThenIdWhateverTheirOrderInTheFile() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(DatasetLoader.bundledJson());
        com.fasterxml.jackson.databind.node.ArrayNode events = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("events");
        List<com.fasterxml.jackson.databind.JsonNode> reversed = new java.util.ArrayList<>();
        events.forEach(reversed::add);
        java.util.Collections.reverse(reversed);
        events.removeAll();
        events.addAll(reversed);
        List<org.aitimeline.model.Event> loaded = new DatasetLoader()
                .parse("reversed.json", "test", mapper.writeValueAsBytes(root), DatasetLoader.bundledArticles()).events();
        List<org.aitimeline.model.Event> expected = new java.util.ArrayList<>(loaded);
        expected.sort(java.util.Comparator.comparing(org.aitimeline.model.Event::date).thenComparing(org.aitimeline.model.Event::id));
        assertEquals(expected.stream().map(e -> e.id()).collect(Collectors.toList()),
                loaded.stream().map(e -> e.id()).collect(Collectors.toList()));
        // Same dates exist in the bundled dataset, so the tie on id is exercised.
        assertTrue(loaded.stream().map(e -> e.date()).distinct().count() < loaded.size());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\"\n  \"sources\": []\n}", StandardCharsets.UTF_8);
        Problem p = only(assertThrows(DatasetException.class, () -> new DatasetLoader().load(json)).problems());
        assertEquals(json.toString(), p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("malformed JSON"), p.message());
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).remove("title");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].title", p.path());
        assertTrue(p.message().contains("required field is missing"), p.message());
        // A missing field has no line of its own: the line is where its event object opens.
        assertEquals(lineContaining("\"id\" : \"leak\"") - 1, p.line());
    }

    @Test
    void aMissingItalianTextIsReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("summary")).remove("it");
        assertEquals("events[0].summary.it", only(problemsOf(root)).path());
    }

    @Test
    void anUnknownSourceIdIsReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("passages").get(0)).put("source", "nope");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].passages[0].source", p.path());
        assertTrue(p.message().contains("unknown source id 'nope'"), p.message());
        assertEquals(lineContaining("\"source\" : \"nope\""), p.line());
    }

    @Test
    void anUnknownOrganizationIdIsReported() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).putArray("organizations").add("meta").add("openai");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].organizations[1]", p.path());
        assertTrue(p.message().contains("unknown organization id 'openai'"), p.message());
    }

    @Test
    void duplicateIdsAreReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("events").get(1)).put("id", "leak");
        ((ObjectNode) root.get("organizations").get(1)).put("id", "meta");
        List<Problem> problems = problemsOf(root);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("organizations[1].id", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("duplicate organization id 'meta'"));
        assertEquals("events[1].id", problems.get(1).path());
        assertTrue(problems.get(1).message().contains("duplicate event id 'leak'"));
    }

    @Test
    void impossibleDatesAreReported() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("date", "2025-13");
        ((ObjectNode) root.get("events").get(1)).put("date", "2023-02-30");
        List<Problem> problems = problemsOf(root);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("events[0].date", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("month must be 01-12"), problems.get(0).message());
        assertEquals("events[1].date", problems.get(1).path());
        assertTrue(problems.get(1).message().contains("no such day: 2023-02-30"), problems.get(1).message());
    }

    @Test
    void unknownCountryCodesAreReported() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).putArray("countries").add("US").add("XX");
        ((ObjectNode) root.get("organizations").get(0)).put("country", "USA");
        List<Problem> problems = problemsOf(root);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("organizations[0].country", problems.get(0).path());
        assertEquals("events[0].countries[1]", problems.get(1).path());
        assertTrue(problems.get(1).message().contains("unknown country code \"XX\""), problems.get(1).message());
    }

    @Test
    void anUnknownCategoryListsTheKnownOnes() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("category", "rumour");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].category", p.path());
        assertTrue(p.message().contains("unknown category 'rumour'") && p.message().contains("release"), p.message());
    }

    @Test
    void aQuoteNotInItsSourceIsReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("passages").get(0)).put("exact", "Nel aprile 2023");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].passages[0].exact", p.path());
        assertTrue(p.message().contains("text not found in source 'a'"), p.message());
    }

    @Test
    void aQuoteFoundTwiceWithoutPrefixOrSuffixIsReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("passages").get(0)).put("exact", "Alibaba ha rilasciato");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].passages[0].exact", p.path());
        assertTrue(p.message().contains("occurs 2 times"), p.message());
    }

    @Test
    void aSuffixMakesARepeatedQuoteValid() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) firstEvent(root).get("passages").get(0)).put("exact", "Alibaba ha rilasciato").put("suffix", " Wan");
        Dataset d = new DatasetLoader().load(write(dir, root));
        var passage = d.event("leak").orElseThrow().passages().get(0);
        String text = d.source("a").orElseThrow().text();
        assertEquals(text.lastIndexOf("Alibaba ha rilasciato"), passage.start());
    }

    @Test
    void aMissingSourceFileIsReported() throws Exception {
        ObjectNode root = valid();
        ((ObjectNode) root.get("sources").get(0)).put("file", "seeds/missing.txt");
        List<Problem> problems = problemsOf(root);
        assertEquals("sources[0].file", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("\"seeds/missing.txt\" does not exist"), problems.get(0).message());
    }

    @Test
    void aSourceFileOutsideTheDatasetFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "x");
        ObjectNode root = valid();
        ((ObjectNode) root.get("sources").get(0)).put("file", "../" + dir.getFileName() + "/secret.txt");
        Path sub = dir.resolve("sub");
        Path json = write(sub, root);
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().load(json));
        assertEquals("sources[0].file", e.problems().get(0).path());
    }

    @Test
    void aWrongTypeIsReported() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("models", "LLaMA");
        Problem p = only(problemsOf(root));
        assertEquals("events[0].models", p.path());
        assertTrue(p.message().contains("must be an array"), p.message());
    }

    @Test
    void anEventWithoutPassagesIsReported() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).putArray("passages");
        assertEquals("events[0].passages", only(problemsOf(root)).path());
    }

    @Test
    void aWrongSchemaVersionIsReported() throws Exception {
        ObjectNode root = valid();
        root.put("schemaVersion", 4);
        Problem p = only(problemsOf(root));
        assertEquals("schemaVersion", p.path());
        assertEquals(lineContaining("\"schemaVersion\""), p.line());
    }

    @Test
    void allProblemsAreReportedTogether() throws Exception {
        ObjectNode root = valid();
        firstEvent(root).put("category", "rumour").put("date", "2023-02-30");
        ((ObjectNode) root.get("events").get(1)).remove("summary");
        assertEquals(3, problemsOf(root).size());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path json = dir.resolve("big.json");
        Files.write(json, new byte[2 * 1024 * 1024]); // not even JSON: it must not be parsed
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader(1024 * 1024).load(json));
        Problem p = only(e.problems());
        assertTrue(p.message().contains("larger than the 1 MB limit"), p.message());
    }

    @Test
    void aMissingDatasetFileIsReported() {
        Path json = dir.resolve("nothing.json");
        DatasetException e = assertThrows(DatasetException.class, () -> new DatasetLoader().load(json));
        assertTrue(only(e.problems()).message().contains("does not exist"));
    }

    @Test
    void problemsPrintAsFileLinePathMessage() {
        Problem p = new Problem("d.json", "events[3].date", 42, "bad");
        assertEquals("d.json:42: events[3].date: bad", p.toString());
    }
}
