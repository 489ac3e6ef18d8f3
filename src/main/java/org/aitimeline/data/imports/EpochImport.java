package org.aitimeline.data.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Dataset;

/**
 * Epoch AI's notable-models CSV to a dataset file of schema version 3: each row a release sourced by the public
 * record (its {@code Link}, titled by its {@code Reference}), the dataset carrying Epoch's licence and attribution.
 * The JSON is checked by {@link DatasetLoader}'s own rules before it is returned; a row the loader refuses is reported
 * with its row number and column and left out, so what is written always loads.
 */
public final class EpochImport {

    public static final String TITLE = "Epoch AI: Data on Notable AI Models";
    /** CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as stated in the README of Epoch's data download. */
    public static final String LICENCE = "CC-BY-4.0";
    /** The citation Epoch asks for, and what we changed (required by CC BY 4.0, section 3(a)(1)(B)). */
    public static final String ATTRIBUTION = "Epoch AI, ‘Data on AI Models’. Published online at epoch.ai. Retrieved from "
            + "‘https://epoch.ai/data/ai-models’. Notable-models CSV converted to this app's format (a subset of its columns)"
            + " by Open-Source AI Timeline.";

    /** The converted dataset: the file's bytes, the dataset they load as, every problem met and the rows read. */
    public record Conversion(byte[] json, Dataset dataset, List<Problem> problems, int rowsRead) {
    }

    private EpochImport() {
    }

    /** Converts the CSV's bytes ({@code file} names it in problems). */
    public static Conversion convert(String file, byte[] csv) {
        EpochCsv.Result read = EpochCsv.read(file, csv);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<EpochCsv.Row> rows = new ArrayList<>(read.rows());
        DatasetLoader loader = new DatasetLoader();
        // Twice at most: the second pass only leaves out the rows the loader refused in the first.
        for (int pass = 0; ; pass++) {
            byte[] json = json(rows, read.organizations());
            try {
                Dataset d = loader.parseDetached(file, json);
                return new Conversion(json, d, problems, read.rowsRead());
            } catch (DatasetException e) {
                Set<Integer> refused = new HashSet<>();
                for (Problem p : e.problems()) {
                    Matcher m = EVENT.matcher(p.path());
                    if (pass > 0 || !m.lookingAt()) {
                        throw new IllegalStateException("the converted dataset does not load: " + p);
                    }
                    int i = Integer.parseInt(m.group(1));
                    EpochCsv.Row r = rows.get(i);
                    refused.add(i);
                    problems.add(new Problem(file, "row " + r.number() + " \"" + column(m.group(2)) + "\"", r.line(),
                            p.message() + "; row left out"));
                }
                List<EpochCsv.Row> kept = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) if (!refused.contains(i)) kept.add(rows.get(i));
                rows = kept;
                problems.sort(java.util.Comparator.comparingInt(Problem::line));
            }
        }
    }

    private static final Pattern EVENT = Pattern.compile("events\\[(\\d+)\\]\\.?([a-zA-Z]*)");

    /** The CSV column an event field was made from. */
    private static String column(String field) {
        return switch (field) {
            case "title", "models", "id" -> "Model";
            case "date" -> "Publication date";
            case "organizations" -> "Organization";
            case "countries" -> "Country (of organization)";
            case "access", "licence" -> "Model accessibility";
            case "evidence" -> "Link";
            default -> field.isEmpty() ? "Model" : field;
        };
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** The dataset file: keys in the schema's order, two-space indent, UTF-8, a final line break. */
    static byte[] json(List<EpochCsv.Row> rows, List<EpochCsv.Org> organizations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 1200);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Set<String> used = new HashSet<>();
        for (EpochCsv.Row r : rows) used.addAll(r.organizations());
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("$schema", "../timeline.schema.json");
            g.writeNumberField("schemaVersion", 3);
            g.writeStringField("title", TITLE);
            g.writeStringField("licence", LICENCE);
            g.writeStringField("attribution", ATTRIBUTION);
            g.writeArrayFieldStart("sources");
            g.writeEndArray();
            g.writeArrayFieldStart("organizations");
            Map<String, String> countries = new HashMap<>();
            for (EpochCsv.Org o : organizations) {
                if (!used.contains(o.id())) continue;
                countries.put(o.id(), o.country());
                g.writeStartObject();
                g.writeStringField("id", o.id());
                g.writeStringField("name", o.name());
                // Required by the format; an organization whose rows name no country is written without one
                // and the loader reports its rows (never a guessed country).
                if (o.country() != null) g.writeStringField("country", o.country());
                strings(g, "aliases", o.aliases());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (EpochCsv.Row r : rows) event(g, r);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) return;
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void event(JsonGenerator g, EpochCsv.Row r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("date", r.date().toEdtf());
        g.writeObjectFieldStart("title");
        g.writeStringField("en", r.model());
        g.writeStringField("it", r.model());
        g.writeEndObject();
        g.writeObjectFieldStart("summary");
        g.writeStringField("en", summary(r, false));
        g.writeStringField("it", summary(r, true));
        g.writeEndObject();
        g.writeStringField("category", "release");
        strings(g, "organizations", r.organizations());
        strings(g, "countries", r.countries());
        strings(g, "models", List.of(r.model()));
        if (r.access() != null) g.writeStringField("access", r.access().id());
        if (!r.licence().isEmpty()) g.writeStringField("licence", r.licence());
        g.writeArrayFieldStart("evidence");
        String title = r.reference().isEmpty() ? r.model() + " (the link in Epoch AI's record)" : clip(r.reference(), 400);
        for (String url : r.links()) {
            g.writeStartObject();
            g.writeStringField("title", title);
            g.writeStringField("publisher", publisher(url));
            g.writeStringField("url", url);
            g.writeStringField("published", r.date().toEdtf());
            g.writeArrayFieldStart("supports");
            g.writeString("fact");
            g.writeString("date");
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What the record says, with Epoch's own words for the model's accessibility kept verbatim. */
    static String summary(EpochCsv.Row r, boolean italian) {
        StringBuilder s = new StringBuilder(r.model());
        s.append(italian ? " nel registro dei modelli di IA notevoli di Epoch AI" : " in Epoch AI's record of notable AI models");
        if (!r.domain().isEmpty()) s.append(" (").append(r.domain()).append(')');
        s.append('.');
        if (!r.notability().isEmpty()) s.append(italian ? " Criteri di notabilità: " : " Notability: ").append(r.notability()).append('.');
        s.append(italian ? " Accessibilità del modello secondo Epoch AI: " : " Model accessibility according to Epoch AI: ");
        s.append(r.wording().isEmpty() ? (italian ? "non indicata." : "not recorded.") : "“" + r.wording() + "”.");
        return s.toString();
    }

    private static String clip(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end) + "…";
    }

    /** The link's host without "www.", the nearest thing to a publisher a URL gives. */
    static String publisher(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host != null && !host.isBlank()) return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            // The loader reports the URL itself.
        }
        return "(no host in the link)";
    }
}
