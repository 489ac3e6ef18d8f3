package org.aitimeline.data;

import static org.aitimeline.data.TestDatasets.validV2;
import static org.aitimeline.data.TestDatasets.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 3: context events, the title and date notes in two languages, sources with outlet, author, address
 * and page furniture; read back exactly, refused with path and line when wrong, and refused in an older file.
 */
class SchemaVersion3Test {

    @TempDir
    Path dir;

    /** The v2 fixture in version 3: a context event (dated by the record), texts in two languages, a described source. */
    static ObjectNode validV3() {
        ObjectNode root = validV2();
        root.put("schemaVersion", 3);
        root.putObject("title").put("en", "Test").put("it", "Prova");
        ObjectNode source = (ObjectNode) root.get("sources").get(0);
        source.put("outlet", "Rivista").put("author", "Anna Rossi").put("url", "https://example.org/articolo");
        source.putArray("furniture").addObject().put("exact", "Alibaba ha rilasciato Wan.");
        ObjectNode leak = (ObjectNode) root.get("events").get(0);
        leak.putObject("dateNote").put("en", "In March (evidence 0).").put("it", "A marzo (fonte 0).");
        ObjectNode context = TestDatasets.event("history", "1991-08-25", "release", "meta", "US", "Meta ha rilasciato LLaMA nel febbraio 2023.");
        context.put("kind", "context");
        context.putArray("evidence").addObject().put("title", "Usenet post").put("publisher", "comp.os.minix")
                .put("url", "https://groups.example.org/post").put("published", "1991-08-25").putArray("supports").add("date");
        ((ArrayNode) root.get("events")).add(context);
        return root;
    }

    private Dataset load(ObjectNode root) throws Exception {
        return new DatasetLoader().load(write(dir, root));
    }

    private List<Problem> problems(ObjectNode root) throws Exception {
        Path json = write(dir, root);
        return assertThrows(DatasetException.class, () -> new DatasetLoader().load(json)).problems();
    }

    /** One change to the v3 fixture gives exactly one problem, at {@code path}, on the line holding {@code lineText}. */
    private void refused(Consumer<ObjectNode> change, String path, String message, String lineText, int offset)
            throws Exception {
        ObjectNode root = validV3();
        change.accept(root);
        List<Problem> problems = problems(root);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals(path, p.path());
        assertTrue(p.message().contains(message), p.message());
        List<String> lines = Files.readAllLines(dir.resolve("data.json"));
        int expected = 0;
        for (int i = 0; i < lines.size() && expected == 0; i++) if (lines.get(i).contains(lineText)) expected = i + 1 + offset;
        assertEquals(expected, p.line(), () -> "line of " + p);
    }

    private static ObjectNode event(ObjectNode root, int i) {
        return (ObjectNode) root.get("events").get(i);
    }

    @Test
    void everyVersion3FieldIsReadBackAsWritten() throws Exception {
        Dataset d = load(validV3());
        assertEquals("Prova", d.title().in(Locale.ITALIAN));
        assertEquals("Test", d.title().in(Locale.ENGLISH));
        Event history = d.event("history").orElseThrow();
        assertEquals(EventKind.CONTEXT, history.kind());
        assertTrue(history.isContext() && !history.isHappening());
        assertEquals("A marzo (fonte 0).", d.event("leak").orElseThrow().dateNote().it());
        Source s = d.source("a").orElseThrow();
        assertEquals("Rivista", s.outlet());
        assertEquals("Anna Rossi", s.author());
        assertEquals("https://example.org/articolo", s.url());
        Passage furniture = s.furniture().get(0);
        assertEquals("Alibaba ha rilasciato Wan.", s.text().substring(furniture.start(), furniture.end()));
    }

    @Test
    void aVersion2FileStillLoadsWithPlainTextsInBothLanguages() throws Exception {
        Dataset d = load(validV2());
        assertEquals("Test", d.title().in(Locale.ITALIAN), "a plain title is shown as it is in Italian");
        assertTrue(d.sources().get(0).furniture().isEmpty());
        assertEquals("", d.sources().get(0).outlet());
    }

    @Test
    void aVersion2FileUsingVersion3FormsIsToldWhichVersionItNeeds() throws Exception {
        ObjectNode root = validV3();
        root.put("schemaVersion", 2);
        List<Problem> problems = problems(root);
        for (String path : List.of("title", "sources[0].outlet", "sources[0].furniture", "events[0].dateNote", "events[3].kind")) {
            assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.line() > 0
                    && p.message().contains("set \"schemaVersion\": 3")), () -> path + ": " + problems);
        }
        assertEquals(7, problems.size(), problems::toString);
    }

    @Test
    void aContextEventNeedsEvidenceForItsDateAndNoAccess() throws Exception {
        refused(r -> ((ArrayNode) event(r, 3).get("evidence").get(0).get("supports")).removeAll().add("fact"),
                "events[3].evidence", "a context event is dated by the public record", "\"id\" : \"history\"", -1);
        refused(r -> event(r, 3).remove("evidence"),
                "events[3].evidence", "give evidence that supports its date", "\"id\" : \"history\"", -1);
        refused(r -> event(r, 3).put("access", "open-source").put("licence", "GPL-2.0"),
                "events[3].access", "remove \"access\"", "\"open-source\"", 0);
    }

    @Test
    void aContextReleaseNeedsNoAccessButAnOrdinaryReleaseStillDoes() throws Exception {
        refused(r -> event(r, 3).put("kind", "event"), "events[3].access", "a release must say how open it is",
                "\"id\" : \"history\"", -1);
    }

    @Test
    void badTextsInTwoLanguagesAreRefusedWithPathAndLine() throws Exception {
        refused(r -> ((ObjectNode) r.get("title")).remove("it"), "title.it", "required field is missing", "\"title\" : {", 0);
        refused(r -> r.put("title", 3), "title", "must be a string or an object", "\"title\" : 3", 0);
        refused(r -> ((ObjectNode) event(r, 0).get("dateNote")).put("it", "A\u202Emarzo"), "events[0].dateNote.it",
                "bidirectional", "A\u202Emarzo", 0);
    }

    @Test
    void aSourceAddressMustBeAnHttpUrl() throws Exception {
        refused(r -> ((ObjectNode) r.get("sources").get(0)).put("url", "example.org/articolo"), "sources[0].url",
                "absolute http or https URL", "example.org/articolo", 0);
    }

    @Test
    void furnitureMustBeFoundOnceAndNoPassageMayOverlapIt() throws Exception {
        refused(r -> ((ObjectNode) r.get("sources").get(0).get("furniture").get(0)).put("exact", "Pubblicità"),
                "sources[0].furniture[0].exact", "text not found in source 'a'", "Pubblicità", 0);
        refused(r -> ((ObjectNode) r.get("sources").get(0).get("furniture").get(0)).put("exact", "Alibaba ha rilasciato"),
                "sources[0].furniture[0].exact", "text occurs 2 times", "\"exact\" : \"Alibaba ha rilasciato\"", 0);
        // The commentary quotes "Alibaba ha rilasciato Qwen.": marking its last word as furniture refuses the quote.
        refused(r -> ((ObjectNode) r.get("sources").get(0).get("furniture").get(0)).put("exact", "Qwen. Alibaba"),
                "events[2].passages[0].exact", "marks as page furniture", "\"Alibaba ha rilasciato Qwen.\"", 0);
    }
}
