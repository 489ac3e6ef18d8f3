package org.aitimeline.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.aitimeline.data.DatasetParser.CorrectionDraft;
import org.aitimeline.data.DatasetParser.Draft;
import org.aitimeline.data.DatasetParser.EventDraft;
import org.aitimeline.data.DatasetParser.OrganizationDraft;
import org.aitimeline.data.DatasetParser.PassageDraft;
import org.aitimeline.data.DatasetParser.SourceDraft;
import org.aitimeline.data.JsonCursor.Ref;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Reads and strictly validates a dataset JSON file and the article files it cites.
 *
 * <p>Every problem is collected and reported together in one {@link DatasetException}, each naming the file,
 * the JSON path and the line; a dataset with any problem is not returned at all, so loading never
 * half-succeeds. Nothing thrown by the parser or the file system escapes as anything but a problem.
 */
public final class DatasetLoader {

    /** Dataset files larger than this are refused before they are read. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** Article files larger than this are refused before they are read. */
    public static final long MAX_ARTICLE_BYTES = 16L * 1024 * 1024;
    /**
     * The newest schema version. Older files still load: version 1 has no evidence, corrections, access or commentary;
     * version 2 has no context events, texts in two languages for the title and date notes, source outlet, author,
     * address and furniture, the dataset's licence and attribution, or events sourced by the public record alone
     * (evidence that supports their fact, without passages).
     */
    public static final int SCHEMA_VERSION = 3;

    /** Classpath folder of the bundled dataset; its articles sit beside it in {@code seeds/}. */
    static final String BUNDLED_FOLDER = "/org/aitimeline/data/";
    static final String BUNDLED_FILE = "timeline.json";
    /** The JSON Schema of the format, bundled beside the dataset. */
    public static final String SCHEMA_RESOURCE = BUNDLED_FOLDER + "timeline.schema.json";

    private final long maxFileBytes;
    private final long maxArticleBytes;

    public DatasetLoader() {
        this(MAX_FILE_BYTES, MAX_ARTICLE_BYTES);
    }

    /** A loader with other size limits (tests use small ones instead of writing hundreds of megabytes). */
    DatasetLoader(long maxFileBytes, long maxArticleBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxArticleBytes = maxArticleBytes;
    }

    /** A loader with another dataset size limit. */
    DatasetLoader(long maxFileBytes) {
        this(maxFileBytes, MAX_ARTICLE_BYTES);
    }

    /** Reads an article given the {@code file} value of a source. */
    @FunctionalInterface
    interface ArticleReader {
        byte[] read(String file) throws FileProblem;
    }

    /** The dataset bundled with the app. */
    public Dataset loadBundled() throws DatasetException {
        String name = "bundled:" + BUNDLED_FILE;
        byte[] json = bundledJson();
        if (json == null) throw new IllegalStateException("the bundled dataset is missing from the application");
        return parse(name, "bundled", json, bundledArticles());
    }

    /** Bundled datasets by the name the command line and the File menu use: the articles', the public record's. */
    public static final java.util.Map<String, String> BUNDLED = java.util.Map.of(
            "timeline", BUNDLED_FILE, "notable-models", "record/notable-models.json");

    /** A bundled dataset by name (see {@link #BUNDLED}). */
    public Dataset loadBundled(String name) throws DatasetException {
        String file = BUNDLED.get(name);
        if (file == null) throw new IllegalArgumentException("no bundled dataset is called " + ProblemText.id(name));
        byte[] json = resource(BUNDLED_FOLDER + file);
        if (json == null) throw new IllegalStateException("the bundled dataset " + name + " is missing from the application");
        return parse("bundled:" + file, "bundled:" + name, json, bundledArticles());
    }

    /**
     * A dataset given as bytes, with no folder and so no articles (a converted public record); its problems name
     * {@code fileName}. The same checks as a file on disk.
     */
    public Dataset parseDetached(String fileName, byte[] json) throws DatasetException {
        return parse(fileName, fileName, json, file -> {
            throw new FileProblem("cannot be read: this dataset was given without a folder for its articles");
        });
    }

