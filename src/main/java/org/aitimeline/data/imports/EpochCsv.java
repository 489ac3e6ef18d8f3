package org.aitimeline.data.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;
import org.aitimeline.model.Access;
import org.aitimeline.model.PartialDate;

/**
 * Reads Epoch AI's "Data on Notable AI Models" CSV ({@code notable_ai_models.csv}) into rows of our format: one
 * record-sourced release per model, its organizations mapped to one id per real organization and its countries to
 * ISO codes. What a row cannot give is reported as a {@link Problem} naming the row (its line) and the column; a row
 * is only left out when it cannot become an event at all, and then it says so.
 */
public final class EpochCsv {

    /** Columns the conversion reads; a file without any of them is not Epoch's CSV. */
    static final List<String> REQUIRED = List.of("Model", "Organization", "Publication date", "Country (of organization)",
            "Link", "Reference", "Model accessibility");
    /** Longest field accepted; Epoch's longest (author lists, abstracts) are under 20,000 characters. */
    static final int MAX_FIELD_CHARS = 200_000;
    static final int MAX_ROWS = 100_000;

    /** One converted row: where it came from and the event's fields. */
    public record Row(int number, int line, String id, String model, PartialDate date, List<String> organizations,
                      List<String> countries, Access access, String licence, String wording, String domain,
                      String notability, List<String> links, String reference) {
    }

    /** An organization as the record names it, with the countries its rows give it (most frequent first wins). */
    public record Org(String id, String name, List<String> aliases, String country) {
    }

    /** The conversion: rows that became events, the organizations they name, and every problem met. */
    public record Result(List<Row> rows, List<Org> organizations, List<Problem> problems, int rowsRead) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private EpochCsv(String file) {
        this.file = file;
    }

    /** Converts the CSV's bytes; {@code file} names it in problems. Never throws for bad content. */
    public static Result read(String file, byte[] csv) {
        return new EpochCsv(file).run(csv);
    }

    private void report(int row, int line, String column, String message) {
        String path = row == 0 ? "header" : "row " + row;
        problems.add(new Problem(file, column == null ? path : path + " \"" + column + "\"", line, message));
    }

