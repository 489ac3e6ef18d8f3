package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The published JSON Schema (2020-12) accepts the bundled dataset and the README's example, and rejects bad files. */
class SchemaConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode bundled() throws Exception {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(DatasetLoader.BUNDLED_FOLDER + DatasetLoader.BUNDLED_FILE)) {
            return MAPPER.readTree(in);
        }
    }

    @Test
    void theBundledDatasetConformsToTheSchemaItNames() throws Exception {
        JsonNode data = bundled();
        Set<ValidationMessage> errors = schema().validate(data);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("timeline.schema.json", data.path("$schema").asText());
    }

    private static JsonNode readmeExample() throws Exception {
        String readme = Files.readString(Path.of("src/docs/dataset-format.md"));
        Matcher m = Pattern.compile("<!-- schema-example -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "src/docs/dataset-format.md has no ```json block marked <!-- schema-example -->");
        return MAPPER.readTree(m.group(1));
    }

    @Test
    void theReadmeExampleConformsToTheSchema() throws Exception {
        Set<ValidationMessage> errors = schema().validate(readmeExample());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    /** The bundled dataset after one change to its context event about Linux. */
    private static Set<ValidationMessage> errorsAfterLinuxChange(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode data = (ObjectNode) bundled().deepCopy();
        for (JsonNode e : data.get("events")) {
            if (e.get("id").asText().equals("linux-announced")) change.accept((ObjectNode) e);
        }
        return schema().validate(data);
    }

    @Test
    void theSchemaKnowsContextEventsAndVersion3Forms() throws Exception {
        assertTrue(errorsAfterLinuxChange(e -> { }).isEmpty(), "the bundled Linux context event");
        assertFalse(errorsAfterLinuxChange(e -> e.put("access", "announced")).isEmpty(), "context with access");
        assertFalse(errorsAfterLinuxChange(e -> e.remove("evidence")).isEmpty(), "context without evidence");
        assertFalse(errorsAfterLinuxChange(e -> ((com.fasterxml.jackson.databind.node.ArrayNode) e.get("evidence").get(0)
                .get("supports")).removeAll().add("fact")).isEmpty(), "context without evidence for its date");
        ObjectNode v2 = (ObjectNode) bundled().deepCopy();
        v2.put("schemaVersion", 2);
        assertFalse(schema().validate(v2).isEmpty(), "a version-2 file with a title in two languages and context");
        ObjectNode badUrl = (ObjectNode) bundled().deepCopy();
        ((ObjectNode) badUrl.get("sources").get(0)).put("url", "ainotizie.net/articolo");
        assertFalse(schema().validate(badUrl).isEmpty(), "a source address that is not an http URL");
    }

    /** The errors for the README example after one change to its first event; each must point into that event. */
    private static Set<ValidationMessage> errorsAfter(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode data = (ObjectNode) readmeExample().deepCopy();
        change.accept((ObjectNode) data.get("events").get(0));
        Set<ValidationMessage> errors = schema().validate(data);
        for (ValidationMessage m : errors) {
            assertTrue(m.getInstanceLocation().toString().startsWith("$.events[0]"), m::toString);
        }
        return errors;
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws Exception {
        assertFalse(errorsAfter(e -> e.put("dateNotes", "a misspelt field")).isEmpty(), "an unknown field");
        assertFalse(errorsAfter(e -> e.put("date", "2025-13")).isEmpty(), "an impossible month");
        assertFalse(errorsAfter(e -> e.remove("access")).isEmpty(), "a version-2 release without access");
        assertFalse(errorsAfter(e -> e.remove("licence")).isEmpty(), "open weights without a licence");
        assertFalse(errorsAfter(e -> e.put("access", "free")).isEmpty(), "an unknown access value");
        assertFalse(errorsAfter(e -> ((ObjectNode) e.get("evidence").get(0)).put("url", "ftp://x")).isEmpty(), "a non-http URL");
        assertFalse(errorsAfter(e -> ((ObjectNode) e.get("corrections").get(0)).put("verdict", "wrong")).isEmpty(), "a bad verdict");
        assertFalse(errorsAfter(e -> e.set("title", MAPPER.createObjectNode().put("en", "A\u202Eb").put("it", "x"))).isEmpty(),
                "a bidirectional override in a title");
        for (String url : new String[] {"https://user:pass@example.org/a", "https://example.org:99999/a", "https://exa\u200Bmple.org/a",
                "https://example.org/a\u2028b"}) {
            assertFalse(errorsAfter(e -> ((ObjectNode) e.get("evidence").get(0)).put("url", url)).isEmpty(), "refused: " + url);
        }
        assertTrue(errorsAfter(e -> ((ObjectNode) e.get("evidence").get(0)).put("url", "https://example.org:8443/a?b=c#d")).isEmpty(),
                "a URL with a port, query and fragment");
        assertFalse(errorsAfter(e -> e.put("date", " 2025-01 ")).isEmpty(), "a date with spaces around it");
        assertFalse(errorsAfter(e -> e.set("title", MAPPER.createObjectNode().put("en", "A\u2028b").put("it", "x"))).isEmpty(),
                "a line separator in a title");
        assertFalse(errorsAfter(e -> e.set("summary", MAPPER.createObjectNode().put("en", "A\uFEFFb").put("it", "x"))).isEmpty(),
                "a byte-order mark in a summary");
        assertTrue(errorsAfter(e -> e.put("category", "statement")).isEmpty(), "access is optional outside releases");
    }
}
