package org.aitimeline.data.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.text.Labels;

/**
 * Reads a Knight Lab TimelineJS3 story — its JSON, or its Google Sheet saved as CSV — as a dataset: one event per
 * slide, at the precision its date gives, its HTML reduced to text, its group a lane, its links the event's
 * evidence. Such an event has no article passage: a web link makes it sourced by the record, otherwise it is
 * {@linkplain Event#isUnsourced() unsourced}. An era becomes a {@linkplain EventKind#CONTEXT context} event. What the
 * app cannot hold (the title slide's text, times, media that is not a link) is reported as a notice, not dropped
 * silently.
 */
public final class TimelineJsImport {

    /** What a slide's {@code group} becomes: an organization (one lane per group) or a category. */
    public enum GroupAs { ORGANIZATION, CATEGORY }

    private static final String UNTIL = "Until ";
    private static final String UNTIL_END = " (the end date in TimelineJS).";

    /** The date note an imported slide or era carries for its TimelineJS end date: "Until 2024-04 (the end date in TimelineJS)." */
    public static String untilNote(PartialDate end) {
        return UNTIL + end.toEdtf() + UNTIL_END;
    }

    /**
     * The end date an import wrote at the start of a date note ({@link #untilNote}), so that an era read from TimelineJS
     * is written back with its end; null when the note has none.
     */
    public static PartialDate until(String dateNote) {
        if (dateNote == null || !dateNote.startsWith(UNTIL)) return null;
        int end = dateNote.indexOf(UNTIL_END, UNTIL.length());
        if (end < 0) return null;
        try {
            return PartialDate.parse(dateNote.substring(UNTIL.length(), end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The two shapes a TimelineJS story comes in. */
    public enum Shape { JSON, CSV }

    /** The dataset read, and what it could not keep (file, place, what was lost). */
    public record Imported(Dataset dataset, List<Problem> notices) {
    }

    /** The category of an event whose group does not give one: the mildest claim, that someone said it happened. */
    public static final Category DEFAULT_CATEGORY = Category.STATEMENT;
    /** Limits on what one slide may hold once its HTML is text; more is refused, naming the slide and field. */
    static final int MAX_TITLE = 400;
    static final int MAX_TEXT = 10_000;
    static final int MAX_SHORT = 2_000;

    private static final JsonFactory SNIFF = new JsonFactory();

    private TimelineJsImport() {
    }

    /**
     * The TimelineJS shape of a file, or null for anything else (our own dataset, which the loader reads).
     * A JSON object whose top level has {@code events} but none of our own fields ({@code schemaVersion},
     * {@code sources}, {@code organizations}) is a story; a CSV is one when its header names a Year or Headline column,
     * or when its name ends in .csv (so that a wrong header is reported as one).
     */
    public static Shape recognise(String fileName, byte[] bytes, int offset) {
        int i = offset;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) i++;
        if (i >= bytes.length) return null;
        if (bytes[i] == '{') return looksLikeStory(bytes, i) ? Shape.JSON : null;
        if (bytes[i] == '[') return null;
        int end = i;
        while (end < bytes.length && end - i < 4096 && bytes[end] != '\n' && bytes[end] != '\r') end++;
        String header = new String(bytes, i, end - i, StandardCharsets.UTF_8);
        for (String cell : header.split("[,\t;]")) {
            String c = cell.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (c.equals("year") || c.equals("headline")) return Shape.CSV;
        }
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? Shape.CSV : null;
    }

    /** Reads top-level field names only; a syntax error ends the look with what was seen so far. */
    private static boolean looksLikeStory(byte[] bytes, int from) {
        boolean events = false;
        boolean ours = false;
        try (JsonParser p = SNIFF.createParser(bytes, from, bytes.length - from)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                switch (name) {
                    case "events", "eras", "scale" -> events |= name.equals("events");
                    case "schemaVersion", "sources", "organizations", "$schema" -> ours = true;
                    default -> { }
                }
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // Broken JSON: decided by the fields before the break; the reader then reports where it broke.
        }
        return events && !ours;
    }

    /**
     * Converts a story. {@code file} names it in problems; {@code origin} is where it was opened from.
     *
     * @throws DatasetException with every problem found (each naming the row or JSON path); nothing half-read is returned
     */
    public static Imported read(String file, String origin, byte[] bytes, int offset, Shape shape, GroupAs groupAs)
            throws DatasetException {
        TimelineJsJson.Story story = shape == Shape.CSV ? TimelineJsCsv.read(file, bytes, offset)
                : TimelineJsJson.read(file, bytes, offset);
        // Problems of shape (a wrong type, a row too long) and of content are reported together, in file order.
        return new Conversion(file, groupAs, story.problems()).run(story, origin);
    }

    /** One story's conversion: its problems and notices, the organizations its groups made, the ids used. */
    private static final class Conversion {
        final String file;
        final GroupAs groupAs;
        final List<Problem> problems = new ArrayList<>();
        final List<Problem> notices = new ArrayList<>();
        final Map<String, Organization> organizations = new LinkedHashMap<>();
        final Map<String, String> organizationByGroup = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        final Map<String, Category> categories = categoryNames();

        Conversion(String file, GroupAs groupAs, List<Problem> found) {
            this.file = file;
            this.groupAs = groupAs;
            problems.addAll(found);
        }

        Imported run(TimelineJsJson.Story story, String origin) throws DatasetException {
            String title = null;
            if (story.title() != null) {
                TimelineJsSlide t = story.title();
                title = limited(t, "text.headline", HtmlText.of(t.headline()).text(), MAX_TITLE);
                if (t.text() != null && !HtmlText.of(t.text()).text().isEmpty()) {
                    notice(t, "text.text", "the title slide's text is not kept: a dataset here has a title only");
                }
                if (t.media() != null) notice(t, "media.url", "the title slide's media is not kept");
            }
            if (title == null || title.isBlank()) title = fileTitle(file);
            List<Event> events = new ArrayList<>(story.events().size());
            for (TimelineJsSlide s : story.events()) {
                Event e = event(s);
                if (e != null) events.add(e);
            }
            // TimelineJS itself refuses a story whose only dated slides are eras: they do not count as its events.
            boolean noSlides = events.isEmpty();
            for (TimelineJsSlide era : story.eras()) {
                Event e = event(era);
                if (e != null) events.add(e);
            }
            if (story.scale() != null && story.scale().equalsIgnoreCase("cosmological")) {
                notice(null, "scale", "a cosmological scale: only years 1 to 9999 can be read");
            }
            if (noSlides && problems.isEmpty()) {
                problems.add(new Problem(file, "events", 0, "the story has no events with a date"));
            }
            if (!problems.isEmpty()) throw new DatasetException(problems);
            events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
            return new Imported(new Dataset(title, origin, List.of(), new ArrayList<>(organizations.values()), events),
                    List.copyOf(notices));
        }

        void problem(TimelineJsSlide s, String field, String message) {
            problems.add(new Problem(file, field == null ? s.place().slide() : s.place().field(field), s.line(), message));
        }

        void notice(TimelineJsSlide s, String field, String message) {
            String at = s == null ? field : field == null ? s.place().slide() : s.place().field(field);
            notices.add(new Problem(file, at, s == null ? 0 : s.line(), message));
        }

        /** The text, or null with a problem when it is longer than {@code max}. */
        String limited(TimelineJsSlide s, String field, String text, int max) {
            if (text.length() <= max) return text;
            problem(s, field, "is " + text.length() + " characters long as text; at most " + max + " fit here");
            return null;
        }

        /**
         * A slide as an event; an era (a span TimelineJS draws behind the story) as a context event: history the
         * story is set against, hidden until the user asks for context, with its end in the date note as a slide's.
         */
        Event event(TimelineJsSlide s) {
            int before = problems.size();
            boolean era = s.type().equals("era");
            if (s.start().isEmpty() || s.start().year() == null) {
                notice(s, "start_date", "has no start date (year): TimelineJS does not show " + (era ? "the era" : "it")
                        + " either; left out");
                return null;
            }
            PartialDate date = date(s, "start_date", s.start());
            List<String> notes = new ArrayList<>();
            if (!s.end().isEmpty()) {
                PartialDate end = s.end().year() == null ? null : date(s, "end_date", s.end());
                if (era && end != null && date != null && end.endEpochDay() <= date.startEpochDay()) {
                    problem(s, "end_date", "the era ends (" + end.toEdtf() + ") before it starts (" + date.toEdtf() + ")");
                } else if (end != null && !end.equals(date)) {
                    notes.add(untilNote(end));
                } else if (s.end().year() == null) {
                    problem(s, "end_date.year", "an end date needs a year");
                }
            } else if (era) {
                notice(s, "end_date", "the era has no end date (TimelineJS reports it as an error); kept at its start date");
            }
            if (s.start().time() != null) notes.add("Time: " + HtmlText.clean(s.start().time()) + ".");
            String display = s.displayDate() != null ? s.displayDate() : s.start().displayDate();
            if (display != null && !display.isBlank()) notes.add("Shown in TimelineJS as “" + HtmlText.of(display).text() + "”.");
            HtmlText headline = HtmlText.of(limitedRaw(s, "text.headline", s.headline(), MAX_TEXT));
            HtmlText text = HtmlText.of(limitedRaw(s, "text.text", s.text(), 20 * MAX_TEXT));
            String title = headline.text().isEmpty() ? firstLine(text.text()) : headline.text();
            if (title.isEmpty()) title = (era ? "Untitled era (" : "Untitled slide (") + s.place().slide() + ")";
            title = limited(s, "text.headline", title, MAX_TITLE);
            String summary = limited(s, "text.text", text.text(), MAX_TEXT);
            String dateNote = limited(s, "display_date", String.join(" ", notes), MAX_SHORT);
            List<Evidence> evidence = evidence(s, title == null ? "" : title, headline, text);
            Category category = DEFAULT_CATEGORY;
            List<String> orgs = List.of();
            String group = s.group() == null ? "" : HtmlText.of(limitedRaw(s, "group", s.group(), MAX_SHORT)).text();
            if (!group.isEmpty()) {
                if (groupAs == GroupAs.CATEGORY) {
                    category = categories.get(group.toLowerCase(Locale.ROOT));
                    if (category == null) {
                        problem(s, "group", ProblemText.id(group) + " is not a category (" + String.join(", ",
                                org.aitimeline.model.Coded.ids(Category.class)) + "); import grouping as organizations to"
                                + " keep it as a lane (--tl-group-as organization)");
                    }
                } else {
                    orgs = List.of(organization(group));
                }
            }
            if (problems.size() != before || date == null) return null;
            return new Event(id(s, title), era ? EventKind.CONTEXT : EventKind.EVENT, date, dateNote, new LocalizedText(title, title),
                    new LocalizedText(summary, summary), category, orgs, List.of(), List.of(), List.of(), List.of(), null, "",
                    evidence, List.of());
        }

        /** The raw HTML, or null with a problem when even the markup is far beyond what its text may hold. */
        String limitedRaw(TimelineJsSlide s, String field, String html, int max) {
            if (html == null || html.length() <= max) return html;
            problem(s, field, "is " + html.length() + " characters long; at most " + max + " are read");
            return null;
        }

        PartialDate date(TimelineJsSlide s, String field, TimelineJsSlide.Date d) {
            Integer year = number(s, field + ".year", d.year());
            Integer month = d.month() == null ? null : number(s, field + ".month", d.month());
            Integer day = d.day() == null ? null : number(s, field + ".day", d.day());
            if (year == null || d.month() != null && month == null || d.day() != null && day == null) return null;
            if (year < 1 || year > 9999) {
                problem(s, field + ".year", "year " + year + " is outside the years this app holds (1 to 9999)");
                return null;
            }
            if (month == null) {
                if (day != null) problem(s, field + ".day", "a day needs a month");
                return day == null ? PartialDate.ofYear(year) : null;
            }
            if (month < 1 || month > 12) {
                // TimelineJS would roll month 13 into the next year; a wrong date is worse than a refusal.
                problem(s, field + ".month", "month " + month + " is not 1 to 12");
                return null;
            }
            if (day == null) return PartialDate.ofMonth(year, month);
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                problem(s, field + ".day", "there is no day " + day + " in " + year + "-" + (month < 10 ? "0" : "") + month);
                return null;
            }
            return PartialDate.ofDay(year, month, day);
        }

        /** A whole number as TimelineJS cleans it (spaces and thousands commas removed), or null with a problem. */
        Integer number(TimelineJsSlide s, String field, String raw) {
            StringBuilder digits = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c != ',' && !Character.isWhitespace(c)) digits.append(c);
            }
            String v = digits.toString();
            if (v.endsWith(".0")) v = v.substring(0, v.length() - 2);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problem(s, field, "is not a whole number: " + ProblemText.quote(raw));
                return null;
            }
        }

