package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    /** A plain RFC 4180 reader (quoted fields, doubled quotes, CRLF records), independent of the writer's library. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '\n' || c == '\r', "a bare line break outside quotes at " + i);
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.isEmpty(), "the last record ends with CRLF");
        return rows;
    }

    static byte[] csv(Dataset d, List<Event> events, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(d, events, locale, out);
        return out.toByteArray();
    }

    @Test
    void theBundledEventsAreOneRowEachUnderAHeaderAfterAByteOrderMark() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        byte[] bytes = csv(d, d.events(), Locale.ENGLISH);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("id", "date", "date_text", "title_en", "title_it", "organizations", "countries", "category",
                "kind", "access", "licence", "models", "summary_en", "summary_it", "passage_source", "passage_quote",
                "evidence_urls", "corrections"), rows.get(0));
        assertEquals(d.events().size() + 1, rows.size());
        for (int i = 0; i < d.events().size(); i++) {
            Event e = d.events().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(18, row.size(), e.id());
            assertEquals(e.id(), row.get(0));
            assertEquals(e.date().toEdtf(), row.get(1));
            assertEquals(e.title().en(), row.get(3));
            assertEquals(e.title().it(), row.get(4));
            assertEquals(e.passages().get(0).exact(), row.get(15));
            assertEquals(e.evidence().size(), row.get(16).isEmpty() ? 0 : row.get(16).split(" ").length, e.id());
            assertEquals(e.corrections().size(), row.get(17).isEmpty() ? 0 : row.get(17).split("; ").length, e.id());
        }
        Event deepseek = d.events().stream().filter(e -> e.organizations().equals(List.of("deepseek"))).findFirst().orElseThrow();
        assertEquals("DeepSeek", rows.get(d.events().indexOf(deepseek) + 1).get(5), "organizations by name");
    }

    @Test
    void quotesCommasLineBreaksAndFormulasSurviveAsText() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        Event e = d.events().get(0);
        Event hostile = new Event(e.id(), e.kind(), e.date(), e.dateNote(),
                new LocalizedText("=HYPERLINK(\"http://evil.example\",\"click\")", "Virgole, \"citazioni\"\ne a capo"),
                e.summary(), e.category(), e.organizations(), e.countries(), e.models(), e.aliases(), e.passages(),
                e.access(), e.licence(), e.evidence(), e.corrections());
        byte[] bytes = csv(d, List.of(hostile), Locale.ITALIAN);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", rows.get(1).get(3));
        assertEquals("Virgole, \"citazioni\"\ne a capo", rows.get(1).get(4));
        assertEquals("25 ago 1991", rows.get(1).get(2).toLowerCase(Locale.ROOT), "date in words in the language asked");
    }
}
