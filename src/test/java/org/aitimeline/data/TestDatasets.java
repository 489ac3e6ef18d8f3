package org.aitimeline.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small valid datasets on disk that tests then break in one precise way. */
final class TestDatasets {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String ARTICLE = "Meta ha rilasciato LLaMA nel febbraio 2023.\nNel marzo 2023 i pesi sono trapelati.\n"
            + "Alibaba ha rilasciato Qwen. Alibaba ha rilasciato Wan.\n";

    private TestDatasets() {
    }

    /** A valid two-event dataset as a JSON tree; write it with {@link #write}. */
    static ObjectNode valid() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("title", "Test");
        ArrayNode sources = root.putArray("sources");
        ObjectNode s = sources.addObject();
        s.put("id", "a");
        s.put("file", "seeds/a.txt");
        s.put("title", "Articolo");
        s.put("language", "it");
        s.put("published", "2023-04~");
        ArrayNode orgs = root.putArray("organizations");
        ObjectNode meta = orgs.addObject();
        meta.put("id", "meta");
        meta.put("name", "Meta");
        meta.put("country", "US");
        ObjectNode ali = orgs.addObject();
        ali.put("id", "alibaba");
        ali.put("name", "Alibaba");
        ali.put("country", "CN");
        ali.putArray("aliases").add("Alibaba Cloud");
        ArrayNode events = root.putArray("events");
        events.add(event("leak", "2023-03", "leak", "meta", "US", "Nel marzo 2023 i pesi sono trapelati."));
        events.add(event("release", "2023-02-24", "release", "meta", "US", "Meta ha rilasciato LLaMA"));
        return root;
    }

    /** The valid dataset in schema version 2: the release has access, licence, evidence and a correction. */
    static ObjectNode validV2() {
        ObjectNode root = valid();
        root.put("schemaVersion", 2);
        ObjectNode release = (ObjectNode) root.get("events").get(1);
        release.put("access", "gated").put("licence", "LLaMA non-commercial licence");
        release.putArray("evidence").addObject()
                .put("title", "Introducing LLaMA").put("publisher", "Meta AI").put("url", "https://ai.meta.com/blog/large-language-model-llama-meta-ai/")
                .put("published", "2023-02-24").putArray("supports").add("date").add("openness");
        ObjectNode correction = release.putArray("corrections").addObject();
        correction.putObject("claim").put("source", "a").put("exact", "i pesi sono trapelati");
        correction.put("verdict", "imprecise");
        correction.putObject("text").put("en", "The record says otherwise.").put("it", "Le fonti dicono altro.");
        correction.putArray("evidence").add(0);
        ObjectNode commentary = event("view", "2023-04~", "statement", "meta", "US", "Alibaba ha rilasciato Qwen.");
        commentary.put("kind", "commentary");
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("events")).add(commentary);
        return root;
    }

    static ObjectNode event(String id, String date, String category, String org, String country, String exact) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("id", id);
        e.put("date", date);
        e.putObject("title").put("en", "Title " + id).put("it", "Titolo " + id);
        e.putObject("summary").put("en", "Summary").put("it", "Sommario");
        e.put("category", category);
        e.putArray("organizations").add(org);
        e.putArray("countries").add(country);
        e.putArray("models").add("LLaMA");
        e.putArray("passages").addObject().put("source", "a").put("exact", exact);
        return e;
    }

    /** Writes the dataset (pretty-printed, so lines mean something) and its article; returns the JSON path. */
    static Path write(Path dir, ObjectNode root) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path json = dir.resolve("data.json");
        Files.writeString(json, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        return json;
    }

    static ObjectNode firstEvent(ObjectNode root) {
        return (ObjectNode) root.get("events").get(0);
    }
}
