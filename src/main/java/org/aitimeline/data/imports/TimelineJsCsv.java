package org.aitimeline.data.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;

/**
 * Reads a TimelineJS Google Sheet saved as CSV (the template's columns: Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background) into slides, as TimelineJS 3.9.11 reads them (src/js/core/ConfigFactory.js of the npm package): the
 * Type column makes a row the title ("title") or an era ("era"), "Tag" is the old name of Group.
 */
final class TimelineJsCsv {

    /** The template's columns, as TimelineJS spells them. */
    static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail",
            "Type", "Group", "Background");
    /** A field longer than this stops the reading with a problem naming its row and column. */
    static final int MAX_FIELD_CHARS = 1 << 20;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private TimelineJsCsv(String file) {
        this.file = file;
    }

    /** The slides of a sheet; {@code problems} receives what stopped a row or the file. */
    static TimelineJsJson.Story read(String file, byte[] csv, int offset) {
        return new TimelineJsCsv(file).run(new String(csv, offset, csv.length - offset, StandardCharsets.UTF_8));
    }

    /** A sheet row as the place of its fields: {@code row 4 "Year"}. */
    private record SheetPlace(int row, Map<String, String> columnOf) implements TimelineJsSlide.Place {
        @Override
        public String slide() {
            return "row " + row;
        }

        @Override
        public String field(String field) {
            return "row " + row + " \"" + columnOf.getOrDefault(field, field) + "\"";
        }
    }

    /** The JSON field each column stands for, so one set of checks words problems for both formats. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("start_date.year", "Year"), Map.entry("start_date.month", "Month"), Map.entry("start_date.day", "Day"),
            Map.entry("start_date", "Year"), Map.entry("end_date", "End Year"),
            Map.entry("end_date.year", "End Year"), Map.entry("end_date.month", "End Month"),
            Map.entry("end_date.day", "End Day"), Map.entry("display_date", "Display Date"),
            Map.entry("text.headline", "Headline"), Map.entry("text.text", "Text"), Map.entry("media.url", "Media"),
            Map.entry("media.credit", "Media Credit"), Map.entry("media.caption", "Media Caption"),
            Map.entry("group", "Group"), Map.entry("unique_id", "Headline"));

    private void report(int row, int line, String column, String message) {
        String path = row == 0 ? "header" : "row " + row;
        problems.add(new Problem(file, column == null ? path : path + " \"" + column + "\"", line, message));
    }

    private TimelineJsJson.Story run(String text) {
        List<TimelineJsSlide> events = new ArrayList<>();
        List<TimelineJsSlide> eras = new ArrayList<>();
        TimelineJsSlide[] title = {null};
        Map<String, Integer> index = new HashMap<>();
        int[] columns = {0};
        CsvRows.read(text, MAX_FIELD_CHARS, "the file is empty; expected a TimelineJS sheet with a header row ("
                + String.join(", ", COLUMNS) + ")", new CsvRows.Reader() {
                    @Override
                    public boolean header(List<String> header) {
                        columns[0] = header.size();
                        return TimelineJsCsv.this.header(header, index);
                    }

                    @Override
                    public boolean row(int row, int line, List<String> values) {
                        if (values.stream().allMatch(String::isBlank)) return true;
                        if (values.size() > columns[0] && !values.subList(columns[0], values.size()).stream().allMatch(String::isBlank)) {
                            report(row, line, null, "has " + values.size() + " fields, the header has " + columns[0]
                                    + "; a quote is probably unbalanced");
                            return true;
                        }
                        TimelineJsSlide s = slide(row, line, values, index);
                        switch (s.type()) {
                            case "title" -> {
                                if (title[0] == null) title[0] = s;
                                else events.add(s); // as TimelineJS does with a second title row
                            }
                            case "era" -> eras.add(s);
                            default -> events.add(s);
                        }
                        return true;
                    }
                }, this::report);
        return story(title[0], events, eras);
    }

    private TimelineJsJson.Story story(TimelineJsSlide title, List<TimelineJsSlide> events, List<TimelineJsSlide> eras) {
        return new TimelineJsJson.Story(title, events, eras, "", problems);
    }


    /** Indexes the header by column name (case and surrounding spaces ignored); false, with a problem, if it is not a sheet's. */
    private boolean header(List<String> header, Map<String, Integer> index) {
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(key(header.get(i)), i);
        if (index.containsKey(key("Start Date"))) {
            report(0, 1, "Start Date", "this is a TimelineJS version 1 sheet (\"Start Date\"); save it from the version 3"
                    + " template, whose dates are in Year, Month and Day columns");
            return false;
        }
        List<String> missing = new ArrayList<>();
        if (!index.containsKey(key("Year"))) missing.add("Year");
        if (!index.containsKey(key("Headline")) && !index.containsKey(key("Text"))) missing.add("Headline");
        if (missing.isEmpty()) return true;
        report(0, 1, null, "missing column" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing.stream().map(ProblemText::quote).toList())
                + ": this is not a TimelineJS sheet (its header is " + ProblemText.quote(String.join(",", header))
                + "; TimelineJS's columns are " + String.join(", ", COLUMNS) + ")");
        return false;
    }

    private static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    private static String cell(List<String> values, Map<String, Integer> index, String column) {
        Integer i = index.get(key(column));
        if (i == null || i >= values.size()) return null;
        String v = values.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private TimelineJsSlide slide(int row, int line, List<String> v, Map<String, Integer> index) {
        String type = cell(v, index, "Type");
        String group = cell(v, index, "Group");
        if (group == null) group = cell(v, index, "Tag");
        return new TimelineJsSlide(new SheetPlace(row, COLUMN_OF_FIELD), line,
                type == null ? "" : type.toLowerCase(Locale.ROOT),
                new TimelineJsSlide.Date(cell(v, index, "Year"), cell(v, index, "Month"), cell(v, index, "Day"),
                        cell(v, index, "Time"), null),
                new TimelineJsSlide.Date(cell(v, index, "End Year"), cell(v, index, "End Month"), cell(v, index, "End Day"),
                        cell(v, index, "End Time"), null),
                cell(v, index, "Display Date"), cell(v, index, "Headline"), cell(v, index, "Text"), cell(v, index, "Media"),
                cell(v, index, "Media Credit"), cell(v, index, "Media Caption"), group, null);
    }
}
