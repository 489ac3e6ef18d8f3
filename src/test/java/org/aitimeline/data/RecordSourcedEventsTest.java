package org.aitimeline.data;

import static org.aitimeline.data.TestDatasets.MAPPER;
import static org.aitimeline.data.TestDatasets.validV2;
import static org.aitimeline.data.TestDatasets.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 3: an event sourced by the public record alone (evidence that supports its fact, no passages), and
 * the dataset's own licence and attribution; version 2 files keep loading and are told when they use version 3.
 */
class RecordSourcedEventsTest {

    @TempDir
    Path dir;

    /** The v2 fixture as version 3, with terms and a record-sourced event ("record") that has no passages. */
    static ObjectNode validV3() {
        ObjectNode root = validV2();
        root.put("schemaVersion", 3);
        root.put("licence", "CC-BY-4.0");
        root.put("attribution", "Epoch AI, 'Data on AI Models'");
        ObjectNode e = TestDatasets.event("record", "2024-07-23", "release", "meta", "US", "unused");
        e.remove("passages");
        e.put("access", "open-weights").put("licence", "Llama 3.1 Community License");
        e.putArray("evidence").addObject().put("title", "Introducing Llama 3.1").put("publisher", "Meta AI")
                .put("url", "https://ai.meta.com/blog/meta-llama-3-1/").put("published", "2024-07-23")
                .putArray("supports").add("fact").add("date");
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("events")).add(e);
        return root;
    }

    private static ObjectNode recordEvent(ObjectNode root) {
        return (ObjectNode) root.get("events").get(3);
    }

    private List<Problem> problems(ObjectNode root) throws Exception {
        Path json = write(dir, root);
        return assertThrows(DatasetException.class, () -> new DatasetLoader().load(json)).problems();
    }

    @Test
    void anEventWhoseEvidenceSupportsTheFactNeedsNoPassage() throws Exception {
        Dataset d = new DatasetLoader().load(write(dir, validV3()));
        Event e = d.event("record").orElseThrow();
        assertTrue(e.passages().isEmpty());
        assertEquals("https://ai.meta.com/blog/meta-llama-3-1/", e.evidence().get(0).url());
        assertEquals(1, d.event("release").orElseThrow().passages().size(), "article events keep their passages");
    }

    @Test
    void theDatasetsLicenceAndAttributionAreReadBack() throws Exception {
        Dataset d = new DatasetLoader().load(write(dir, validV3()));
        assertEquals("CC-BY-4.0", d.licence());
        assertEquals("Epoch AI, 'Data on AI Models'", d.attribution());
        assertEquals("Epoch AI, 'Data on AI Models' (CC-BY-4.0)", d.creditLine());
        assertEquals("", new DatasetLoader().load(write(dir, validV2())).creditLine(), "a v2 file has no terms");
    }

    @Test
    void evidenceThatOnlyDatesTheEventDoesNotReplaceItsPassages() throws Exception {
        ObjectNode root = validV3();
        ((ObjectNode) recordEvent(root).get("evidence").get(0)).putArray("supports").add("date");
        List<Problem> problems = problems(root);
        assertEquals(1, problems.size(), problems::toString);
        Problem p = problems.get(0);
        assertEquals("events[3].passages", p.path());
        assertTrue(p.message().startsWith("required field is missing (cite a passage of an article"), p::toString);
        assertTrue(p.line() > 0);
    }

    @Test
    void aRecordSourcedReleaseMayOmitAccessButAnArticleReleaseMayNot() throws Exception {
        ObjectNode root = validV3();
        recordEvent(root).remove("access");
        recordEvent(root).remove("licence");
        assertEquals(null, new DatasetLoader().load(write(dir, root)).event("record").orElseThrow().access());
        ((ObjectNode) root.get("events").get(1)).remove("access");
        List<Problem> problems = problems(root);
        assertEquals(List.of("events[1].access"), problems.stream().map(Problem::path).toList(), problems::toString);
    }

    @Test
    void anEmptyPassagesListIsStillRefused() throws Exception {
        ObjectNode root = validV3();
        recordEvent(root).putArray("passages");
        List<Problem> problems = problems(root);
        assertEquals("events[3].passages", problems.get(0).path(), problems::toString);
        assertTrue(problems.get(0).message().contains("at least one passage"));
    }

    @Test
    void aVersion2FileIsToldThatARecordSourcedEventAndTermsNeedVersion3() throws Exception {
        ObjectNode root = validV3();
        root.put("schemaVersion", 2);
        List<Problem> problems = problems(root);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("licence") && p.message().contains("set \"schemaVersion\": 3")));
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("attribution") && p.message().contains("set \"schemaVersion\": 3")));
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("events[3].passages")
                && p.message().contains("needs \"schemaVersion\": 3")), problems::toString);
    }

    @Test
    void aVersion4FileIsRefusedWithTheVersionsThisAppReads() throws Exception {
        ObjectNode root = validV3();
        root.put("schemaVersion", 4);
        Problem p = problems(root).get(0);
        assertEquals("schemaVersion", p.path());
        assertTrue(p.message().startsWith("must be 1, 2 or 3"), p::toString);
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void theJsonSchemaDrawsTheSameLines() throws Exception {
        JsonSchema schema = schema();
        assertTrue(schema.validate(MAPPER.readTree(Files.readString(write(dir, validV3())))).isEmpty(), "v3 accepted");
        ObjectNode onlyDated = validV3();
        ((ObjectNode) recordEvent(onlyDated).get("evidence").get(0)).putArray("supports").add("date");
        assertFalse(schema.validate(onlyDated).isEmpty(), "no passage and no fact evidence");
        ObjectNode v2 = validV3();
        v2.put("schemaVersion", 2);
        assertFalse(schema.validate(v2).isEmpty(), "version 3 fields in a version 2 file");
        ObjectNode v2Plain = validV2();
        assertTrue(schema.validate(v2Plain).isEmpty(), "v2 still accepted");
    }
}
