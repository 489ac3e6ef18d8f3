package org.aitimeline.data.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;

/**
 * Reads a TimelineJS3 JSON story ({@code events}, {@code title}, {@code eras}, {@code scale}) into slides, each
 * field with its JSON path and line. A file that is not JSON, or not shaped as a story, is one problem naming where.
 */
final class TimelineJsJson {

    static final int MAX_NESTING = 64;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build();

    /** A JSON value with the line it starts on: a map, a list, a string, a number's text, a boolean or null. */
    record Node(Object value, int line, boolean number) {
        Node get(String field) {
            return value instanceof Map<?, ?> m ? (Node) m.get(field) : null;
        }
    }

    /** The story read: its slides, or the problems that stopped the reading. */
    record Story(TimelineJsSlide title, List<TimelineJsSlide> events, List<TimelineJsSlide> eras, String scale,
                 List<Problem> problems) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private TimelineJsJson(String file) {
        this.file = file;
    }

    static Story read(String file, byte[] json, int offset) {
        return new TimelineJsJson(file).story(json, offset);
    }

    private Story story(byte[] json, int offset) {
        Node root;
        try (JsonParser p = FACTORY.createParser(json, offset, json.length - offset)) {
            p.nextToken();
            root = node(p);
            if (p.nextToken() != null) {
                return failed(line(p), "", "more data after the story's closing '}'");
            }
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            int nl = message == null ? -1 : message.indexOf('\n');
            return failed(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "not valid JSON: "
                    + ProblemText.clip(nl < 0 ? String.valueOf(message) : message.substring(0, nl), 200));
        } catch (IOException e) {
            return failed(0, "", "cannot be read: " + e.getMessage());
        }
        if (!(root.value() instanceof Map)) return failed(root.line(), "", "a TimelineJS story is a JSON object with \"events\"");
        Node events = root.get("events");
        if (events == null || !(events.value() instanceof List<?>)) {
            return failed(root.line(), "events", "a TimelineJS story needs an \"events\" array");
        }
        List<TimelineJsSlide> slides = new ArrayList<>();
        int i = 0;
        for (Object o : (List<?>) events.value()) {
            TimelineJsSlide s = slide((Node) o, "events[" + i++ + "]", "");
            if (s != null) slides.add(s);
        }
        TimelineJsSlide title = null;
        Node t = root.get("title");
        if (t != null && t.value() != null) title = slide(t, "title", "title");
        List<TimelineJsSlide> eras = new ArrayList<>();
        Node e = root.get("eras");
        if (e != null && e.value() instanceof List<?> list) {
            int k = 0;
            for (Object o : list) {
                TimelineJsSlide s = slide((Node) o, "eras[" + k++ + "]", "era");
                if (s != null) eras.add(s);
            }
        } else if (e != null && e.value() != null) {
            problems.add(new Problem(file, "eras", e.line(), "must be an array of eras"));
        }
        Node scale = root.get("scale");
        return new Story(title, slides, eras, scale != null && scale.value() instanceof String s ? s : "", problems);
    }

    private Story failed(int line, String path, String message) {
        problems.add(new Problem(file, path, line, message));
        return new Story(null, List.of(), List.of(), "", problems);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /** The value the parser is on, read whole. */
    private static Node node(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        int line = line(p);
        if (t == null) throw new JsonProcessingException("the file is empty", p.currentLocation()) { };
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, node(p));
                }
                yield new Node(m, line, false);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(node(p));
                yield new Node(list, line, false);
            }
            case VALUE_STRING -> new Node(p.getText(), line, false);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(p.getText(), line, true);
            case VALUE_TRUE, VALUE_FALSE -> new Node(p.getBooleanValue(), line, false);
            case VALUE_NULL -> new Node(null, line, false);
            default -> throw new JsonProcessingException("unexpected " + t, p.currentTokenLocation()) { };
        };
    }

    /** A JSON path prefix as the place of a slide's fields. */
    private record JsonPlace(String slide) implements TimelineJsSlide.Place {
        @Override
        public String field(String field) {
            return slide + "." + field;
        }
    }

    private TimelineJsSlide slide(Node n, String path, String type) {
        if (!(n.value() instanceof Map)) {
            problems.add(new Problem(file, path, n.line(), "must be an object (a slide)"));
            return null;
        }
        JsonPlace place = new JsonPlace(path);
        Node text = n.get("text");
        Node media = n.get("media");
        return new TimelineJsSlide(place, n.line(), type, date(n.get("start_date"), place, "start_date"),
                date(n.get("end_date"), place, "end_date"), string(n.get("display_date"), place, "display_date"),
                string(text == null ? null : text.get("headline"), place, "text.headline"),
                string(text == null ? null : text.get("text"), place, "text.text"),
                string(media == null ? null : media.get("url"), place, "media.url"),
                string(media == null ? null : media.get("credit"), place, "media.credit"),
                string(media == null ? null : media.get("caption"), place, "media.caption"),
                string(n.get("group"), place, "group"), string(n.get("unique_id"), place, "unique_id"));
    }

    private TimelineJsSlide.Date date(Node n, JsonPlace place, String field) {
        if (n == null || n.value() == null) return TimelineJsSlide.Date.NONE;
        if (!(n.value() instanceof Map)) {
            problems.add(new Problem(file, place.field(field), n.line(), "must be a date object such as {\"year\": 2023, \"month\": 3}"));
            return TimelineJsSlide.Date.NONE;
        }
        String time = null;
        Node hour = n.get("hour");
        if (hour != null && hour.value() != null) time = String.valueOf(hour.value());
        return new TimelineJsSlide.Date(string(n.get("year"), place, field + ".year"),
                string(n.get("month"), place, field + ".month"), string(n.get("day"), place, field + ".day"), time,
                string(n.get("display_date"), place, field + ".display_date"));
    }

    /** A string or number as text; null when absent or null; an object, array or boolean is a problem. */
    private String string(Node n, JsonPlace place, String field) {
        if (n == null || n.value() == null) return null;
        if (n.value() instanceof String s) return s;
        problems.add(new Problem(file, place.field(field), n.line(), "must be a string or a number"));
        return null;
    }
}
