package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    record FieldNames(List<String> names, Set<String> set) {
        FieldNames(String... names) {
            this(List.of(names), Set.of(names));
        }
    }

    /** What an object turned out to hold: where it opened and the fields it named (with their lines). */
    record Obj(int line, Map<String, Integer> seen) {
        boolean has(String field) {
            return seen.containsKey(field);
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

    JsonCursor(JsonParser parser, String file) {
        this.p = parser;
        this.file = file;
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
        return (int) p.currentTokenLocation().getLineNr();
    }

    void report(String path, int line, String message) {
        problems.add(new Problem(file, path, line, message));
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Skips the current value with everything inside it. */
    void skip() throws IOException {
        if (p.currentToken() != null && p.currentToken().isStructStart()) p.skipChildren();
    }

    private void wrongType(String path, String expected) throws IOException {
        report(path, line(), "must be " + expected + ", was " + describe(p.currentToken()));
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
    Obj object(String path, FieldNames known, FieldReader reader) throws IOException {
        int line = line();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(path.isEmpty() ? "(top level)" : path, "a JSON object");
            return null;
        }
        Map<String, Integer> seen = new HashMap<>(known.names().size() * 2);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int nameLine = line();
            p.nextToken();
            Integer first = seen.putIfAbsent(name, nameLine);
            if (first != null) {
                report(join(path, ProblemText.clip(name, 40)), nameLine, "the field " + ProblemText.quote(name)
                        + " appears twice in this object (first at line " + first + "); keep one");
                skip();
            } else if (!known.set().contains(name)) {
                report(join(path, ProblemText.clip(name, 40)), nameLine, "unknown field " + ProblemText.quote(name)
                        + ProblemText.suggestion(name, known.names()));
                skip();
            } else {
                reader.read(name);
            }
        }
        return new Obj(line, seen);
    }

    /** Reports each of {@code fields} the object does not have, at the line where the object opens. */
    void require(Obj o, String path, String... fields) {
        for (String f : fields) {
            if (!o.has(f)) report(join(path, f), o.line(), "required field is missing");
        }
    }

    /** Reads the array at the current token, calling {@code item} with each element's index. */
    boolean array(String path, ItemReader item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(path, "an array");
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
    String string(String path, TextRule rule, boolean required) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            if (required) report(path, line(), "must not be null");
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(path, "a string");
            return null;
        }
        String s = p.getText();
        String wrong = checkText(s, rule, required);
        if (wrong != null) {
            report(path, line(), wrong);
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
                return "contains " + (c >= 0x202a ? "a bidirectional-text control" : "a control character")
                        + String.format(" (U+%04X)", (int) c) + " at character " + (i + 1) + "; remove it: " + ProblemText.quote(s);
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
    List<String> strings(String path, TextRule rule) throws IOException {
        List<String> result = new ArrayList<>();
        array(path, i -> {
            String s = string(index(path, i), rule, true);
            if (s != null) result.add(s);
        });
        return result;
    }

    /** A string that refers to something by id, kept with where it stands for a later cross-check. */
    record Ref(String value, String path, int line) {
    }

    Ref ref(String path, TextRule rule) throws IOException {
        int line = line();
        String s = string(path, rule, true);
        return s == null ? null : new Ref(s, path, line);
    }

    List<Ref> refs(String path, TextRule rule) throws IOException {
        List<Ref> result = new ArrayList<>();
        array(path, i -> {
            Ref r = ref(index(path, i), rule);
            if (r != null) result.add(r);
        });
        return result;
    }

    /** {@code {"en": …, "it": …}}, both required. */
    LocalizedText localized(String path, TextRule rule) throws IOException {
        String[] texts = new String[2];
        Obj o = object(path, LOCALIZED, name -> texts[name.equals("en") ? 0 : 1] = string(join(path, name), rule, true));
        if (o == null) return null;
        require(o, path, "en", "it");
        return texts[0] == null || texts[1] == null ? null : new LocalizedText(texts[0], texts[1]);
    }

    private static final FieldNames LOCALIZED = new FieldNames("en", "it");

    /** An EDTF date string. */
    PartialDate date(String path, boolean required) throws IOException {
        int line = line();
        String s = string(path, TextRule.CODE, required);
        if (s == null) return null;
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            report(path, line, "impossible or malformed date: " + e.getMessage());
            return null;
        }
    }

    /** One value of a closed vocabulary, by id; an unknown id is reported with the valid ones. */
    <E extends Enum<E> & Coded> E coded(String path, Class<E> type, String what) throws IOException {
        int line = line();
        String s = string(path, TextRule.CODE, true);
        if (s == null) return null;
        E value = Coded.fromId(type, s).orElse(null);
        if (value == null) {
            report(path, line, "unknown " + what + " " + ProblemText.id(s) + " (known: "
                    + String.join(", ", Coded.ids(type)) + ")");
        }
        return value;
    }
}