        /** The media and the text's web links, each once: a web page supports the fact, a picture or video nothing. */
        List<Evidence> evidence(TimelineJsSlide s, String title, HtmlText headline, HtmlText text) {
            Map<String, Evidence> byUrl = new LinkedHashMap<>();
            if (s.media() != null) {
                String url = s.media().strip();
                if (isWeb(url)) {
                    if (limitedRaw(s, "media.url", url, MAX_SHORT) != null) {
                        String caption = HtmlText.of(s.mediaCaption()).text();
                        String credit = HtmlText.of(s.mediaCredit()).text();
                        String name = !caption.isEmpty() ? caption : !credit.isEmpty() ? credit : title;
                        byUrl.put(url, new Evidence(clip(name), clip(credit), url, null, supports(url)));
                    }
                } else if (!url.isEmpty()) {
                    notice(s, "media.url", "media that is not a web address (embedded HTML, a data: URI) is not kept");
                }
            }
            List<HtmlText.Link> links = new ArrayList<>(headline.links());
            links.addAll(text.links());
            for (HtmlText.Link l : links) {
                if (l.url().length() > MAX_SHORT) continue;
                byUrl.putIfAbsent(l.url(), new Evidence(clip(l.text().isEmpty() ? l.url() : l.text()), "", l.url(), null,
                        supports(l.url())));
            }
            return new ArrayList<>(byUrl.values());
        }

