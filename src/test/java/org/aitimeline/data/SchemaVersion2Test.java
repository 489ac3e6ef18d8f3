package org.aitimeline.data;

import static org.aitimeline.data.TestDatasets.validV2;
import static org.aitimeline.data.TestDatasets.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.aitimeline.model.Access;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: evidence, corrections, access and commentary, read back exactly and refused when wrong. */
class SchemaVersion2Test {

    @TempDir
    Path dir;

    private ObjectNode release(ObjectNode root) {
        return (ObjectNode) root.get("events").get(1);
    }

    @Test
    void everyVersion2FieldIsReadBackAsWritten() throws Exception {
        Dataset d = new DatasetLoader().load(write(dir, validV2()));
        Event e = d.event("release").orElseThrow();
        assertEquals(Access.GATED, e.access());
        assertEquals("LLaMA non-commercial licence", e.licence());
        Evidence ev = e.evidence().get(0);
        assertEquals("Introducing LLaMA", ev.title());
        assertEquals("Meta AI", ev.publisher());
        assertEquals("https://ai.meta.com/blog/large-language-model-llama-meta-ai/", ev.url());
        assertEquals("2023-02-24", ev.published().toEdtf());
        assertEquals(Set.of(Evidence.Support.DATE, Evidence.Support.OPENNESS), ev.supports());
        Correction c = e.corrections().get(0);
        assertEquals(Verdict.IMPRECISE, c.verdict());
        assertEquals(List.of(0), c.evidence());
        assertEquals("Le fonti dicono altro.", c.text().it());
        String article = d.source("a").orElseThrow().text();
        assertEquals("i pesi sono trapelati", article.substring(c.claim().start(), c.claim().end()));
        assertEquals(EventKind.COMMENTARY, d.event("view").orElseThrow().kind());
        assertEquals(EventKind.EVENT, d.event("leak").orElseThrow().kind());
    }

    @Test
    void aVersion1FileStillLoadsAndItsReleasesNeedNoAccess() throws Exception {
        Dataset d = new DatasetLoader().load(write(dir, TestDatasets.valid()));
        assertEquals(null, d.event("release").orElseThrow().access());
    }

    @Test
    void aVersion1FileUsingVersion2FieldsIsToldWhichVersionItNeeds() throws Exception {
        ObjectNode root = validV2();
        root.put("schemaVersion", 1);
        List<Problem> problems = problems(root);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("events[1].evidence")
                && p.message().contains("set \"schemaVersion\": 2") && p.line() > 0), problems::toString);
    }

    private List<Problem> problems(ObjectNode root) throws Exception {
        Path json = write(dir, root);
        return assertThrows(DatasetException.class, () -> new DatasetLoader().load(json)).problems();
    }

    /** One change to the v2 fixture must give exactly one problem, at {@code path}, on the line holding {@code lineText}. */
    private void refused(Consumer<ObjectNode> change, String path, String message, String lineText) throws Exception {
        refused(change, path, message, lineText, 0);
    }

    /** As above, for a problem reported {@code offset} lines from the one holding {@code lineText} (a missing field
     *  is reported where its object opens, the line before its first field). */
    private void refused(Consumer<ObjectNode> change, String path, String message, String lineText, int offset)
            throws Exception {
        ObjectNode root = validV2();
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

    @Test
    void badEvidenceIsRefusedWithPathAndLine() throws Exception {
        refused(r -> ((ObjectNode) release(r).get("evidence").get(0)).put("url", "www.meta.com/llama"),
                "events[1].evidence[0].url", "absolute http or https URL", "www.meta.com/llama");
        refused(r -> ((ObjectNode) release(r).get("evidence").get(0)).put("url", "javascript:alert(1)"),
                "events[1].evidence[0].url", "absolute http or https URL", "javascript:alert(1)");
        refused(r -> ((ObjectNode) release(r).get("evidence").get(0)).put("title", " "),
                "events[1].evidence[0].title", "must not be empty", "\"title\" : \" \"");
        refused(r -> ((ObjectNode) release(r).get("evidence").get(0)).putArray("supports").add("date").add("vibes"),
                "events[1].evidence[0].supports[1]", "unknown 'supports' value 'vibes'", "\"vibes\"");
        refused(r -> ((ObjectNode) release(r).get("evidence").get(0)).put("published", "2023-02-30"),
                "events[1].evidence[0].published", "no such day", "2023-02-30");
    }

    @Test
    void badCorrectionsAreRefusedWithPathAndLine() throws Exception {
        refused(r -> ((ObjectNode) release(r).get("corrections").get(0)).put("verdict", "false"),
                "events[1].corrections[0].verdict", "unknown verdict 'false'", "\"false\"");
        refused(r -> ((ObjectNode) release(r).get("corrections").get(0)).putArray("evidence").add(3),
                "events[1].corrections[0].evidence[0]", "evidence index 3 does not exist", "3 ]");
        refused(r -> ((ObjectNode) release(r).get("corrections").get(0).get("claim")).put("exact", "non c'è"),
                "events[1].corrections[0].claim.exact", "text not found in source 'a'", "non c'è");
        refused(r -> ((ObjectNode) release(r).get("corrections").get(0).get("text")).remove("it"),
                "events[1].corrections[0].text.it", "required field is missing", "\"text\" : {");
    }

    @Test
    void badAccessValuesAreRefusedWithPathAndLine() throws Exception {
        refused(r -> release(r).put("access", "free"), "events[1].access", "unknown access 'free'", "\"free\"");
        refused(r -> release(r).remove("access"), "events[1].access", "a release must say how open it is",
                "\"id\" : \"release\"", -1);
        refused(r -> release(r).put("access", "open-weights").remove("licence"), "events[1].licence",
                "must name its licence", "\"id\" : \"release\"", -1);
        refused(r -> ((ObjectNode) r.get("events").get(2)).put("kind", "opinion"), "events[2].kind",
                "unknown kind 'opinion'", "\"opinion\"");
    }
}
