package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Writes a dataset in the one canonical form of the file format, so that saving an unchanged dataset changes no
 * byte and a one-event edit is a one-event diff: the schema's key order, two-space indent, {@code "key": value},
 * empty arrays as {@code []}, UTF-8 without escapes beyond JSON's own, LF line ends and a trailing newline.
 *
 * <p>Optional fields are written only when they hold something (an event's {@code kind} only when it is not
 * "event", a passage's prefix only when not empty, …). Four lists are always written, even empty, as hand-authored
 * files write them: an event's {@code organizations}, {@code countries} and {@code models} and an organization's
 * {@code aliases}, so a reader sees that an event has no organization rather than wondering. The article texts are
 * not written: they stay in their files, which {@code file} names.
 */
public final class DatasetWriter {

    /** What the previous version of a saved file is kept as: {@code NAME.bak} beside it. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** Characters outside the BMP (emoji, rare CJK) as their UTF-8 bytes, like every other character, not as escapes. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final String schemaReference;

    /** A writer that writes no {@code $schema} reference. */
    public DatasetWriter() {
        this(null);
    }

    private DatasetWriter(String schemaReference) {
        this.schemaReference = schemaReference;
    }

    /** The same writer with {@code "$schema": reference} first in the file (the bundled file names its schema). */
    public DatasetWriter withSchemaReference(String reference) {
        return new DatasetWriter(reference);
    }

    /** The writer of the bundled dataset: it names the schema bundled beside it. */
    public static DatasetWriter bundled() {
        return new DatasetWriter().withSchemaReference("timeline.schema.json");
    }

    /** The file that {@link #save} keeps the previous version of {@code target} in. */
    public static Path backupFile(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Saves {@code dataset} to {@code target} atomically (a temporary file moved into place). An existing file is
     * first copied to {@link #backupFile}, also atomically, so a save never leaves neither version on disk.
     */
    public void save(Dataset dataset, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            Path old = target;
            AtomicFile.write(backupFile(target), out -> Files.copy(old, out));
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(target)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "it is a folder");
        }
        AtomicFile.write(target, out -> write(dataset, out));
    }

    /** The file's bytes. */
    public byte[] toBytes(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** Writes the file to {@code out} (which stays open). */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new TwoSpaces());
            g.writeStartObject();
            if (schemaReference != null) g.writeStringField("$schema", schemaReference);
            g.writeNumberField("schemaVersion", version(dataset));
            localizedOrPlain(g, "title", dataset.title());
            optional(g, "licence", dataset.licence());
            optional(g, "attribution", dataset.attribution());
            g.writeArrayFieldStart("sources");
            for (Source s : dataset.sources()) source(g, s);
            g.writeEndArray();
            g.writeArrayFieldStart("organizations");
            for (Organization o : dataset.organizations()) organization(g, o);
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : dataset.events()) event(g, e);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The lowest schema version that holds the dataset, so that saving never changes a file's version without a
     * reason: 3 when it uses a version 3 form (context events, a text in two languages for the title or a date
     * note, a source's outlet, author, address or furniture, the dataset's licence or attribution, an event without
     * passages); 1 when a release does not say how open it is and nothing of version 2 is used (only version 1
     * allows that); else 2.
     */
    static int version(Dataset dataset) {
        if (!dataset.title().en().equals(dataset.title().it()) || !dataset.licence().isEmpty()
                || !dataset.attribution().isEmpty()) {
            return 3;
        }
        for (Source s : dataset.sources()) {
            if (!s.outlet().isEmpty() || !s.author().isEmpty() || !s.url().isEmpty() || !s.furniture().isEmpty()) return 3;
        }
        boolean versionTwo = false;
        boolean accessless = false;
        for (Event e : dataset.events()) {
            if (e.kind() == EventKind.CONTEXT || !e.dateNote().en().equals(e.dateNote().it()) || e.passages().isEmpty()) return 3;
            if (e.kind() != EventKind.EVENT || e.access() != null || !e.licence().isEmpty() || !e.evidence().isEmpty()
                    || !e.corrections().isEmpty()) {
                versionTwo = true;
            }
            if (e.category() == org.aitimeline.model.Category.RELEASE && e.access() == null) accessless = true;
        }
        return accessless && !versionTwo ? 1 : 2;
    }

    /** One event alone, as it stands in the file's {@code events} array (indented as at the top level). */
    static byte[] eventBytes(Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new TwoSpaces());
            event(g, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the articles the dataset names by relative path into {@code folder} where none is there yet (a dataset
     * saved to another folder, or a recovery copy, then loads on its own); a path leading out of the folder is skipped.
     */
    public static void writeArticles(Dataset dataset, Path folder) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        for (Source s : dataset.sources()) {
            Path article = base.resolve(s.file()).normalize();
            if (!article.startsWith(base) || java.nio.file.Files.exists(article)) continue;
            java.nio.file.Files.createDirectories(article.getParent());
            byte[] text = s.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFile.write(article, out -> out.write(text));
        }
    }

    /** One organization alone, as it stands in the file's {@code organizations} array. */
    static byte[] organizationBytes(Organization organization) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new TwoSpaces());
            organization(g, organization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("file", s.file());
        g.writeStringField("title", s.title());
        g.writeStringField("language", s.language());
        if (s.published() != null) g.writeStringField("published", s.published().toEdtf());
        optional(g, "publishedNote", s.publishedNote());
        optional(g, "outlet", s.outlet());
        optional(g, "author", s.author());
        optional(g, "url", s.url());
        if (!s.furniture().isEmpty()) {
            g.writeArrayFieldStart("furniture");
            // Furniture quotes its own source, so its entries have no "source" field.
            for (Passage f : s.furniture()) quote(g, null, f);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void organization(JsonGenerator g, Organization o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("name", o.name());
        g.writeStringField("country", o.country());
        strings(g, "aliases", o.aliases());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        if (e.kind() != EventKind.EVENT) g.writeStringField("kind", e.kind().id());
        g.writeStringField("date", e.date().toEdtf());
        if (!e.dateNote().isBlank()) localizedOrPlain(g, "dateNote", e.dateNote());
        localized(g, "title", e.title());
        localized(g, "summary", e.summary());
        g.writeStringField("category", e.category().id());
        strings(g, "organizations", e.organizations());
        strings(g, "countries", e.countries());
        strings(g, "models", e.models());
        if (!e.aliases().isEmpty()) strings(g, "aliases", e.aliases());
        // An event sourced by the public record alone (schema version 3) has no passages field.
        if (!e.passages().isEmpty() || e.evidence().stream().noneMatch(ev -> ev.supports().contains(Evidence.Support.FACT))) {
            g.writeArrayFieldStart("passages");
            for (Passage p : e.passages()) passage(g, p);
            g.writeEndArray();
        }
        if (e.access() != null) g.writeStringField("access", e.access().id());
        optional(g, "licence", e.licence());
        if (!e.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (Evidence ev : e.evidence()) evidence(g, ev);
            g.writeEndArray();
        }
        if (!e.corrections().isEmpty()) {
            g.writeArrayFieldStart("corrections");
            for (Correction c : e.corrections()) correction(g, c);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void passage(JsonGenerator g, Passage p) throws IOException {
        quote(g, p.source(), p);
    }

    private static void quote(JsonGenerator g, String source, Passage p) throws IOException {
        g.writeStartObject();
        if (source != null) g.writeStringField("source", source);
        g.writeStringField("exact", p.exact());
        optional(g, "prefix", p.prefix());
        optional(g, "suffix", p.suffix());
        g.writeEndObject();
    }

    private static void evidence(JsonGenerator g, Evidence ev) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", ev.title());
        g.writeStringField("publisher", ev.publisher());
        g.writeStringField("url", ev.url());
        // An entry a form has not dated yet: without the field, the check says it is missing in the loader's words.
        if (ev.published() != null) g.writeStringField("published", ev.published().toEdtf());
        g.writeArrayFieldStart("supports");
        // The record keeps a set; the file lists it in the vocabulary's order (date, fact, openness).
        for (Evidence.Support s : Evidence.Support.values()) if (ev.supports().contains(s)) g.writeString(s.id());
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void correction(JsonGenerator g, Correction c) throws IOException {
        g.writeStartObject();
        g.writeFieldName("claim");
        passage(g, c.claim());
        g.writeStringField("verdict", c.verdict().id());
        localized(g, "text", c.text());
        g.writeArrayFieldStart("evidence");
        for (int i : c.evidence()) g.writeNumber(i);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void localized(JsonGenerator g, String name, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("en", t.en());
        g.writeStringField("it", t.it());
        g.writeEndObject();
    }

    /** A text given once (a plain string, English for both languages) stays one string; else both languages. */
    private static void localizedOrPlain(JsonGenerator g, String name, LocalizedText t) throws IOException {
        if (t.en().equals(t.it())) g.writeStringField(name, t.en());
        else localized(g, name, t);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) g.writeStringField(name, value);
    }

    /**
     * Two spaces per level, {@code "key": value}, every value of an object or array on its own line and empty ones
     * as {@code []} or {@code {}}: the layout of the hand-written bundled file (Jackson's default puts a space
     * before the colon and writes {@code [ ]}).
     */
    private static final class TwoSpaces implements PrettyPrinter {
        private int depth;

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) g.writeRaw("  ");
        }

        private void open(JsonGenerator g, char bracket) throws IOException {
            g.writeRaw(bracket);
            depth++;
        }

        private void close(JsonGenerator g, int count, char bracket) throws IOException {
            depth--;
            if (count > 0) newLine(g);
            g.writeRaw(bracket);
        }

        private void separate(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            open(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            close(g, entries, '}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            open(g, '[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            close(g, values, ']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separate(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newLine(g);
        }
    }
}
