package org.aitimeline.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps JSON paths such as {@code events[12].passages[0].exact} to the line where their value starts.
 * Built with a streaming pass only when a file has problems to report, so valid files load at full speed.
 */
final class JsonLineIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    JsonLineIndex(byte[] json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) ctx = ctx.getParent();
                String path = toPath(ctx.pathAsPointer());
                lines.putIfAbsent(path, (int) p.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // Only valid JSON gets here; a partial index still helps.
        }
    }

    /** The line of the path, or of its nearest ancestor that has one; 0 if unknown. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) return line;
            if (p.isEmpty()) return 0;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }

    static String toPath(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        for (JsonPointer ptr = pointer; ptr != null && !ptr.matches(); ptr = ptr.tail()) {
            if (ptr.mayMatchElement()) {
                sb.append('[').append(ptr.getMatchingIndex()).append(']');
            } else {
                if (sb.length() > 0) sb.append('.');
                sb.append(ptr.getMatchingProperty());
            }
        }
        return sb.toString();
    }
}
