package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.aitimeline.data.JsonCursor.At;
import org.aitimeline.data.JsonCursor.FieldNames;
import org.aitimeline.data.JsonCursor.Obj;
import org.aitimeline.data.JsonCursor.Ref;
import org.aitimeline.data.JsonCursor.TextRule;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Verdict;

/**
 * The first pass over a dataset file: Jackson's streaming parser, no tree. Every field is type-checked and
 * validated on its own where it stands (with its line); what needs the whole file (ids, article passages) is
 * kept in drafts with its path and line for {@link DatasetLoader} to cross-check afterwards.
 */
final class DatasetParser {

    static final FieldNames TOP = new FieldNames("$schema", "schemaVersion", "title", "licence", "attribution", "sources",
            "organizations", "events");
    static final FieldNames SOURCE = new FieldNames("id", "file", "title", "language", "published", "publishedNote",
            "outlet", "author", "url", "furniture");
    static final FieldNames ORGANIZATION = new FieldNames("id", "name", "country", "aliases");
    static final FieldNames EVENT = new FieldNames("id", "kind", "date", "dateNote", "title", "summary", "category",
            "organizations", "countries", "models", "aliases", "passages", "access", "licence", "evidence", "corrections");
    /** Event fields that schema version 1 does not have. */
    static final Set<String> VERSION_2_FIELDS = Set.of("kind", "access", "licence", "evidence", "corrections");
    /** Source fields that schema version 3 adds. */
    static final List<String> VERSION_3_SOURCE_FIELDS = List.of("outlet", "author", "url", "furniture");
    static final FieldNames PASSAGE = new FieldNames("source", "exact", "prefix", "suffix");
    /** A range of page furniture: a quote of its own source, so no "source" field. */
    static final FieldNames FURNITURE = new FieldNames("exact", "prefix", "suffix");
    static final FieldNames EVIDENCE = new FieldNames("title", "publisher", "url", "published", "supports");
    static final FieldNames CORRECTION = new FieldNames("claim", "verdict", "text", "evidence");
    static final int MAX_NESTING = 64;
    static final int MAX_NUMBER_DIGITS = 30;

    private static final JsonFactory FACTORY = factory(MAX_NESTING);

    record SourceDraft(At path, int line, String id, int idLine, String file, int fileLine, String title,
                       String language, PartialDate published, String note, String outlet, String author, String url,
                       List<PassageDraft> furniture) {
    }

    record OrganizationDraft(At path, int line, String id, int idLine, String name, String country,
                             List<String> aliases, boolean valid) {
    }

    /** A quote to find in an article; {@code source} is null for furniture, which quotes its own source. */
    record PassageDraft(At path, int line, Ref source, String exact, int exactLine, String prefix, String suffix) {
    }

    record CorrectionDraft(At path, int line, PassageDraft claim, Verdict verdict, LocalizedText text,
                           List<Ref> evidence) {
    }

    /** One event as read: what is valid on its own, with {@code valid} false when a field of it was wrong. */
    static final class EventDraft {
        At path;
        int line;
        String id;
        int idLine;
        EventKind kind = EventKind.EVENT;
        PartialDate date;
        LocalizedText dateNote;
        LocalizedText title;
        LocalizedText summary;
        Category category;
        List<Ref> organizations = List.of();
        List<String> countries = List.of();
        List<String> models = List.of();
        List<String> aliases = List.of();
        List<PassageDraft> passages = List.of();
        int passagesLine;
        /** Whether "passages" is in the file: schema version 3 lets evidence that supports "fact" stand in for it. */
        boolean passagesGiven;
        Access access;
        int accessLine;
        String licence;
        int licenceLine;
        List<Evidence> evidence = List.of();
        /** Entries of "evidence" in the file, valid or not: what correction indexes are checked against. */
        int evidenceCount;
        List<CorrectionDraft> corrections = List.of();
        boolean valid = true;
    }

    /**
     * A field (or a form of a value) that an older schema version does not have, used somewhere, so that an older
     * file can be told which version it needs.
     *
     * @param field how the message names it: {@code "evidence"}, {@code "kind": "context"}
     */
    record NewerField(At path, int line, String field, int version) {
    }