        private static String clip(String s) {
            return s.length() <= MAX_TITLE ? s : s.substring(0, MAX_TITLE - 1) + "…";
        }

        private static final java.util.regex.Pattern MEDIA_FILE =
                java.util.regex.Pattern.compile("\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|mp3|mp4|m4a|wav|ogg|webm|mov)$");
        private static final java.util.regex.Pattern MEDIA_SITE = java.util.regex.Pattern.compile("https?://(www\\.|m\\.)?"
                + "(youtube\\.com|youtu\\.be|vimeo\\.com|soundcloud\\.com|open\\.spotify\\.com|flickr\\.com|"
                + "instagram\\.com|giphy\\.com)/");

        static boolean isWeb(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://");
        }

        /** A page is cited for the fact; a picture, a sound or a video only illustrates it. */
        static Set<Evidence.Support> supports(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            int q = lower.indexOf('?');
            String path = q < 0 ? lower : lower.substring(0, q);
            boolean media = MEDIA_FILE.matcher(path).find() || MEDIA_SITE.matcher(lower).lookingAt();
            return media ? Set.of() : Set.of(Evidence.Support.FACT);
        }

        String organization(String group) {
            return organizationByGroup.computeIfAbsent(group, g -> {
                String id = unique(slug(g, "group"), organizations.keySet());
                organizations.put(id, new Organization(id, g, "", List.of()));
                return id;
            });
        }