    /** The articles bundled beside the dataset on the class path. */
    static ArticleReader bundledArticles() {
        return file -> {
            byte[] bytes = file.contains("..") || file.startsWith("/") ? null : resource(BUNDLED_FOLDER + file);
            if (bytes == null) throw new FileProblem("does not exist");
            return bytes;
        };
    }

    /** The bundled dataset's JSON bytes. */
    static byte[] bundledJson() {
        return resource(BUNDLED_FOLDER + BUNDLED_FILE);
    }

    /** A dataset file on disk; its sources' {@code file} paths resolve inside the file's folder. */
    public Dataset load(Path json) throws DatasetException {
        return load(json, TimelineJsImport.GroupAs.ORGANIZATION);
    }

    /**
     * A dataset file on disk, or a TimelineJS story (JSON or sheet CSV, recognised by its content) whose groups
     * become {@code groupAs}.
     */
    public Dataset load(Path json, TimelineJsImport.GroupAs groupAs) throws DatasetException {
        return load(json, groupAs, notice -> { });
    }

    /**
     * As {@link #load(Path, TimelineJsImport.GroupAs)}, telling {@code notices} what an import could not keep (a
     * TimelineJS story's eras, its title slide's text…); a dataset file of our own has none.
     */
    public Dataset load(Path json, TimelineJsImport.GroupAs groupAs, java.util.function.Consumer<Problem> notices)
            throws DatasetException {
        String name = json.toString();
        Path folder;
        byte[] bytes;
        try {
            bytes = DatasetFiles.readRegular(json, maxFileBytes);
            folder = json.toAbsolutePath().getParent().toRealPath();
        } catch (FileProblem e) {
            throw new DatasetException(List.of(new Problem(name, "", e.line(), "the file " + e.getMessage())));
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new DatasetException(List.of(new Problem(name, "", 0, "the file's folder cannot be read: "
                    + DatasetFiles.reason(e instanceof InvalidPathException ? new IOException(e.getMessage()) : e))));
        }
        TimelineJsImport.Shape shape = TimelineJsImport.recognise(name, bytes, DatasetFiles.bomLength(bytes));
        if (shape != null) return importStory(name, json, bytes, shape, groupAs, notices);
        Path base = folder;
        return parse(name, json.toAbsolutePath().toString(), bytes,
                file -> DatasetFiles.readRegular(DatasetFiles.resolveInside(base, file), maxArticleBytes));
    }

