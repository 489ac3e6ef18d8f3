package org.aitimeline.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;
import org.aitimeline.text.Product;
import org.aitimeline.timeline.LaneGrouping;

/**
 * The filtered events as a TimelineJS3 story (Knight Lab's JSON format,
 * <a href="https://timeline.knightlab.com/docs/json-format.html">json-format</a>): a title slide from the dataset,
 * then one slide per event with its summary, article passages, public record and corrections as HTML, and the
 * event's lane in the current grouping as the slide's {@code group}; a context event is an era instead.
 *
 * <p>TimelineJS fills a missing month or day with the first one and prints it, so a date known only to the month
 * or year (or approximate) carries a {@code display_date} in our own words; day dates are left to TimelineJS.
 */
public final class TimelineJsExport {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final ExportContext context;
    private final Labels labels;
    private final Locale locale;
    private final Map<String, Organization> organizations;

    private final String title;

    private TimelineJsExport(ExportContext context, String title) {
        this.context = context;
        this.locale = context.locale() == null ? Locale.ENGLISH : context.locale();
        this.labels = Labels.of(locale);
        this.title = title == null || title.isBlank() ? labels.title(context.dataset()) : title;
        this.organizations = context.dataset().organizationsById();
    }

    /**
     * Writes the story to {@code target} through a temporary file.
     *
     * @param title the title slide's headline; null for the dataset's title
     * @throws IllegalArgumentException when no event is left to show (TimelineJS refuses a story without events)
     */
    public static void write(ExportContext context, String title, Path target) throws IOException {
        requireEvents(context);
        AtomicFile.write(target, out -> write(context, title, out));
    }