    /** The dataset's own licence and attribution (schema version 3) with their lines, 0 when absent. */
    record Terms(String licence, int licenceLine, String attribution, int attributionLine) {
        static final Terms NONE = new Terms(null, 0, null, 0);
    }

    /** Everything the first pass found. {@code fatal} is set when the file is not JSON at all beyond some point. */
    record Draft(String schemaVersion, int versionLine, LocalizedText title, List<SourceDraft> sources,
                 List<OrganizationDraft> organizations, List<EventDraft> events, List<NewerField> newer,
                 List<Problem> problems, boolean fatal, Terms terms) {
    }

    private final JsonCursor in;
    private final String file;
    private String schemaVersion;
    private int versionLine;
    private LocalizedText title;
    private Terms terms = Terms.NONE;
    private final List<SourceDraft> sources = new ArrayList<>();
    private final List<OrganizationDraft> organizations = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();
    private final List<NewerField> newer = new ArrayList<>();

    private DatasetParser(JsonParser parser, String file, int lineBase) {
        this.in = new JsonCursor(parser, file, lineBase);
        this.file = file;
    }

    /** Files at least this large have their events parsed in slices of this size on every core. */
    static final int SLICE_BYTES = 4 << 20;

    /** Parses the text of a dataset file; never throws for bad content, which ends up in the draft's problems. */
    static Draft parse(String file, byte[] json, int offset) {
        return parse(file, json, offset, SLICE_BYTES);
    }

    static Draft parse(String file, byte[] json, int offset, int sliceBytes) {
        if (json.length - offset >= 2L * sliceBytes && Runtime.getRuntime().availableProcessors() > 1) {
            EventSlices slices = EventSlices.find(json, offset, sliceBytes);
            Draft draft = slices == null ? null : parseSliced(file, json, offset, slices);
            if (draft != null) return draft;
        }
        return parseWhole(file, json, offset);
    }

    /** The one-piece parse: the reference for every message. */
    static Draft parseWhole(String file, byte[] json, int offset) {
        try (JsonParser parser = FACTORY.createParser(json, offset, json.length - offset)) {
            DatasetParser self = new DatasetParser(parser, file, 0);
            return self.run();
        } catch (IOException e) {
            // Only a closed string reader could throw here; keep the promise of a problem, not an exception.
            return failed(file, 0, "the file cannot be read: " + DatasetFiles.reason(e));
        }
    }

    /** The events' depth in a slice is one less than in the file; the limit is lowered to match. */
    private static final JsonFactory SLICE_FACTORY = factory(MAX_NESTING - 1);

