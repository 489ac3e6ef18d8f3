package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aitimeline.model.Coded;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;

/**
 * Typed reading over Jackson's streaming parser with validation as it goes: every value is checked where it
 * stands, so each problem carries the JSON path and the line of the value itself. Values that are wrong are
 * reported, skipped and returned as null; reading always continues, so one pass finds every problem.
 */
final class JsonCursor {

    /** The rule a text field follows: its maximum length, whether it may hold line breaks, whether it is an id. */
    record TextRule(int max, boolean multiLine, boolean id) {
        static final TextRule ID = new TextRule(100, false, true);
        static final TextRule CODE = new TextRule(40, false, false);
        static final TextRule NAME = new TextRule(200, false, false);
        static final TextRule TITLE = new TextRule(400, false, false);
        static final TextRule URL = new TextRule(2000, false, false);
        static final TextRule TEXT = new TextRule(10_000, true, false);
        /** Quotes from an article: long, and with the article's own line breaks and spaces. */
        static final TextRule QUOTE = new TextRule(20_000, true, false);
    }

    /** The field names an object may have, for the unknown-field check and its suggestion. */
    record FieldNames(List<String> names, Map<String, Integer> index) {
        FieldNames(String... names) {
            this(List.of(names), indexOf(names));
        }

        private static Map<String, Integer> indexOf(String[] names) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < names.length; i++) m.put(names[i], i);
            return Map.copyOf(m);
        }
    }

    /** What an object turned out to hold: where it opened and the line of each known field it named (0: absent). */
    record Obj(int line, FieldNames names, int[] lines) {
        boolean has(String field) {
            return lineOf(field) > 0;
        }

        int lineOf(String field) {
            Integer i = names.index().get(field);
            return i == null ? 0 : lines[i];
        }
    }

    /**
     * A JSON path built as the parser descends, one small node per step, and spelled out ("events[3].title") only
     * when a message needs it: most values are valid, and building every path as text would cost most of a load.
     */
    static final class At {
        static final At ROOT = new At(null, null, -1, null);
        private final At parent;
        private final String field;
        private final int index;
        /** For an index counted from a position learnt later (a slice of an array parsed on its own): that position. */
        private final int[] base;

        private At(At parent, String field, int index, int[] base) {
            this.parent = parent;
            this.field = field;
            this.index = index;
            this.base = base;
        }

        At field(String name) {
            return new At(this, name, -1, null);
        }

        At index(int i) {
            return new At(this, null, i, null);
        }

        /** Element {@code base[0] + i}, with {@code base[0]} read when the path is spelled out. */
        At index(int[] base, int i) {
            return new At(this, null, i, base);
        }

        @Override
        public String toString() {
            if (parent == null) return "";
            String up = parent.toString();
            if (field == null) return up + "[" + (base == null ? index : base[0] + index) + "]";
            return up.isEmpty() ? field : up + "." + field;
        }
    }

    /** Reads the value of one known field; the parser stands on the value's first token. */
    @FunctionalInterface
    interface FieldReader {
        void read(String name) throws IOException;
    }

    private final JsonParser p;
    private final String file;
    final List<Problem> problems = new ArrayList<>();

    private final int lineBase;

    /** A cursor over {@code parser}, whose first line is line {@code lineBase + 1} of {@code file}. */
    JsonCursor(JsonParser parser, String file, int lineBase) {
        this.p = parser;
        this.file = file;
        this.lineBase = lineBase;
    }

    JsonParser parser() {
        return p;
    }

    JsonToken token() {
        return p.currentToken();
    }

    JsonToken next() throws IOException {
        return p.nextToken();
    }

    /** Line of the current token. */
    int line() {
        // ParserBase keeps the token's row as an int; currentTokenLocation() would allocate for every value.
        return lineBase + (p instanceof ParserBase base ? base.getTokenLineNr() : (int) p.currentTokenLocation().getLineNr());
    }

    /**
     * The one instance of each short text met so far: ids, codes and names repeat across thousands of events, and
     * a loaded dataset then holds each once instead of once per event.
     */
    private final Map<String, String> canonical = new HashMap<>();

    String canonical(String s) {
        if (s == null || s.length() > 64) return s;
        String known = canonical.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    void report(At at, int line, String message) {
        problems.add(new Problem(file, at.toString(), line, message));
    }

    /** Skips the current value with everything inside it. */
    void skip() throws IOException {
        if (p.currentToken() != null && p.currentToken().isStructStart()) p.skipChildren();
    }

    private void wrongType(At at, String expected) throws IOException {
        report(at, line(), "must be " + expected + ", was " + describe(p.currentToken()));
        skip();
    }

    static String describe(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name().toLowerCase(java.util.Locale.ROOT) : t.asString();
        };
    }

    /**
     * Reads the object at the current token, handing each known field to {@code reader}; unknown and repeated
     * fields are reported (with the nearest known name) and skipped. Null when the value is not an object.
     */
    Obj object(At at, FieldNames known, FieldReader reader) throws IOException {
        int line = line();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            if (at.parent == null) report(at, line, "the top level must be a JSON object, was " + describe(p.currentToken()));
            else wrongType(at, "a JSON object");
            skip();
            return null;
        }
        int[] lines = new int[known.names().size()];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int nameLine = line();
            p.nextToken();
            Integer i = known.index().get(name);
            if (i == null) {
                report(at.field(ProblemText.clip(name, 40)), nameLine, "unknown field " + ProblemText.quote(name)
                        + ProblemText.suggestion(name, known.names()));
                skip();
            } else if (lines[i] > 0) {
                report(at.field(name), nameLine, "the field " + ProblemText.quote(name)
                        + " appears twice in this object (first at line " + lines[i] + "); keep one");
                skip();
            } else {
                lines[i] = nameLine;
                reader.read(name);
            }
        }
        return new Obj(line, known, lines);
    }

    /** Reports each of {@code fields} the object does not have, at the line where the object opens. */
    void require(Obj o, At at, String... fields) {
        for (String f : fields) {
            if (!o.has(f)) report(at.field(f), o.line(), "required field is missing");
        }
    }

    /** Reads the array at the current token, calling {@code item} with each element's index. */
    boolean array(At at, ItemReader item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(at, "an array");
            return false;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) item.read(i++);
        return true;
    }

    /** Reads one array element; the parser stands on its first token. */
    @FunctionalInterface
    interface ItemReader {
        void read(int index) throws IOException;
    }

    /** A string value checked against {@code rule}; null (reported) when it is wrong, null (silent) when null. */
    String string(At at, TextRule rule, boolean required) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            if (required) report(at, line(), "must not be null");
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(at, "a string");
            return null;
        }
        String s = p.getText();
        String wrong = checkText(s, rule, required);
        if (wrong != null) {
            report(at, line(), wrong);
            return null;
        }
        return s;
    }

    /** Why a text breaks its rule, or null. */
    static String checkText(String s, TextRule rule, boolean required) {
        if (required && s.isBlank()) return "must not be empty";
        if (s.length() > rule.max()) {
            return "is " + s.length() + " characters long, more than the " + rule.max() + " allowed: " + ProblemText.quote(s);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (ProblemText.isUnsafe(c) && !(rule.multiLine() && lineBreak)) {
                return "contains " + ProblemText.unsafeKind(c) + " at character " + (i + 1) + "; remove it: " + ProblemText.quote(s);
            }
            if (Character.isSurrogate(c) && !ProblemText.isPaired(s, i)) {
                return String.format("contains an unpaired surrogate (\\u%04X) at character %d, which is not text", (int) c, i + 1);
            }
        }
        if (rule.id()) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = c < 128 && (Character.isLetterOrDigit(c) || (i > 0 && (c == '-' || c == '_' || c == '.')));
                if (!ok) {
                    return "ids may use only ASCII letters, digits, '-', '_' and '.' (and start with a letter or digit): "
                            + ProblemText.quote(s);
                }
            }
        }
        return null;
    }

    /** An array of strings each checked against {@code rule}; bad items are reported and left out. */
    List<String> strings(At at, TextRule rule) throws IOException {
        List<String> result = new ArrayList<>(4);
        array(at, i -> {
            String s = string(at.index(i), rule, true);
            if (s != null) result.add(canonical(s));
        });
        // Immutable now, so the model's List.copyOf keeps this list instead of copying it.
        return List.copyOf(result);
    }

    /** A string that refers to something by id, kept with where it stands for a later cross-check. */
    record Ref(String value, At at, int line) {
        String path() {
            return at.toString();
        }
    }

    Ref ref(At at, TextRule rule) throws IOException {
        int line = line();
        String s = string(at, rule, true);
        return s == null ? null : new Ref(canonical(s), at, line);
    }

    List<Ref> refs(At at, TextRule rule) throws IOException {
        List<Ref> result = new ArrayList<>();
        array(at, i -> {
            Ref r = ref(at.index(i), rule);
            if (r != null) result.add(r);
        });
        return result;
    }

    /** {@code {"en": …, "it": …}}, both required. */
    LocalizedText localized(At at, TextRule rule) throws IOException {
        String[] texts = new String[2];
        Obj o = object(at, LOCALIZED, name -> texts[name.equals("en") ? 0 : 1] = string(at.field(name), rule, true));
        if (o == null) return null;
        require(o, at, "en", "it");
        return texts[0] == null || texts[1] == null ? null : new LocalizedText(texts[0], texts[1]);
    }

    private static final FieldNames LOCALIZED = new FieldNames("en", "it");

    /**
     * A text given either as a plain string (English, the same in both languages) or as {@code {"en": …, "it": …}};
     * null (reported) when it is neither or wrong, null (silent) when null and not required.
     */
    LocalizedText localizedOrPlain(At at, TextRule rule, boolean required) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) return localized(at, rule);
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NULL) {
            String s = string(at, rule, required);
            return s == null ? null : LocalizedText.of(s);
        }
        wrongType(at, "a string or an object {\"en\": …, \"it\": …}");
        return null;
    }

    /** An EDTF date string. */
    PartialDate date(At at, boolean required) throws IOException {
        int line = line();
        String s = string(at, TextRule.CODE, required);
        if (s == null) return null;
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            report(at, line, "a date has no spaces around it: " + ProblemText.quote(s));
            return null;
        }
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            report(at, line, malformedDate(e));
            return null;
        }
    }

    /** The message for a date {@link PartialDate#parse} refused (also shown by an event form). */
    static String malformedDate(IllegalArgumentException e) {
        return "impossible or malformed date: " + e.getMessage();
    }

    /** One value of a closed vocabulary, by id; an unknown id is reported with the valid ones. */
    <E extends Enum<E> & Coded> E coded(At at, Class<E> type, String what) throws IOException {
        int line = line();
        String s = string(at, TextRule.CODE, true);
        if (s == null) return null;
        E value = Coded.fromId(type, s).orElse(null);
        if (value == null) {
            report(at, line, "unknown " + what + " " + ProblemText.id(s) + " (known: "
                    + String.join(", ", Coded.ids(type)) + ")");
        }
        return value;
    }
}
