package org.aitimeline.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.DateText;

/**
 * The filtered events as a table, one row each, for spreadsheets and scripts: RFC 4180 (fields quoted only when they
 * must be, quotes doubled, CRLF between records) with a header row, in UTF-8 with a byte-order mark.
 *
 * <p>The byte-order mark is there because Excel reads a CSV without one in the system's legacy code page, which turns
 * every ’, é and 中 into mojibake; LibreOffice, Google Sheets, pandas and Python's {@code utf-8-sig} all accept it.
 * A cell that starts with {@code = + - @} or a tab gets a leading {@code '}, so a shared dataset cannot plant a
 * formula that a spreadsheet would run (OWASP's advice on CSV injection). Lists inside a cell are joined with
 * {@code "; "}; evidence URLs, which cannot contain spaces, with a space.
 */
public final class CsvExport {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("id", "date", "date_text", "title_en", "title_it",
            "organizations", "countries", "category", "kind", "access", "licence", "models", "summary_en", "summary_it",
            "passage_source", "passage_quote", "evidence_urls", "corrections");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvExport() {
    }

    /** Writes {@code events} of {@code dataset} to {@code target} atomically; dates in words in {@code locale}. */
    public static void write(Dataset dataset, List<Event> events, Locale locale, Path target) throws IOException {
        AtomicFile.write(target, out -> write(dataset, events, locale, out));
    }

    /** Writes the table to {@code out}, which stays open. */
    public static void write(Dataset dataset, List<Event> events, Locale locale, OutputStream out) throws IOException {
        CsvSchema.Builder columns = CsvSchema.builder();
        for (String c : COLUMNS) columns.addColumn(c);
        CsvSchema schema = columns.build().withHeader().withLineSeparator("\r\n");
        Map<String, Organization> organizations = dataset.organizationsById();
        Map<String, Source> sources = dataset.sources().stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
        out.write(BOM);
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(schema);
            for (Event e : events) {
                g.writeStartArray();
                for (String cell : row(e, organizations, sources, locale)) g.writeString(guarded(cell));
                g.writeEndArray();
            }
        }
    }

    /** One event's cells, in the order of {@link #COLUMNS}. */
    static List<String> row(Event e, Map<String, Organization> organizations, Map<String, Source> sources, Locale locale) {
        List<String> names = new ArrayList<>(e.organizations().size());
        for (String id : e.organizations()) {
            Organization o = organizations.get(id);
            names.add(o == null ? id : o.name());
        }
        Passage first = e.passages().isEmpty() ? null : e.passages().get(0);
        Source source = first == null ? null : sources.get(first.source());
        List<String> urls = new ArrayList<>(e.evidence().size());
        for (Evidence ev : e.evidence()) urls.add(ev.url());
        List<String> verdicts = new ArrayList<>(e.corrections().size());
        for (Correction c : e.corrections()) verdicts.add(c.verdict().id());
        return List.of(e.id(), e.date().toEdtf(), DateText.format(e.date(), locale), e.title().en(), e.title().it(),
                String.join("; ", names), String.join("; ", e.countries()), e.category().id(), e.kind().id(),
                e.access() == null ? "" : e.access().id(), e.licence(), String.join("; ", e.models()),
                e.summary().en(), e.summary().it(),
                source == null ? (first == null ? "" : first.source()) : source.title(),
                first == null ? "" : first.exact(), String.join(" ", urls), String.join("; ", verdicts));
    }

    /** The cell with a leading {@code '} if a spreadsheet would take it for a formula. */
    static String guarded(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