    /** Writes the story as UTF-8 JSON; the stream is left open. */
    public static void write(ExportContext context, String title, OutputStream out) throws IOException {
        requireEvents(context);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            new TimelineJsExport(context, title).story(g);
        }
    }

    private static void requireEvents(ExportContext context) {
        if (context.events().isEmpty()) {
            throw new IllegalArgumentException("no events match the filters, and a TimelineJS story needs at least one");
        }
        if (context.events().stream().allMatch(Event::isContext)) {
            throw new IllegalArgumentException("only context events match the filters; they become eras, and a TimelineJS"
                    + " story needs at least one event besides its eras");
        }
    }

    private void story(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName("title");
        g.writeStartObject();
        text(g, title, titleText());
        g.writeEndObject();
        g.writeArrayFieldStart("events");
        for (Event e : context.events()) if (!e.isContext()) slide(g, e);
        g.writeEndArray();
        if (context.events().stream().anyMatch(Event::isContext)) {
            g.writeArrayFieldStart("eras");
            for (Event e : context.events()) if (e.isContext()) era(g, e);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * A context event as an era, the band TimelineJS draws behind the story with its headline (its text is kept in
     * the file but not shown). The end is the one an import noted ({@link TimelineJsImport#until}), else the last day
     * of the date; a day date ends the next day, since TimelineJS drops an end equal to the start and then refuses
     * the era.
     */
    private void era(JsonGenerator g, Event e) throws IOException {
        PartialDate start = e.date();
        PartialDate noted = TimelineJsImport.until(e.dateNote().en());
        g.writeStartObject();
        g.writeStringField("unique_id", e.id());
        g.writeFieldName("start_date");
        date(g, start);
        g.writeFieldName("end_date");
        if (noted != null && noted.startEpochDay() >= start.startEpochDay() && !noted.equals(start)) {
            date(g, noted);
        } else {
            LocalDate last = start.precision() == PartialDate.Precision.DAY ? start.endExclusive()
                    : start.endExclusive().minusDays(1);
            date(g, PartialDate.ofDay(last.getYear(), last.getMonthValue(), last.getDayOfMonth()));
        }
        text(g, e.title().in(locale), slideText(e));
        g.writeEndObject();
    }

    private String titleText() {
        StringBuilder html = new StringBuilder();
        String filter = labels.describe(context.filter(), organizations);
        html.append("<p>").append(escape(labels.format("image.events", context.events().size())));
        if (!filter.isEmpty()) html.append(" · ").append(escape(filter));
        html.append("</p>");
        List<Source> cited = context.citedSources();
        if (!cited.isEmpty()) {
            html.append("<p>").append(escape(labels.get("image.sources"))).append(":</p><ul>");
            for (Source s : cited) html.append("<li>").append(escape(labels.credit(s))).append("</li>");
            html.append("</ul>");
        }
        // The data's own credit (schema 3: a licence such as CC BY asks for it), as the PNG prints it.
        context.dataset().creditLine().lines().filter(l -> !l.isBlank())
                .forEach(l -> html.append("<p>").append(escape(l)).append("</p>"));
        html.append("<p><small>").append(escape(Product.NAME + " " + Product.version())).append("</small></p>");
        return html.toString();
    }

    private void slide(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("unique_id", e.id());
        g.writeFieldName("start_date");
        date(g, e.date());
        text(g, e.title().in(locale), slideText(e));
        String group = group(e);
        if (group != null) g.writeStringField("group", group);
        g.writeEndObject();
    }

    /** The date's known parts; a display_date wherever TimelineJS would print a day or drop a qualifier. */
    private void date(JsonGenerator g, PartialDate d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", d.year());
        if (d.precision() != PartialDate.Precision.YEAR) g.writeNumberField("month", d.month());
        if (d.precision() == PartialDate.Precision.DAY) g.writeNumberField("day", d.day());
        if (d.precision() != PartialDate.Precision.DAY || d.isQualified()) {
            g.writeStringField("display_date", DateText.format(d, locale));
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String headline, String html) throws IOException {
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", escape(headline));
        g.writeStringField("text", html);
        g.writeEndObject();
    }

    /** The lane the event is in under the current grouping (its first, for an event in several); null: no groups. */
    String group(Event e) {
        LaneGrouping grouping = context.grouping() == null ? LaneGrouping.NONE : context.grouping();
        if (grouping == LaneGrouping.NONE) return null;
        return labels.facetValue(grouping.facet(), grouping.keysOf(e).get(0), organizations);
    }

    private String slideText(Event e) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(escape(e.summary().in(locale))).append("</p>");
        String note = labels.dateNote(e);
        if (!note.isBlank()) html.append("<p><em>").append(escape(note)).append("</em></p>");
        meta(html, e);
        if (!e.passages().isEmpty()) {
            heading(html, "details.passages");
            for (Passage p : e.passages()) quote(html, p);
        }
        if (!e.evidence().isEmpty()) {
            heading(html, "details.evidence");
            html.append("<ul>");
            for (Evidence ev : e.evidence()) {
                html.append("<li>").append(link(ev.url(), ev.title()));
                if (!ev.publisher().isEmpty()) html.append(" · ").append(escape(ev.publisher()));
                if (ev.published() != null) html.append(" · ").append(escape(DateText.format(ev.published(), locale)));
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (!e.corrections().isEmpty()) {
            heading(html, "details.corrections");
            for (Correction c : e.corrections()) {
                html.append("<p><em>").append(escape(labels.verdict(c.verdict()))).append("</em></p>");
                html.append("<p>").append(escape(labels.get("details.correction.article"))).append(":</p>");
                quote(html, c.claim());
                html.append("<p>").append(escape(labels.get("details.correction.record"))).append(": ")
                        .append(escape(c.text().in(locale)));
                for (int i : c.evidence()) {
                    if (i >= 0 && i < e.evidence().size()) {
                        Evidence ev = e.evidence().get(i);
                        html.append(" (").append(link(ev.url(), ev.title())).append(')');
                    }
                }
                html.append("</p>");
            }
        }
        return html.toString();
    }

    /** Organizations, category, openness and licence on one line, as the details pane lists them. */
    private void meta(StringBuilder html, Event e) {
        StringBuilder line = new StringBuilder();
        for (String id : e.organizations()) {
            Organization o = organizations.get(id);
            separate(line).append(o == null ? id : o.name());
        }
        separate(line).append(labels.category(e.category()));
        if (e.access() != null) separate(line).append(labels.access(e.access()));
        if (!e.licence().isEmpty()) separate(line).append(labels.get("details.licence")).append(": ").append(e.licence());
        html.append("<p><small>").append(escape(line.toString())).append("</small></p>");
    }

    private static StringBuilder separate(StringBuilder line) {
        return line.isEmpty() ? line : line.append(" · ");
    }

    private void heading(StringBuilder html, String key) {
        // Not <h4>: TimelineJS styles headings as large as the headline.
        html.append("<p><strong>").append(escape(labels.get(key))).append("</strong></p>");
    }

    private void quote(StringBuilder html, Passage p) {
        html.append("<blockquote>").append(escape(p.exact()));
        context.dataset().source(p.source()).ifPresent(s ->
                html.append("<br><cite>").append(escape(labels.credit(s))).append("</cite>"));
        html.append("</blockquote>");
    }

    /** A link for web addresses only; any other scheme (javascript:, data:) is shown as text, never followed. */
    static String link(String url, String title) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) return escape(title) + " (" + escape(url) + ")";
        return "<a href=\"" + escape(url.strip()) + "\">" + escape(title) + "</a>";
    }

    /** Text as HTML text or attribute value: the five characters that could open markup are entities. */
    static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity == null && sb == null) continue;
            if (sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (entity == null) sb.append(text.charAt(i));
            else sb.append(entity);
        }
        return sb == null ? text : sb.toString();
    }
}