    private static JsonFactory factory(int maxNesting) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNesting).maxNumberLength(MAX_NUMBER_DIGITS).build())
                .build();
    }

    /**
     * The fast path for large files: the events array's slices are parsed in parallel and the rest of the file with
     * the array replaced by an empty one on as many lines. It only ever answers for a file without a single problem
     * (null otherwise), so every message comes from the one-piece parse and reads exactly the same.
     */
    private static Draft parseSliced(String file, byte[] json, int offset, EventSlices slices) {
        int count = slices.count();
        // Each slice's first line: the line breaks before it, counted per slice on every core, then summed.
        int[] breaks = new int[count];
        IntStream.range(0, count).parallel().forEach(k -> breaks[k] = EventSlices.lineBreaks(json, slices.from(k) - 1, slices.to(k)));
        int[] lineBase = new int[count];
        int inArray = 0;
        for (int k = 0; k < count; k++) {
            lineBase[k] = slices.lineBreaksBefore + inArray;
            inArray += breaks[k];
        }
        DatasetParser[] parsed = new DatasetParser[count];
        // Each slice's events are numbered from its own first event, whose index is known once all are read.
        int[][] firstIndex = new int[count][1];
        boolean clean = IntStream.range(0, count).parallel().allMatch(k -> {
            int from = slices.from(k);
            int to = slices.to(k);
            byte[] bytes = new byte[to - from + 2];
            bytes[0] = '[';
            System.arraycopy(json, from, bytes, 1, to - from);
            bytes[bytes.length - 1] = ']';
            try (JsonParser parser = SLICE_FACTORY.createParser(bytes)) {
                DatasetParser self = new DatasetParser(parser, file, lineBase[k]);
                parsed[k] = self;
                return self.slice(firstIndex[k]);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
        if (!clean) return null;
        for (int k = 1; k < count; k++) firstIndex[k][0] = firstIndex[k - 1][0] + parsed[k - 1].events.size();
        int before = slices.arrayStart - offset;
        int after = json.length - slices.arrayEnd - 1;
        byte[] rest = new byte[before + 2 + inArray + after];
        System.arraycopy(json, offset, rest, 0, before);
        rest[before] = '[';
        Arrays.fill(rest, before + 1, before + 1 + inArray, (byte) '\n');
        rest[before + 1 + inArray] = ']';
        System.arraycopy(json, slices.arrayEnd + 1, rest, before + 2 + inArray, after);
        Draft top = parseWhole(file, rest, 0);
        if (top.fatal() || !top.problems().isEmpty()) return null;
        List<EventDraft> events = new ArrayList<>();
        List<NewerField> newer = new ArrayList<>(top.newer());
        for (DatasetParser p : parsed) {
            events.addAll(p.events);
            newer.addAll(p.newer);
        }
        return new Draft(top.schemaVersion(), top.versionLine(), top.title(), top.sources(), top.organizations(), events,
                newer, List.of(), false, top.terms());
    }

    /**
     * Reads one event object on its own, as {@link org.aitimeline.data.EventCheck} does: the same field rules as in
     * a file, with paths relative to the event ({@code title.en}, {@code passages[0].exact}).
     */
    static Draft parseEvent(String file, byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            DatasetParser self = new DatasetParser(parser, file, 0);
            self.in.next();
            self.event(At.ROOT);
            return new Draft(null, 0, null, List.of(), List.of(), self.events, self.newer, self.in.problems, false, Terms.NONE);
        } catch (IOException e) {
            return failed(file, 0, "the event cannot be read: " + DatasetFiles.reason(e));
        }
    }

    /**
     * Reads one organization object on its own, as {@link org.aitimeline.data.EventCheck#checkOrganization} does: the
     * same field rules as in a file, with paths relative to the organization ({@code name}, {@code country}).
     */
    static Draft parseOrganization(String file, byte[] json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            DatasetParser self = new DatasetParser(parser, file, 0);
            self.in.next();
            self.organization(At.ROOT);
            return new Draft(null, 0, null, List.of(), self.organizations, List.of(), self.newer, self.in.problems, false,
                    Terms.NONE);
        } catch (IOException e) {
            return failed(file, 0, "the organization cannot be read: " + DatasetFiles.reason(e));
        }
    }

    /** Reads one slice, an array of events numbered from {@code first[0]}; true when it has no problem at all. */
    private boolean slice(int[] first) throws IOException {
        At at = At.ROOT.field("events");
        if (in.next() != JsonToken.START_ARRAY) return false;
        in.array(at, i -> event(at.index(first, i)));
        return in.next() == null && in.problems.isEmpty();
    }

    private static Draft failed(String file, int line, String message) {
        return new Draft(null, 0, null, List.of(), List.of(), List.of(), List.of(),
                List.of(new Problem(file, "", line, message)), true, Terms.NONE);
    }

    private Draft run() {
        try {
            JsonToken first = in.next();
            if (first == null) return failed(file, 1, "the file is empty; a dataset is a JSON object");
            Obj top = in.object(At.ROOT, TOP, this::topField);
            if (top != null) in.require(top, At.ROOT, "schemaVersion", "title", "sources", "organizations", "events");
            // One JSON document per file: anything after it (a second dataset, "garbage", "}}}") is refused.
            JsonToken after;
            try {
                after = in.next();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                in.report(At.ROOT, (int) in.parser().currentLocation().getLineNr(),
                        "there is content after the end of the JSON document; a dataset file holds exactly one object");
            }
        } catch (StreamConstraintsException e) {
            return failed(file, lineOf(e), constraintMessage(e));
        } catch (JsonProcessingException e) {
            return syntaxError(e);
        } catch (IOException e) {
            return failed(file, 0, "the file cannot be read: " + DatasetFiles.reason(e));
        }
        return new Draft(schemaVersion, versionLine, title, sources, organizations, events, newer, in.problems, false, terms);
    }

    /**
     * A syntax error in plain words. A missing comma is only noticed at the next value, a line too late, so the
     * problem is put on the line of the value it should follow, which is where the comma goes.
     */
    private Draft syntaxError(JsonProcessingException e) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int line = lineOf(e);
        JsonLocation last = in.parser().currentTokenLocation();
        int lastLine = last == null ? 0 : (int) last.getLineNr();
        String closer = raw.contains("Object entries") ? "}" : raw.contains("Array entries") ? "]" : null;
        if (closer != null && lastLine > 0) {
            return failed(file, lastLine, "malformed JSON: expected ',' or '" + closer + "' after the value on line " + lastLine);
        }
        if (raw.startsWith("Unexpected character ('}'") && raw.contains("double-quote to start field name") && lastLine > 0) {
            return failed(file, line, "malformed JSON" + columnOf(e) + ": '}' follows a ',' (on line " + lastLine
                    + "); JSON allows no comma after the last field");
        }
        if (raw.startsWith("Unexpected end-of-input")) {
            return failed(file, line, "malformed JSON: the file ends before every object and array is closed (a '}' or ']' is missing)");
        }
        return failed(file, line, "malformed JSON" + columnOf(e) + ": " + jsonMessage(e));
    }

    /** The error's line, or (constraint errors carry none) the line the parser had reached. */
    private int lineOf(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return line > 0 ? line : Math.max(1, (int) in.parser().currentLocation().getLineNr());
    }

    private static String columnOf(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getColumnNr() <= 0 ? "" : " at column " + e.getLocation().getColumnNr();
    }

    /** Jackson's words for a syntax error, without its source excerpt or class names, and short. */
    static String jsonMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        m = m.replaceAll("\\s*\\[Source:[^\\]]*\\]", "").replaceAll("\\s*\\(start marker at[^)]*\\)\\)?", "");
        // Jackson's "('x' (code 120))" is a character code only a programmer needs.
        m = m.replaceAll("\\('(.{1,2})' \\(code \\d+\\)\\)", "'$1'").replaceAll("\\s*\\(code \\d+\\)", "");
        return ProblemText.clip(m.strip(), 160);
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Number value length")) return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
        if (m.contains("nesting depth")) return "objects and arrays are nested more than " + MAX_NESTING + " levels deep";
        if (m.contains("String value length")) return "a string is longer than the parser's limit";
        return "the file exceeds a limit of the JSON parser";
    }

    // ----- top level -----

    private void topField(String name) throws IOException {
        At at = At.ROOT.field(name);
        switch (name) {
            case "$schema" -> in.string(at, TextRule.URL, false);
            case "schemaVersion" -> {
                versionLine = in.line();
                JsonToken t = in.token();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    schemaVersion = in.parser().getText();
                } else {
                    schemaVersion = "";
                    in.report(at, versionLine, "must be the number 1, 2 or 3, was " + JsonCursor.describe(t));
                    in.skip();
                }
            }
            case "title" -> title = localizedOrPlain(at, TextRule.TITLE, true, "a \"title\" in two languages");
            case "licence" -> {
                int line = in.line();
                newer.add(new NewerField(at, line, "\"licence\"", 3));
                terms = new Terms(in.string(at, TextRule.NAME, true), line, terms.attribution(), terms.attributionLine());
            }
            case "attribution" -> {
                int line = in.line();
                newer.add(new NewerField(at, line, "\"attribution\"", 3));
                terms = new Terms(terms.licence(), terms.licenceLine(), in.string(at, TextRule.TEXT, true), line);
            }
            case "sources" -> in.array(at, i -> source(at.index(i)));
            case "organizations" -> in.array(at, i -> organization(at.index(i)));
            case "events" -> in.array(at, i -> event(at.index(i)));
            default -> in.skip();
        }
    }

    // ----- sources and organizations -----

    private void source(At path) throws IOException {
        String[] id = new String[1];
        int[] idLine = new int[1];
        String[] fileName = new String[1];
        int[] fileLine = new int[1];
        String[] titleText = new String[1];
        String[] language = new String[1];
        PartialDate[] published = new PartialDate[1];
        String[] note = new String[1];
        String[] about = new String[3];
        List<PassageDraft> furniture = new ArrayList<>();
        Obj o = in.object(path, SOURCE, name -> {
            switch (name) {
                case "id" -> {
                    idLine[0] = in.line();
                    id[0] = in.string(path.field(name), TextRule.ID, true);
                }
                case "file" -> {
                    fileLine[0] = in.line();
                    fileName[0] = in.string(path.field(name), TextRule.URL, true);
                }
                case "title" -> titleText[0] = in.string(path.field(name), TextRule.TITLE, true);
                case "language" -> language[0] = in.string(path.field(name), TextRule.CODE, true);
                case "published" -> published[0] = in.date(path.field(name), false);
                case "publishedNote" -> note[0] = in.string(path.field(name), TextRule.TEXT, false);
                case "outlet" -> about[0] = in.string(path.field(name), TextRule.NAME, true);
                case "author" -> about[1] = in.string(path.field(name), TextRule.NAME, true);
                case "url" -> about[2] = url(path.field(name));
                case "furniture" -> in.array(path.field(name), k -> {
                    PassageDraft f = furniture(path.field(name).index(k));
                    if (f != null) furniture.add(f);
                });
                default -> in.skip();
            }
        });
        if (o == null) return;
        in.require(o, path, "id", "file", "title", "language");
        for (String f : VERSION_3_SOURCE_FIELDS) {
            if (o.has(f)) newer.add(new NewerField(path.field(f), o.lineOf(f), "\"" + f + "\"", 3));
        }
        sources.add(new SourceDraft(path, o.line(), id[0], idLine[0], fileName[0], fileLine[0], titleText[0],
                language[0], published[0], note[0], about[0], about[1], about[2], List.copyOf(furniture)));
    }

    private void organization(At path) throws IOException {
        String[] id = new String[1];
        int[] idLine = new int[1];
        String[] name = new String[1];
        String[] country = new String[1];
        List<List<String>> aliases = new ArrayList<>(List.of(List.of()));
        int before = in.problems.size();
        Obj o = in.object(path, ORGANIZATION, field -> {
            switch (field) {
                case "id" -> {
                    idLine[0] = in.line();
                    id[0] = in.string(path.field(field), TextRule.ID, true);
                }
                case "name" -> name[0] = in.string(path.field(field), TextRule.NAME, true);
                case "country" -> country[0] = country(path.field(field));
                case "aliases" -> aliases.set(0, in.strings(path.field(field), TextRule.NAME));
                default -> in.skip();
            }
        });
        if (o == null) return;
        in.require(o, path, "id", "name", "country");
        organizations.add(new OrganizationDraft(path, o.line(), id[0], idLine[0], name[0], country[0], aliases.get(0),
                in.problems.size() == before));
    }

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private String country(At path) throws IOException {
        int line = in.line();
        String code = in.string(path, TextRule.CODE, true);
        if (code == null) return null;
        if (!COUNTRIES.contains(code)) {
            in.report(path, line, "unknown country code " + ProblemText.quote(code)
                    + " (expected an ISO 3166-1 alpha-2 code such as \"US\" or \"CN\")");
            return null;
        }
        return code;
    }

    // ----- events -----

    private void event(At path) throws IOException {
        EventDraft e = new EventDraft();
        e.path = path;
        int before = in.problems.size();
        Obj o = in.object(path, EVENT, name -> eventField(e, name));
        if (o == null) return;
        e.line = o.line();
        // "passages" is required unless evidence supports the fact (version 3): checked with the version, in the loader.
        in.require(o, path, "id", "date", "title", "summary", "category");
        e.passagesGiven = o.has("passages");
        for (String f : VERSION_2_FIELDS) {
            if (o.has(f)) newer.add(new NewerField(path.field(f), o.lineOf(f), "\"" + f + "\"", 2));
        }
        if (o.has("passages") && e.passages.isEmpty() && in.problems.size() == before) {
            in.report(path.field("passages"), e.passagesLine, "an event needs at least one passage of an article");
        }
        e.valid = in.problems.size() == before;
        events.add(e);
    }

    private void eventField(EventDraft e, String name) throws IOException {
        At at = e.path.field(name);
        switch (name) {
            case "id" -> {
                e.idLine = in.line();
                e.id = in.string(at, TextRule.ID, true);
            }
            case "kind" -> {
                int line = in.line();
                e.kind = in.coded(at, EventKind.class, "kind");
                if (e.kind == EventKind.CONTEXT) newer.add(new NewerField(at, line, "\"kind\": \"context\"", 3));
            }
            case "date" -> e.date = in.date(at, true);
            case "dateNote" -> e.dateNote = localizedOrPlain(at, TextRule.TEXT, false, "a \"dateNote\" in two languages");
            case "title" -> e.title = in.localized(at, TextRule.TITLE);
            case "summary" -> e.summary = in.localized(at, TextRule.TEXT);
            case "category" -> e.category = in.coded(at, Category.class, "category");
            case "organizations" -> e.organizations = in.refs(at, TextRule.ID);
            case "countries" -> {
                List<String> codes = new ArrayList<>();
                in.array(at, k -> {
                    String c = country(at.index(k));
                    if (c != null) codes.add(in.canonical(c));
                });
                e.countries = List.copyOf(codes);
            }
            case "models" -> e.models = in.strings(at, TextRule.NAME);
            case "aliases" -> e.aliases = in.strings(at, TextRule.NAME);
            case "passages" -> {
                e.passagesLine = in.line();
                List<PassageDraft> list = new ArrayList<>();
                in.array(at, k -> {
                    PassageDraft p = passage(at.index(k));
                    if (p != null) list.add(p);
                });
                e.passages = list;
            }
            case "access" -> {
                e.accessLine = in.line();
                e.access = in.coded(at, Access.class, "access");
            }
            case "licence" -> {
                e.licenceLine = in.line();
                e.licence = in.string(at, TextRule.NAME, true);
            }
            case "evidence" -> {
                List<Evidence> list = new ArrayList<>();
                in.array(at, k -> {
                    e.evidenceCount++;
                    Evidence ev = evidence(at.index(k));
                    if (ev != null) list.add(ev);
                });
                e.evidence = list;
            }
            case "corrections" -> {
                List<CorrectionDraft> list = new ArrayList<>();
                in.array(at, k -> {
                    CorrectionDraft c = correction(at.index(k));
                    if (c != null) list.add(c);
                });
                e.corrections = list;
            }
            default -> in.skip();
        }
    }

    private PassageDraft passage(At path) throws IOException {
        Ref[] source = new Ref[1];
        String[] texts = new String[3];
        int[] exactLine = new int[1];
        int before = in.problems.size();
        Obj o = in.object(path, PASSAGE, name -> {
            switch (name) {
                case "source" -> source[0] = in.ref(path.field(name), TextRule.ID);
                case "exact" -> {
                    exactLine[0] = in.line();
                    texts[0] = in.string(path.field(name), TextRule.QUOTE, true);
                }
                case "prefix" -> texts[1] = in.string(path.field(name), TextRule.QUOTE, false);
                case "suffix" -> texts[2] = in.string(path.field(name), TextRule.QUOTE, false);
                default -> in.skip();
            }
        });
        if (o == null) return null;
        in.require(o, path, "source", "exact");
        if (in.problems.size() != before) return null;
        return new PassageDraft(path, o.line(), source[0], texts[0], exactLine[0], texts[1], texts[2]);
    }

    /** A range of page furniture in the source being read: exact, with optional prefix and suffix. */
    private PassageDraft furniture(At path) throws IOException {
        String[] texts = new String[3];
        int[] exactLine = new int[1];
        int before = in.problems.size();
        Obj o = in.object(path, FURNITURE, name -> {
            switch (name) {
                case "exact" -> {
                    exactLine[0] = in.line();
                    texts[0] = in.string(path.field(name), TextRule.QUOTE, true);
                }
                case "prefix" -> texts[1] = in.string(path.field(name), TextRule.QUOTE, false);
                case "suffix" -> texts[2] = in.string(path.field(name), TextRule.QUOTE, false);
                default -> in.skip();
            }
        });
        if (o == null) return null;
        in.require(o, path, "exact");
        if (in.problems.size() != before) return null;
        return new PassageDraft(path, o.line(), null, texts[0], exactLine[0], texts[1], texts[2]);
    }

    /** A text that may be a plain string or given in both languages; the two-language form is schema version 3. */
    private LocalizedText localizedOrPlain(At at, TextRule rule, boolean required, String what) throws IOException {
        int line = in.line();
        if (in.token() == JsonToken.START_OBJECT) newer.add(new NewerField(at, line, what, 3));
        return in.localizedOrPlain(at, rule, required);
    }

    /** An absolute http(s) URL, or null (reported). */
    private String url(At at) throws IOException {
        int line = in.line();
        String url = in.string(at, TextRule.URL, true);
        String wrong = url == null ? null : urlProblem(url);
        if (wrong != null) {
            in.report(at, line, wrong);
            return null;
        }
        return url;
    }

    private Evidence evidence(At path) throws IOException {
        String[] texts = new String[3];
        PartialDate[] published = new PartialDate[1];
        Set<Evidence.Support> supports = EnumSet.noneOf(Evidence.Support.class);
        int before = in.problems.size();
        Obj o = in.object(path, EVIDENCE, name -> {
            At at = path.field(name);
            switch (name) {
                case "title" -> texts[0] = in.string(at, TextRule.TITLE, true);
                case "publisher" -> texts[1] = in.string(at, TextRule.NAME, true);
                case "url" -> texts[2] = url(at);
                case "published" -> published[0] = in.date(at, true);
                case "supports" -> {
                    int line = in.line();
                    in.array(at, k -> {
                        Evidence.Support s = in.coded(at.index(k), Evidence.Support.class, "'supports' value");
                        if (s != null) supports.add(s);
                    });
                    if (supports.isEmpty() && in.problems.size() == before) {
                        in.report(at, line, "must name what the record supports: date, fact or openness");
                    }
                }
                default -> in.skip();
            }
        });
        if (o == null) return null;
        in.require(o, path, "title", "publisher", "url", "published", "supports");
        if (in.problems.size() != before) return null;
        return new Evidence(texts[0], texts[1], texts[2], published[0], supports);
    }

    /** Why a URL is not an absolute http(s) URL with a host, or null. */
    static String urlProblem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // A zero-width space or a separator hides inside a link that then leads somewhere else than it reads.
            if (Character.getType(c) == Character.FORMAT || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return String.format("contains an invisible or space character (U+%04X) at character %d: ", (int) c, i + 1)
                        + ProblemText.quote(url);
            }
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return "must be an absolute http or https URL: " + ProblemText.quote(url);
            }
            if (uri.getRawUserInfo() != null) {
                return "must not carry a user name or password (before '@'): " + ProblemText.quote(url);
            }
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "must name a host, as in https://example.org/page: " + ProblemText.quote(url);
            }
            if (uri.getPort() == 0 || uri.getPort() > 65535) {
                return "has port " + uri.getPort() + ", outside 1–65535: " + ProblemText.quote(url);
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return "is not a valid URL (" + ProblemText.clip(e.getReason(), 60) + "): " + ProblemText.quote(url);
        }
    }

    private CorrectionDraft correction(At path) throws IOException {
        PassageDraft[] claim = new PassageDraft[1];
        Verdict[] verdict = new Verdict[1];
        LocalizedText[] text = new LocalizedText[1];
        List<Ref> evidence = new ArrayList<>();
        int before = in.problems.size();
        Obj o = in.object(path, CORRECTION, name -> {
            At at = path.field(name);
            switch (name) {
                case "claim" -> claim[0] = passage(at);
                case "verdict" -> verdict[0] = in.coded(at, Verdict.class, "verdict");
                case "text" -> text[0] = in.localized(at, TextRule.TEXT);
                case "evidence" -> {
                    int line = in.line();
                    in.array(at, k -> {
                        int itemLine = in.line();
                        At itemPath = at.index(k);
                        if (in.token() == JsonToken.VALUE_NUMBER_INT && in.parser().getText().length() < 10) {
                            evidence.add(new Ref(in.parser().getText(), itemPath, itemLine));
                        } else {
                            in.report(itemPath, itemLine, "must be the index (0, 1, …) of an entry of this event's \"evidence\"");
                            in.skip();
                        }
                    });
                    if (evidence.isEmpty() && in.problems.size() == before) {
                        in.report(at, line, "a correction must cite at least one entry of the event's \"evidence\"");
                    }
                }
                default -> in.skip();
            }
        });
        if (o == null) return null;
        in.require(o, path, "claim", "verdict", "text", "evidence");
        if (in.problems.size() != before) return null;
        return new CorrectionDraft(path, o.line(), claim[0], verdict[0], text[0], evidence);
    }
}