        String id(TimelineJsSlide s, String title) {
            String given = s.uniqueId() == null ? "" : s.uniqueId().strip();
            String id = isId(given) ? given : slug(title, "slide");
            String unique = unique(id, ids);
            ids.add(unique);
            return unique;
        }

        static boolean isId(String s) {
            if (s.isEmpty() || s.length() > 100) return false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || i > 0 && (c == '-' || c == '_' || c == '.')))) return false;
            }
            return true;
        }

        /** An id from a name: ASCII letters and digits joined by '-', at most 60 characters. */
        static String slug(String name, String fallback) {
            // Accents off ("Città" → "citta"): the marks the decomposition leaves are skipped below.
            String ascii = name.chars().allMatch(c -> c < 128) ? name
                    : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ascii.length() && sb.length() < 60; i++) {
                char c = Character.toLowerCase(ascii.charAt(i));
                if (c < 128 && Character.isLetterOrDigit(c)) sb.append(c);
                else if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
                else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            }
            while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') sb.setLength(sb.length() - 1);
            return sb.length() == 0 ? fallback : sb.toString();
        }

        static String unique(String id, Set<String> used) {
            if (!used.contains(id)) return id;
            for (int n = 2; ; n++) {
                String candidate = id + "-" + n;
                if (!used.contains(candidate)) return candidate;
            }
        }

        static String firstLine(String text) {
            int nl = text.indexOf('\n');
            String line = nl < 0 ? text : text.substring(0, nl);
            return line.length() <= 120 ? line : line.substring(0, 119) + "…";
        }

        static String fileTitle(String file) {
            String name = file.replace('\\', '/');
            return name.substring(name.lastIndexOf('/') + 1);
        }

        /** Category ids and their English and Italian names, lower-cased. */
        static Map<String, Category> categoryNames() {
            Map<String, Category> m = new HashMap<>();
            for (Locale l : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
                Labels labels = Labels.of(l);
                for (Category c : Category.values()) m.put(labels.category(c).toLowerCase(Locale.ROOT), c);
            }
            for (Category c : Category.values()) m.put(c.id(), c);
            return m;
        }
    }
}