    private Result run(byte[] csv) {
        String text = decode(csv);
        List<Row> rows = new ArrayList<>();
        Map<String, OrgVotes> orgs = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        int[] read = {0};
        boolean[] wrongHeader = {false};
        int[] columns = {0};
        CsvRows.read(text, MAX_FIELD_CHARS, "the file is empty; expected Epoch AI's notable_ai_models.csv with a header row",
                new CsvRows.Reader() {
                    @Override
                    public boolean header(List<String> header) {
                        columns[0] = header.size();
                        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i).strip(), i);
                        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
                        if (missing.isEmpty()) return true;
                        report(0, 1, null, "missing column" + (missing.size() > 1 ? "s " : " ")
                                + String.join(", ", missing.stream().map(ProblemText::quote).toList())
                                + ": this is not Epoch AI's notable_ai_models.csv (its header starts "
                                + ProblemText.quote(String.join(",", header.subList(0, Math.min(3, header.size())))) + ")");
                        wrongHeader[0] = true;
                        return false;
                    }

                    @Override
                    public boolean row(int row, int line, List<String> values) {
                        if (row > MAX_ROWS) {
                            report(row, line, null, "more than " + MAX_ROWS + " rows; the rest of the file was not read");
                            return false;
                        }
                        read[0] = row;
                        if (values.size() != columns[0]) {
                            report(row, line, null, "has " + values.size() + " fields, the header has " + columns[0]
                                    + "; a quote is probably unbalanced; row left out");
                            return true;
                        }
                        Row r = EpochCsv.this.row(row, line, values, index, orgs);
                        if (r != null) rows.add(r);
                        return true;
                    }
                }, this::report);
        if (wrongHeader[0]) return new Result(List.of(), List.of(), problems, 0);
        return new Result(uniqueIds(rows), organizations(orgs), problems, read[0]);
    }


    /**
     * The text, strictly UTF-8. A bad byte sequence becomes U+FFFD so the CSV still parses; the rows holding one
     * are then reported with their column by {@link #row} instead of being converted with garbled names.
     */
    private String decode(byte[] csv) {
        int start = csv.length >= 3 && (csv[0] & 0xff) == 0xEF && (csv[1] & 0xff) == 0xBB && (csv[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(csv, start, csv.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            badUtf8 = true;
            return new String(csv, start, csv.length - start, StandardCharsets.UTF_8);
        }
    }

    private boolean badUtf8;

    // ----- one row -----

    private Row row(int number, int line, List<String> values, Map<String, Integer> index, Map<String, OrgVotes> orgs) {
        if (badUtf8) {
            for (Map.Entry<String, Integer> c : index.entrySet()) {
                if (values.get(c.getValue()).indexOf('\uFFFD') >= 0) {
                    report(number, line, c.getKey(), "is not valid UTF-8 (the file must be saved as UTF-8); row left out");
                    return null;
                }
            }
        }
        String model = oneLine(values.get(index.get("Model")));
        if (model.isEmpty()) {
            report(number, line, "Model", "is empty; a model needs a name; row left out");
            return null;
        }
        String dateText = values.get(index.get("Publication date")).strip();
        PartialDate date = date(dateText);
        if (date == null) {
            report(number, line, "Publication date", (dateText.isEmpty() ? "is empty" : ProblemText.quote(dateText)
                    + " is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") + "; row left out");
            return null;
        }
        List<String> links = new ArrayList<>();
        for (String token : values.get(index.get("Link")).split("\\s+")) {
            if (token.startsWith("http://") || token.startsWith("https://")) links.add(token);
        }
        if (links.isEmpty()) {
            report(number, line, "Link", "has no http(s) link, and an event from the record needs one; row left out");
            return null;
        }
        String countryText = values.get(index.get("Country (of organization)"));
        List<String> countries = new ArrayList<>();
        List<String> countryPerName = new ArrayList<>();
        for (String name : countryText.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) continue;
            String code = Countries.code(n);
            countryPerName.add(code);
            if (code == null && !Countries.isNone(n)) {
                report(number, line, "Country (of organization)", "unknown country " + ProblemText.quote(n) + "; left out of this row");
            } else if (code != null && !countries.contains(code)) {
                countries.add(code);
            }
        }
        List<String> orgIds = new ArrayList<>();
        String[] names = values.get(index.get("Organization")).split(",");
        for (int i = 0; i < names.length; i++) {
            String name = oneLine(names[i]);
            if (name.isEmpty()) continue;
            Organizations.Known known = Organizations.of(name);
            OrgVotes v = orgs.computeIfAbsent(known.id(), k -> new OrgVotes(known.id(), known.name()));
            if (!name.equals(known.name())) v.aliases.add(name);
            // The country beside it when the row lists one country per organization, else the row's only country.
            String country = names.length == countryPerName.size() ? countryPerName.get(i)
                    : countries.size() == 1 ? countries.get(0) : null;
            if (country != null) v.votes.merge(country, 1, Integer::sum);
            else for (String c : countries) v.weak.merge(c, 1, Integer::sum);
            if (!orgIds.contains(known.id())) orgIds.add(known.id());
        }
        String wording = oneLine(values.get(index.get("Model accessibility")));
        String notes = index.containsKey("Accessibility notes") ? values.get(index.get("Accessibility notes")) : "";
        String trainingCode = index.containsKey("Training code accessibility")
                ? values.get(index.get("Training code accessibility")).strip() : "";
        Access access = null;
        String licence = "";
        if (!wording.isEmpty()) {
            access = Openness.access(wording, trainingCode, notes);
            if (access == null) {
                report(number, line, "Model accessibility", "unknown value " + ProblemText.quote(wording)
                        + "; converted without an access value (its words are kept in the summary)");
            } else if (access == Access.OPEN_SOURCE || access == Access.OPEN_WEIGHTS) {
                licence = Openness.licence(wording, notes);
            }
        }
        String domain = index.containsKey("Domain") ? oneLine(values.get(index.get("Domain"))) : "";
        String notability = index.containsKey("Notability criteria") ? oneLine(values.get(index.get("Notability criteria"))) : "";
        String reference = oneLine(values.get(index.get("Reference")));
        return new Row(number, line, "epoch-" + slug(model), model, date, orgIds, countries, access, licence, wording,
                domain, notability, links, reference);
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, at that precision; null for anything else. */
    static PartialDate date(String s) {
        if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return null;
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Line breaks, tabs and runs of spaces as one space: titles and names are one line. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{Cc}\\u202a-\\u202e\\u2066-\\u2069]+", " ").strip();
    }

    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

    /** A lower-case id made of the name's letters and digits (accents dropped). */
    static String slug(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = NOT_ID.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) s = "x" + Integer.toHexString(name.hashCode());
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    /** Ids made unique in row order: a second "GPT-2" row becomes epoch-gpt-2-2. */
    private static List<Row> uniqueIds(List<Row> rows) {
        Set<String> used = new LinkedHashSet<>();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String id = r.id();
            for (int k = 2; !used.add(id); k++) id = r.id() + "-" + k;
            out.add(id.equals(r.id()) ? r : new Row(r.number(), r.line(), id, r.model(), r.date(), r.organizations(),
                    r.countries(), r.access(), r.licence(), r.wording(), r.domain(), r.notability(), r.links(), r.reference()));
        }
        return out;
    }

    /** Countries seen beside an organization: those given one per organization count first. */
    private static final class OrgVotes {
        final String id;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Integer> votes = new LinkedHashMap<>();
        final Map<String, Integer> weak = new LinkedHashMap<>();

        OrgVotes(String id, String name) {
            this.id = id;
            this.name = name;
        }

        String country() {
            String known = Organizations.country(id);
            if (known != null) return known;
            Map<String, Integer> from = votes.isEmpty() ? weak : votes;
            return from.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }

    private List<Org> organizations(Map<String, OrgVotes> orgs) {
        List<Org> out = new ArrayList<>();
        for (OrgVotes v : orgs.values()) {
            List<String> aliases = new ArrayList<>(Organizations.aliases(v.id));
            for (String a : v.aliases) if (!aliases.contains(a)) aliases.add(a);
            out.add(new Org(v.id, v.name, aliases, v.country()));
        }
        return out;
    }
}
