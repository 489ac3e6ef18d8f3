package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Reads and strictly validates a dataset JSON file and the article files it cites.
 *
 * <p>Every problem is collected and reported together in one {@link DatasetException}, each naming the file,
 * the JSON path and the line; a dataset with any problem is not returned at all, so loading never
 * half-succeeds.
 */
public final class DatasetLoader {

    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** Classpath folder of the bundled dataset; its articles sit beside it in {@code seeds/}. */
    static final String BUNDLED_FOLDER = "/org/aitimeline/data/";
    static final String BUNDLED_FILE = "timeline.json";
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final long maxFileBytes;

    public DatasetLoader() {
        this(MAX_FILE_BYTES);
    }

    /** A loader with another size limit (tests use a small one instead of writing 256 MB). */
    DatasetLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads an article given the {@code file} value of a source; empty if there is no such file. */
    @FunctionalInterface
    interface ArticleReader {
        Optional<byte[]> read(String file) throws IOException;
    }

    /** The dataset bundled with the app. */
    public Dataset loadBundled() throws DatasetException {
        String name = "bundled:" + BUNDLED_FILE;
        byte[] json = resource(BUNDLED_FOLDER + BUNDLED_FILE)
                .orElseThrow(() -> new IllegalStateException("the bundled dataset is missing from the application"));
        return parse(name, "bundled", json, file -> {
            if (file.contains("..") || file.startsWith("/")) return Optional.empty();
            return resource(BUNDLED_FOLDER + file);
        });
    }

    /** A dataset file on disk; its sources' {@code file} paths resolve relative to the file's folder. */
    public Dataset load(Path json) throws DatasetException {
        String name = json.toString();
        byte[] bytes;
        try {
            long size = Files.size(json);
            if (size > maxFileBytes) {
                throw problem(name, "", "the file is " + size / (1024 * 1024) + " MB, larger than the "
                        + maxFileBytes / (1024 * 1024) + " MB limit; it was not read");
            }
            bytes = Files.readAllBytes(json);
        } catch (NoSuchFileException e) {
            throw problem(name, "", "the file does not exist");
        } catch (IOException e) {
            throw problem(name, "", "the file cannot be read: " + e.getMessage());
        }
        Path folder = json.toAbsolutePath().getParent();
        return parse(name, json.toAbsolutePath().toString(), bytes, file -> {
            Path article = folder.resolve(file).normalize();
            if (!article.startsWith(folder) || !Files.isRegularFile(article)) return Optional.empty();
            return Optional.of(Files.readAllBytes(article));
        });
    }

