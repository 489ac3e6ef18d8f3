package org.aitimeline.data.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.aitimeline.data.ProblemText;

/**
 * The one CSV reading loop of the importers: jackson-dataformat-csv's parser with every row as an array of its fields
 * (WRAP_AS_ARRAY, so the last END_ARRAY closes the wrapper, not a row), each row with its number and first line, and
 * the parser's failures reported once with row, line and column, never thrown.
 */
final class CsvRows {

    /** What a format does with the header and each data row; returning false stops the reading. */
    interface Reader {
        boolean header(List<String> header);

        boolean row(int row, int line, List<String> values);
    }

    /** Where problems go: {@code row} 0 is the header, {@code column} null when none applies. */
    interface Problems {
        void report(int row, int line, String column, String message);
    }

    private CsvRows() {
    }

    /** Reads {@code text}; {@code empty} is reported when the file holds no header row. */
    static void read(String text, int maxFieldChars, String empty, Reader reader, Problems problems) {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxFieldChars).build()).build();
        int row = 0;
        int line = 1;
        int column = 0;
        List<String> header = null;
        try (CsvParser p = (CsvParser) factory.createParser(text)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> values = new ArrayList<>();
            if (p.nextToken() == JsonToken.START_ARRAY) {
                boolean inRow = false;
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.START_ARRAY) {
                        inRow = true;
                        values.clear();
                        column = 0;
                        line = (int) p.currentLocation().getLineNr();
                    } else if (t == JsonToken.VALUE_STRING) {
                        values.add(p.getText());
                        column++;
                    } else if (t == JsonToken.END_ARRAY) {
                        if (!inRow) break; // the wrapper's end
                        inRow = false;
                        if (header == null) {
                            header = List.copyOf(values);
                            if (!reader.header(header)) return;
                        } else if (!reader.row(++row, line, List.copyOf(values))) {
                            break;
                        }
                    }
                }
            }
            if (header == null) problems.report(0, 1, null, empty);
        } catch (StreamConstraintsException e) {
            String col = header != null && column < header.size() ? header.get(column) : null;
            problems.report(header == null ? 0 : row + 1, lineOf(e, line), col, "a field is longer than " + maxFieldChars
                    + " characters; the file was read up to here");
        } catch (JsonProcessingException e) {
            String col = header != null && column < header.size() ? header.get(column) : null;
            problems.report(header == null ? 0 : row + 1, lineOf(e, line), col, "malformed CSV: "
                    + ProblemText.clip(String.valueOf(e.getOriginalMessage()), 160) + "; the file was read up to here");
        } catch (IOException e) {
            problems.report(0, 0, null, "the file cannot be read: " + ProblemText.clip(String.valueOf(e.getMessage()), 160));
        }
    }

    private static int lineOf(JsonProcessingException e, int fallback) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? (int) e.getLocation().getLineNr() : fallback;
    }
}