    private static Dataset importStory(String name, Path file, byte[] bytes, TimelineJsImport.Shape shape,
                                       TimelineJsImport.GroupAs groupAs, java.util.function.Consumer<Problem> notices)
            throws DatasetException {
        try {
            DatasetFiles.checkUtf8(bytes);
            TimelineJsImport.Imported imported = TimelineJsImport.read(name, file.toAbsolutePath().toString(), bytes,
                    DatasetFiles.bomLength(bytes), shape, groupAs);
            imported.notices().forEach(notices);
            return imported.dataset();
        } catch (FileProblem e) {
            throw new DatasetException(List.of(new Problem(name, "", e.line(), "the file " + e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            throw new DatasetException(List.of(new Problem(name, "", 0, "the TimelineJS story could not be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + ProblemText.clip(e.getMessage(), 100))
                    + "); please report this")));
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Dataset parse(String fileName, String origin, byte[] json, ArticleReader articles) throws DatasetException {
        try {
            try {
                DatasetFiles.checkUtf8(json);
            } catch (FileProblem e) {
                throw new DatasetException(List.of(new Problem(fileName, "", e.line(), "the file " + e.getMessage())));
            }
            Draft draft = DatasetParser.parse(fileName, json, DatasetFiles.bomLength(json));
            if (draft.fatal()) throw new DatasetException(draft.problems());
            return new CrossCheck(fileName, draft, articles).dataset(origin);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or an input nobody foresaw must still read as a problem, never as a stack trace; the trace
            // goes to the log, whose path the problem names.
            String log = AppLog.unexpected(DatasetLoader.class, "checking " + fileName + " failed", e);
            throw new DatasetException(List.of(new Problem(fileName, "", 0, "the file could not be checked ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + ProblemText.clip(e.getMessage(), 100))
                    + "); please report this" + (log.isEmpty() ? "" : " with the log " + log))), e);
        }
    }

    private static final Pattern ITEM = Pattern.compile("(events|sources|organizations)\\[(\\d{1,9})]");

    /** The second pass: ids, references, article passages and the rules that span fields. */
    static final class CrossCheck {
        final String file;
        final Draft draft;
        final ArticleReader articles;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, PassageLocator> locators = new HashMap<>();
        /** Ids that are declared but could not be used (their file or fields are wrong): not "unknown". */
        final Set<String> brokenSources = new HashSet<>();
        final Set<String> brokenOrganizations = new HashSet<>();
        final Map<String, Organization> organizations = new LinkedHashMap<>();
        int version;

        CrossCheck(String file, Draft draft, ArticleReader articles) {
            this.file = file;
            this.draft = draft;
            this.articles = articles;
        }

        /**
         * A check of events against an already loaded dataset (its sources and organizations), under the newest
         * version's rules; only the locators of {@code cited} sources are built.
         */
        CrossCheck(String file, Dataset context, Set<String> cited, Map<String, PassageLocator> locatorCache) {
            this(file, null, null);
            version = SCHEMA_VERSION;
            for (Source s : context.sources()) {
                sources.put(s.id(), s);
                if (cited.contains(s.id())) locators.put(s.id(), locatorCache.computeIfAbsent(s.id(), id -> new PassageLocator(s.text())));
            }
            for (Organization o : context.organizations()) organizations.put(o.id(), o);
        }

        void report(String path, int line, String message) {
            problems.add(new Problem(file, path, line, message));
        }

        Dataset dataset(String origin) throws DatasetException {
            problems.addAll(draft.problems());
            version();
            sources();
            organizations();
            List<Event> events = events();
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
                throw new DatasetException(named(problems));
            }
            return new Dataset(draft.title(), origin, new ArrayList<>(sources.values()),
                    new ArrayList<>(organizations.values()), events, draft.terms().licence(), draft.terms().attribution());
        }

        /** Each problem inside an event, source or organization that has an id also names that item. */
        List<Problem> named(List<Problem> found) {
            List<Problem> out = new ArrayList<>(found.size());
            for (Problem p : found) out.add(p.naming(itemAt(p.path())));
            return out;
        }

        private String itemAt(String path) {
            if (path == null) return null;
            Matcher m = ITEM.matcher(path);
            if (!m.lookingAt()) return null;
            int i = Integer.parseInt(m.group(2));
            String id = switch (m.group(1)) {
                case "events" -> i < draft.events().size() ? draft.events().get(i).id : null;
                case "sources" -> i < draft.sources().size() ? draft.sources().get(i).id() : null;
                default -> i < draft.organizations().size() ? draft.organizations().get(i).id() : null;
            };
            if (id == null) return null;
            String kind = switch (m.group(1)) {
                case "events" -> "event";
                case "sources" -> "source";
                default -> "organization";
            };
            return kind + " " + ProblemText.id(id);
        }

        void version() {
            String v = draft.schemaVersion();
            if (v == null || v.isEmpty()) return; // missing: reported as a required field; wrong type: reported
            if (v.equals("1") || v.equals("2") || v.equals("3")) {
                version = Integer.parseInt(v);
            } else {
                report("schemaVersion", draft.versionLine(), "must be 1, 2 or 3 (this app reads versions 1 to "
                        + SCHEMA_VERSION + "), was " + ProblemText.clip(v, 20));
                return;
            }
            for (DatasetParser.NewerField use : draft.newer()) {
                if (use.version() > version) {
                    report(use.path().toString(), use.line(), use.field() + " is schema version " + use.version()
                            + "; set \"schemaVersion\": " + use.version());
                }
            }
        }

        void sources() {
            Map<String, SourceDraft> first = new HashMap<>();
            for (SourceDraft s : draft.sources()) {
                if (s.id() != null) {
                    SourceDraft earlier = first.putIfAbsent(s.id(), s);
                    if (earlier != null) {
                        report(s.path().field("id").toString(), s.idLine(), "duplicate source id " + ProblemText.id(s.id())
                                + " (first defined at " + earlier.path() + ", line " + earlier.idLine() + ")");
                        continue;
                    }
                }
                String text = null;
                if (s.file() != null) {
                    try {
                        text = DatasetFiles.decodeUtf8(articles.read(s.file()));
                    } catch (FileProblem e) {
                        report(s.path().field("file").toString(), s.fileLine(), "the article " + ProblemText.quote(s.file()) + " " + e.getMessage()
                                + (e.line() > 0 ? " (line " + e.line() + " of the article)" : ""));
                    }
                }
                if (s.id() == null) continue;
                if (text == null || s.title() == null || s.language() == null) {
                    brokenSources.add(s.id());
                    continue;
                }
                PassageLocator locator = new PassageLocator(text);
                List<Passage> furniture = new ArrayList<>(s.furniture().size());
                for (PassageDraft f : s.furniture()) {
                    Passage located = resolve(s.id(), locator, f, problems);
                    if (located != null) furniture.add(located);
                }
                sources.put(s.id(), new Source(s.id(), s.file(), s.title(), s.language(), s.published(), s.note(),
                        s.outlet(), s.author(), s.url(), furniture, text));
                locators.put(s.id(), locator);
            }
        }

        void organizations() {
            Map<String, OrganizationDraft> first = new HashMap<>();
            for (OrganizationDraft o : draft.organizations()) {
                if (o.id() == null) continue;
                OrganizationDraft earlier = first.putIfAbsent(o.id(), o);
                if (earlier != null) {
                    report(o.path().field("id").toString(), o.idLine(), "duplicate organization id " + ProblemText.id(o.id())
                            + " (first defined at " + earlier.path() + ", line " + earlier.idLine() + ")");
                    continue;
                }
                if (o.valid()) organizations.put(o.id(), new Organization(o.id(), o.name(), o.country(), o.aliases()));
                else brokenOrganizations.add(o.id());
            }
        }


        List<Event> events() {
            List<EventDraft> drafts = draft.events();
            int n = drafts.size();
            Event[] built = new Event[n];
            @SuppressWarnings("unchecked")
            List<Problem>[] found = new List[n];
            // Events are independent of each other, so they are checked on every core; their problems are merged
            // back in file order, and duplicate ids are found afterwards, in order.
            IntStream.range(0, n).parallel().forEach(i -> {
                List<Problem> local = new ArrayList<>(0);
                built[i] = event(drafts.get(i), local);
                found[i] = local;
            });
            Map<String, EventDraft> first = new HashMap<>(n * 2);
            List<Event> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                EventDraft d = drafts.get(i);
                EventDraft earlier = d.id == null ? null : first.putIfAbsent(d.id, d);
                if (earlier != null) {
                    report(d.path.field("id").toString(), d.idLine, "duplicate event id " + ProblemText.id(d.id)
                            + " (first defined at " + earlier.path + ", line " + earlier.idLine + ")");
                }
                problems.addAll(found[i]);
                if (built[i] != null && earlier == null) result.add(built[i]);
            }
            return byDate(result);
        }

        /**
         * The events by date, then id. Sorted on primitive keys (date order and position packed in one long), then
         * each run of equal dates by id: a comparator sort of 100,000 events cost a tenth of a load.
         */
        static List<Event> byDate(List<Event> events) {
            int n = events.size();
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = ((long) events.get(i).date().order() << 27) | i;
            Arrays.sort(keys);
            Event[] sorted = new Event[n];
            for (int i = 0; i < n; i++) sorted[i] = events.get((int) (keys[i] & ((1 << 27) - 1)));
            for (int from = 0; from < n; ) {
                int to = from + 1;
                while (to < n && keys[to] >>> 27 == keys[from] >>> 27) to++;
                if (to - from > 1) Arrays.sort(sorted, from, to, Comparator.comparing(Event::id));
                from = to;
            }
            return Arrays.asList(sorted);
        }

        /** Checks one event's references; returns it, or null if it or its references have problems. */
        Event event(EventDraft d, List<Problem> out) {
            int before = out.size();
            for (Ref r : d.organizations) {
                if (!organizations.containsKey(r.value()) && !brokenOrganizations.contains(r.value())) {
                    out.add(new Problem(file, r.path(), r.line(), "unknown organization id " + ProblemText.id(r.value())
                            + " (not in \"organizations\")" + ProblemText.suggestion(r.value(), organizationIds())));
                }
            }
            List<Passage> passages = new ArrayList<>(d.passages.size());
            for (PassageDraft p : d.passages) {
                Passage located = locate(p, out);
                if (located != null) passages.add(located);
            }
            List<Correction> corrections = new ArrayList<>(d.corrections.size());
            for (CorrectionDraft c : d.corrections) {
                Passage claim = locate(c.claim(), out);
                boolean ok = claim != null;
                List<Integer> indexes = new ArrayList<>(c.evidence().size());
                for (Ref r : c.evidence()) {
                    int k = Integer.parseInt(r.value());
                    int count = d.evidenceCount;
                    if (k < 0 || k >= count) {
                        out.add(new Problem(file, r.path(), r.line(), "evidence index " + k + " does not exist: the event has "
                                + count + " evidence entr" + (count == 1 ? "y" : "ies")
                                + (count == 0 ? "" : " (0 to " + (count - 1) + ")")));
                        ok = false;
                    }
                    indexes.add(k);
                }
                if (ok) corrections.add(new Correction(claim, c.verdict(), c.text(), indexes));
            }
            if (d.kind == EventKind.CONTEXT && d.valid) context(d, out);
            if (!d.passagesGiven && d.valid) missingPassages(d, out);
            // A release sourced by the record alone (version 3) may omit access where the record does not say.
            boolean recordSourced = version >= 3 && !d.passagesGiven;
            if (version >= 2 && d.category == Category.RELEASE && d.access == null && d.kind != EventKind.CONTEXT && d.valid
                    && !recordSourced) {
                out.add(new Problem(file, d.path.field("access").toString(), d.line, "a release must say how open it is: \"access\" is one of "
                        + String.join(", ", org.aitimeline.model.Coded.ids(Access.class))));
            }
            if ((d.access == Access.OPEN_SOURCE || d.access == Access.OPEN_WEIGHTS) && d.licence == null && d.valid) {
                out.add(new Problem(file, d.path.field("licence").toString(), d.line, "an " + d.access.id()
                        + " release must name its licence (an SPDX id such as \"Apache-2.0\", or the licence's name)"));
            }
            if (!d.valid || out.size() != before) return null;
            List<String> orgIds = new ArrayList<>(d.organizations.size());
            for (Ref r : d.organizations) orgIds.add(r.value());
            return new Event(d.id, d.kind, d.date, d.dateNote, d.title, d.summary, d.category, orgIds, d.countries, d.models, d.aliases, passages,
                    d.access, d.licence, d.evidence, corrections);
        }

        /** A context event is history dated by the record: it needs evidence for its date and is no release. */
        void context(EventDraft d, List<Problem> out) {
            if (d.access != null) {
                out.add(new Problem(file, d.path.field("access").toString(), d.accessLine, "a context event is history an "
                        + "article compares with, not a release of the story: remove \"access\""));
            }
            boolean dated = d.evidence.stream().anyMatch(ev -> ev.supports().contains(Evidence.Support.DATE));
            if (!dated) {
                out.add(new Problem(file, d.path.field("evidence").toString(), d.line, "a context event is dated by the "
                        + "public record: give evidence that supports its date (\"supports\": [\"date\"])"));
            }
        }

        /**
         * An event without "passages": allowed from version 3 when its evidence supports its fact (the public record
         * is its source); otherwise the missing field is reported with what would make it valid.
         */
        void missingPassages(EventDraft d, List<Problem> out) {
            boolean recordSourced = d.evidence.stream().anyMatch(ev -> ev.supports().contains(Evidence.Support.FACT));
            if (recordSourced && version >= 3) return;
            String hint = recordSourced
                    ? " (an event sourced by its evidence alone needs \"schemaVersion\": 3)"
                    : " (cite a passage of an article, or, in schema version 3, evidence that supports \"fact\")";
            out.add(new Problem(file, d.path.field("passages").toString(), d.line, "required field is missing" + hint));
        }

        private Set<String> organizationIds() {
            Set<String> ids = new HashSet<>(organizations.keySet());
            ids.addAll(brokenOrganizations);
            return ids;
        }

        /**
         * Resolves a passage in its article; null (with a problem, unless its article is already reported) if not.
         * A passage is the article's own words, so it must not overlap the article's page furniture.
         */
        Passage locate(PassageDraft p, List<Problem> out) {
            String sourceId = p.source().value();
            PassageLocator locator = locators.get(sourceId);
            if (locator == null) {
                if (!brokenSources.contains(sourceId)) {
                    Set<String> ids = new HashSet<>(sources.keySet());
                    ids.addAll(brokenSources);
                    out.add(new Problem(file, p.source().path(), p.source().line(), "unknown source id "
                            + ProblemText.id(sourceId) + " (not in \"sources\")" + ProblemText.suggestion(sourceId, ids)));
                }
                return null;
            }
            Passage found = resolve(sourceId, locator, p, out);
            if (found == null) return null;
            Passage furniture = sources.get(sourceId).furnitureOverlapping(found.start(), found.end()).orElse(null);
            if (furniture != null) {
                out.add(new Problem(file, p.path().field("exact").toString(), p.exactLine(), "the quote overlaps text that source "
                        + ProblemText.id(sourceId) + " marks as page furniture (" + ProblemText.quote(furniture.exact().strip())
                        + "); quote the article's own words: " + ProblemText.quote(p.exact())));
                return null;
            }
            return found;
        }

        /** Finds a quote in one article's text; null (with a problem) when it is not there exactly once. */
        Passage resolve(String sourceId, PassageLocator locator, PassageDraft p, List<Problem> out) {
            PassageLocator.Location loc = locator.locate(p.exact(), p.prefix(), p.suffix());
            if (loc.kind() == PassageLocator.Kind.FOUND) {
                return new Passage(sourceId, p.exact(), p.prefix(), p.suffix(), loc.start(), loc.end());
            }
            String at = p.path().field("exact").toString();
            switch (loc.kind()) {
                case FOUND -> throw new AssertionError();
                case NOT_FOUND -> {
                    boolean bare = (p.prefix() == null || p.prefix().isEmpty()) && (p.suffix() == null || p.suffix().isEmpty());
                    out.add(new Problem(file, at, p.exactLine(), bare || locator.occurrences(p.exact()) == 0
                            ? "text not found in source " + ProblemText.id(sourceId) + ": " + ProblemText.quote(p.exact())
                            : "text found in source " + ProblemText.id(sourceId) + " but not with the given prefix/suffix: "
                                    + ProblemText.quote(p.exact())));
                }
                case AMBIGUOUS -> out.add(new Problem(file, at, p.exactLine(), "text occurs " + loc.count() + " times in source "
                        + ProblemText.id(sourceId) + "; add a prefix or suffix that makes it unique: " + ProblemText.quote(p.exact())));
            }
            return null;
        }
    }
}