    private static DatasetException problem(String file, String path, String message) {
        return new DatasetException(List.of(new Problem(file, path, 0, message)));
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Dataset parse(String fileName, String origin, byte[] json, ArticleReader articles) throws DatasetException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new DatasetException(List.of(new Problem(fileName, "", line,
                    "malformed JSON" + (column > 0 ? " at column " + column : "") + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw problem(fileName, "", "the file cannot be read: " + e.getMessage());
        }
        Validation v = new Validation(fileName, articles);
        Dataset dataset = v.dataset(root, origin);
        if (!v.problems.isEmpty()) {
            JsonLineIndex lines = new JsonLineIndex(json);
            List<Problem> located = new ArrayList<>(v.problems.size());
            for (Problem p : v.problems) {
                located.add(new Problem(p.file(), p.path(), lines.lineOf(p.path()), p.message()));
            }
            throw new DatasetException(located);
        }
        return dataset;
    }

    /** One validation run: walks the tree, collects problems, builds records from what is valid. */
    private static final class Validation {
        final String file;
        final ArticleReader articles;
        final List<Problem> problems = new ArrayList<>();

        Validation(String file, ArticleReader articles) {
            this.file = file;
            this.articles = articles;
        }

        void report(String path, String message) {
            problems.add(new Problem(file, path, 0, message));
        }

        Dataset dataset(JsonNode root, String origin) {
            if (!root.isObject()) {
                report("", "the top level must be a JSON object");
                return null;
            }
            JsonNode version = root.get("schemaVersion");
            if (version == null) {
                report("schemaVersion", "required field is missing");
            } else if (!version.isInt() || version.intValue() != SCHEMA_VERSION) {
                report("schemaVersion", "must be " + SCHEMA_VERSION + ", was " + version);
            }
            String title = text(root, "", "title", true);
            Map<String, SourceEntry> sources = sources(array(root, "", "sources"));
            Map<String, Organization> orgs = organizations(array(root, "", "organizations"));
            List<Event> events = events(array(root, "", "events"), sources, orgs);
            if (!problems.isEmpty()) return null;
            List<Source> sourceList = new ArrayList<>(sources.size());
            sources.values().forEach(s -> sourceList.add(s.source));
            return new Dataset(title, origin, sourceList, new ArrayList<>(orgs.values()), events);
        }

        // ----- sources -----

        record SourceEntry(Source source, PassageLocator locator) {
        }

        Map<String, SourceEntry> sources(JsonNode array) {
            Map<String, SourceEntry> result = new java.util.LinkedHashMap<>();
            if (array == null) return result;
            for (int i = 0; i < array.size(); i++) {
                String path = "sources[" + i + "]";
                JsonNode n = array.get(i);
                if (!isObject(n, path)) continue;
                String id = text(n, path, "id", true);
                String fileName = text(n, path, "file", true);
                String title = text(n, path, "title", true);
                String language = text(n, path, "language", true);
                PartialDate published = date(n, path, "published", false);
                String note = text(n, path, "publishedNote", false);
                if (id != null && result.containsKey(id)) {
                    report(path + ".id", "duplicate source id '" + id + "'");
                    continue;
                }
                String articleText = fileName == null ? null : article(path + ".file", fileName);
                if (id == null || fileName == null || title == null || language == null || articleText == null) continue;
                result.put(id, new SourceEntry(new Source(id, fileName, title, language, published, note, articleText),
                        new PassageLocator(articleText)));
            }
            return result;
        }

        String article(String path, String fileName) {
            try {
                Optional<byte[]> bytes = articles.read(fileName);
                if (bytes.isEmpty()) {
                    report(path, "source file '" + fileName + "' is missing (it must be inside the dataset's folder)");
                    return null;
                }
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.get())).toString();
            } catch (CharacterCodingException e) {
                report(path, "source file '" + fileName + "' is not valid UTF-8 text");
            } catch (IOException e) {
                report(path, "source file '" + fileName + "' cannot be read: " + e.getMessage());
            }
            return null;
        }

        // ----- organizations -----

        Map<String, Organization> organizations(JsonNode array) {
            Map<String, Organization> result = new java.util.LinkedHashMap<>();
            if (array == null) return result;
            for (int i = 0; i < array.size(); i++) {
                String path = "organizations[" + i + "]";
                JsonNode n = array.get(i);
                if (!isObject(n, path)) continue;
                String id = text(n, path, "id", true);
                String name = text(n, path, "name", true);
                String country = country(n.get("country"), path + ".country", true);
                List<String> aliases = strings(n, path, "aliases", false);
                if (id != null && result.containsKey(id)) {
                    report(path + ".id", "duplicate organization id '" + id + "'");
                    continue;
                }
                if (id != null && name != null) result.put(id, new Organization(id, name, country, aliases));
            }
            return result;
        }

        // ----- events -----

        List<Event> events(JsonNode array, Map<String, SourceEntry> sources, Map<String, Organization> orgs) {
            List<Event> result = new ArrayList<>(array == null ? 0 : array.size());
            if (array == null) return result;
            int n = array.size();
            Event[] built = new Event[n];
            String[] ids = new String[n];
            @SuppressWarnings("unchecked")
            List<Problem>[] found = new List[n];
            // Events are independent of each other, so they are checked on every core; the problems are merged
            // back in file order and duplicate ids are found afterwards, in order.
            IntStream.range(0, n).parallel().forEach(i -> {
                Validation local = new Validation(file, articles);
                built[i] = local.event(i, array.get(i), sources, orgs, ids);
                found[i] = local.problems;
            });
            Set<String> seen = new HashSet<>(n * 2);
            for (int i = 0; i < n; i++) {
                boolean duplicate = ids[i] != null && !seen.add(ids[i]);
                if (duplicate) report("events[" + i + "].id", "duplicate event id '" + ids[i] + "'");
                problems.addAll(found[i]);
                if (built[i] != null && !duplicate) result.add(built[i]);
            }
            result.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
            return result;
        }

        /** Checks one event; returns it, or null if it has problems (they are in this validation's list). */
        Event event(int i, JsonNode n, Map<String, SourceEntry> sources, Map<String, Organization> orgs, String[] ids) {
            String path = "events[" + i + "]";
            if (!isObject(n, path)) return null;
            String id = text(n, path, "id", true);
            ids[i] = id;
            PartialDate date = date(n, path, "date", true);
            String dateNote = text(n, path, "dateNote", false);
            LocalizedText title = localized(n, path, "title");
            LocalizedText summary = localized(n, path, "summary");
            Category category = category(n, path);
            List<String> organizations = strings(n, path, "organizations", false);
            for (int k = 0; k < organizations.size(); k++) {
                if (!orgs.containsKey(organizations.get(k))) {
                    report(path + ".organizations[" + k + "]", "unknown organization id '" + organizations.get(k)
                            + "' (not in \"organizations\")");
                }
            }
            List<String> countries = new ArrayList<>();
            JsonNode cs = n.get("countries");
            if (cs != null && !cs.isArray()) {
                report(path + ".countries", "must be an array of ISO 3166-1 alpha-2 codes");
            } else if (cs != null) {
                for (int k = 0; k < cs.size(); k++) countries.add(country(cs.get(k), path + ".countries[" + k + "]", true));
            }
            List<String> models = strings(n, path, "models", false);
            List<String> aliases = strings(n, path, "aliases", false);
            List<Passage> passages = passages(n, path, sources);
            if (!problems.isEmpty()) return null;
            return new Event(id, date, dateNote, title, summary, category, organizations, countries, models, aliases,
                    passages);
        }

        List<Passage> passages(JsonNode n, String path, Map<String, SourceEntry> sources) {
            JsonNode array = n.get("passages");
            String at = path + ".passages";
            if (array == null) {
                report(at, "required field is missing: every event cites at least one passage");
                return List.of();
            }
            if (!array.isArray() || array.isEmpty()) {
                report(at, "must be a non-empty array: every event cites at least one passage");
                return List.of();
            }
            List<Passage> result = new ArrayList<>(array.size());
            for (int k = 0; k < array.size(); k++) {
                String pp = at + "[" + k + "]";
                JsonNode p = array.get(k);
                if (!isObject(p, pp)) continue;
                String sourceId = text(p, pp, "source", true);
                String exact = text(p, pp, "exact", true);
                String prefix = text(p, pp, "prefix", false);
                String suffix = text(p, pp, "suffix", false);
                if (sourceId == null || exact == null) continue;
                SourceEntry source = sources.get(sourceId);
                if (source == null) {
                    report(pp + ".source", "unknown source id '" + sourceId + "' (not in \"sources\")");
                    continue;
                }
                PassageLocator.Location loc = source.locator.locate(exact, prefix, suffix);
                switch (loc.kind()) {
                    case FOUND -> result.add(new Passage(sourceId, exact, prefix, suffix, loc.start(), loc.end()));
                    case NOT_FOUND -> {
                        boolean bare = (prefix == null || prefix.isEmpty()) && (suffix == null || suffix.isEmpty());
                        report(pp + ".exact", bare || source.locator.occurrences(exact) == 0
                                ? "text not found in source '" + sourceId + "': \"" + abbreviate(exact) + "\""
                                : "text found in source '" + sourceId + "' but not with the given prefix/suffix: \""
                                        + abbreviate(exact) + "\"");
                    }
                    case AMBIGUOUS -> report(pp + ".exact", "text occurs " + loc.count() + " times in source '"
                            + sourceId + "'; add a prefix or suffix that makes it unique: \"" + abbreviate(exact) + "\"");
                }
            }
            return result;
        }

        // ----- field helpers -----

        boolean isObject(JsonNode n, String path) {
            if (n != null && n.isObject()) return true;
            report(path, "must be a JSON object");
            return false;
        }

        JsonNode array(JsonNode parent, String path, String field) {
            JsonNode n = parent.get(field);
            String at = join(path, field);
            if (n == null) {
                report(at, "required field is missing");
                return null;
            }
            if (!n.isArray()) {
                report(at, "must be an array");
                return null;
            }
            return n;
        }

        String text(JsonNode parent, String path, String field, boolean required) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required) report(join(path, field), "required field is missing");
                return null;
            }
            if (!n.isTextual()) {
                report(join(path, field), "must be a string, was " + n.getNodeType().toString().toLowerCase(Locale.ROOT));
                return null;
            }
            if (required && n.textValue().isBlank()) {
                report(join(path, field), "must not be empty");
                return null;
            }
            return n.textValue();
        }

        List<String> strings(JsonNode parent, String path, String field, boolean required) {
            JsonNode n = parent.get(field);
            String at = join(path, field);
            if (n == null || n.isNull()) {
                if (required) report(at, "required field is missing");
                return List.of();
            }
            if (!n.isArray()) {
                report(at, "must be an array of strings");
                return List.of();
            }
            List<String> result = new ArrayList<>(n.size());
            for (int k = 0; k < n.size(); k++) {
                JsonNode item = n.get(k);
                if (!item.isTextual()) {
                    report(at + "[" + k + "]", "must be a string");
                } else {
                    result.add(item.textValue());
                }
            }
            return result;
        }

        LocalizedText localized(JsonNode parent, String path, String field) {
            JsonNode n = parent.get(field);
            String at = join(path, field);
            if (n == null) {
                report(at, "required field is missing (an object with \"en\" and \"it\")");
                return null;
            }
            if (!n.isObject()) {
                report(at, "must be an object with \"en\" and \"it\" texts");
                return null;
            }
            String en = text(n, at, "en", true);
            String it = text(n, at, "it", true);
            return en == null || it == null ? null : new LocalizedText(en, it);
        }

        PartialDate date(JsonNode parent, String path, String field, boolean required) {
            String value = text(parent, path, field, required);
            if (value == null) return null;
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                report(join(path, field), "impossible or malformed date: " + e.getMessage());
                return null;
            }
        }

        Category category(JsonNode parent, String path) {
            String value = text(parent, path, "category", true);
            if (value == null) return null;
            Optional<Category> c = Category.fromId(value);
            if (c.isEmpty()) {
                StringBuilder known = new StringBuilder();
                for (Category k : Category.values()) known.append(known.length() == 0 ? "" : ", ").append(k.id());
                report(join(path, "category"), "unknown category '" + value + "' (known: " + known + ")");
                return null;
            }
            return c.get();
        }

        String country(JsonNode n, String path, boolean required) {
            if (n == null || n.isNull()) {
                if (required) report(path, "required field is missing");
                return null;
            }
            if (!n.isTextual() || !COUNTRIES.contains(n.textValue())) {
                report(path, "unknown country code " + n + " (expected an ISO 3166-1 alpha-2 code such as \"US\" or \"CN\")");
                return null;
            }
            return n.textValue();
        }

        static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }

}
