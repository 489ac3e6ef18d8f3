package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.model.Verdict;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TimelineJS story is checked against the rules TimelineJS 3.9.11 applies when it reads one (src/js/core/
 * TimelineConfig.js, TLDate.js of the npm package; what it does with a value that breaks them in the comments), and
 * against what each event should say. The render itself is checked by src/tools/check-timelinejs.sh (Chromium).
 */
class TimelineJsExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Every way a story breaks in TimelineJS; empty when it is one TimelineJS renders. */
    static List<String> formatProblems(JsonNode story) {
        List<String> problems = new ArrayList<>();
        JsonNode events = story.get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            problems.add("events: missing or empty (TimelineJS shows an error instead of the story)");
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String at = "events[" + i + "]";
            // Without start_date the event is dropped silently; with a non-numeric year the story never loads.
            problems.addAll(dateProblems(at + ".start_date", e.get("start_date")));
            if (e.has("end_date")) {
                problems.addAll(dateProblems(at + ".end_date", e.get("end_date")));
                if (e.get("end_date").equals(e.get("start_date"))) problems.add(at + ": end_date equals start_date (dropped)");
            }
            if (e.has("group") && !e.get("group").isTextual()) problems.add(at + ".group: not a string");
            JsonNode id = e.get("unique_id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) problems.add(at + ".unique_id: missing");
            else if (!ids.add(id.asText())) problems.add(at + ".unique_id: duplicate " + id.asText());
            if (!e.path("text").path("headline").isTextual()) problems.add(at + ".text.headline: missing");
        }
        JsonNode eras = story.path("eras");
        for (int i = 0; i < eras.size(); i++) {
            JsonNode era = eras.get(i);
            String at = "eras[" + i + "]";
            // An era without both dates is an error that stops the story; an end equal to the start is dropped first.
            if (!era.has("start_date") || !era.has("end_date")) {
                problems.add(at + ": needs both dates");
                continue;
            }
            problems.addAll(dateProblems(at + ".start_date", era.get("start_date")));
            problems.addAll(dateProblems(at + ".end_date", era.get("end_date")));
            if (era.get("end_date").equals(era.get("start_date"))) problems.add(at + ": end_date equals start_date (dropped)");
            // addEra reads text.headline without a check: an era without text stops the story.
            if (!era.path("text").path("headline").isTextual()) problems.add(at + ".text.headline: missing");
            // Eras and slides share one set of ids (TimelineConfig.event_dict).
            JsonNode id = era.get("unique_id");
            if (id != null && !ids.add(id.asText())) problems.add(at + ".unique_id: duplicate " + id.asText());
        }
        return problems;
    }

    private static List<String> dateProblems(String at, JsonNode d) {
        List<String> problems = new ArrayList<>();
        if (d == null || !d.isObject()) {
            problems.add(at + ": missing");
            return problems;
        }
        if (!d.path("year").isIntegralNumber()) problems.add(at + ".year: not a number");
        // Out-of-range parts are shifted, not refused (month 13 is next January): a wrong date, silently.
        if (d.has("month") && !(d.get("month").isIntegralNumber() && d.get("month").asInt() >= 1 && d.get("month").asInt() <= 12)) {
            problems.add(at + ".month: not 1-12");
        }
        if (d.has("day")) {
            if (!d.has("month")) problems.add(at + ".day: without a month");
            else if (!d.get("day").isIntegralNumber() || d.get("day").asInt() < 1
                    || d.get("day").asInt() > java.time.YearMonth.of(d.get("year").asInt(), d.get("month").asInt()).lengthOfMonth()) {
                problems.add(at + ".day: no such day");
            }
        }
        // TimelineJS fills a missing day with the 1st (and a missing month with January) and may show it.
        boolean partial = !d.has("day");
        if (partial && !d.path("display_date").isTextual()) problems.add(at + ": a partial date without display_date");
        return problems;
    }

    private static final String ARTICLE = "Il modello è stato rilasciato con i pesi aperti. Secondo l'articolo il costo fu di 6 milioni.";

    private static Dataset dataset() {
        Source s = new Source("art", "art.txt", "Un articolo <b>grassetto</b>", "it", PartialDate.ofMonth(2025, 3), "", ARTICLE);
        Passage released = new Passage("art", "rilasciato con i pesi aperti", "", "", 20, 48);
        Passage cost = new Passage("art", "il costo fu di 6 milioni", "", "", 68, 92);
        List<Evidence> evidence = List.of(
                new Evidence("Model card", "Example Lab", "https://example.org/card?a=1&b=2", PartialDate.ofDay(2025, 1, 20),
                        Set.of(Evidence.Support.DATE)),
                new Evidence("Sneaky", "", "javascript:alert(1)", null, Set.of()));
        Event year = new Event("year-event", EventKind.EVENT, PartialDate.ofYear(2023), "", text("A year event"),
                text("Known to the year."), Category.CORPORATE, List.of("lab"), List.of("US"), List.of(), List.of(),
                List.of(), null, "", List.of(), List.of());
        Event month = new Event("month-event", EventKind.EVENT, PartialDate.ofMonth(2024, 3), "", text("A month event"),
                text("Known to the month."), Category.POLICY, List.of(), List.of("CN"), List.of(), List.of(),
                List.of(), null, "", List.of(), List.of());
        Event day = new Event("day-event", EventKind.EVENT, PartialDate.ofDay(2025, 1, 20), "",
                text("<script>alert('x')</script> & \"R1\""), text("Weights <img src=x onerror=alert(1)> out."),
                Category.RELEASE, List.of("lab"), List.of("CN"), List.of("R1"), List.of(), List.of(released),
                Access.OPEN_WEIGHTS, "MIT", evidence,
                List.of(new Correction(cost, Verdict.MISLEADING, text("Only the final run cost that."), List.of(0))));
        Event approximate = new Event("approx-event", EventKind.EVENT, PartialDate.parse("2025-02-10~"), "",
                text("An approximate day"), text("Around then."), Category.SURVEY, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, "", List.of(), List.of());
        return new Dataset(org.aitimeline.model.LocalizedText.of("Story & <test>"), "test", List.of(s), List.of(new Organization("lab", "Example Lab", "US", List.of())),
                List.of(year, month, approximate, day), "CC-BY-4.0", "Data by <Example>");
    }

    /** The dataset with three context events: a day, a month, and one imported from TimelineJS with its end noted. */
    private static Dataset withContext() {
        Dataset d = dataset();
        List<Event> events = new ArrayList<>(d.events());
        events.add(new Event("linux", EventKind.CONTEXT, PartialDate.ofDay(1991, 8, 25), "", text("Linux announced"),
                text("A hobby."), Category.RELEASE, List.of(), List.of(), List.of(), List.of(), List.of(), null, "",
                List.of(new Evidence("Usenet post", "", "https://example.org/linux", PartialDate.ofDay(1991, 8, 25),
                        Set.of(Evidence.Support.DATE, Evidence.Support.FACT))), List.of()));
        events.add(new Event("android", EventKind.CONTEXT, PartialDate.ofMonth(2008, 9), "", text("Android"),
                text("A phone."), Category.RELEASE, List.of(), List.of(), List.of(), List.of(), List.of(), null, "",
                List.of(), List.of()));
        events.add(new Event("dotcom", EventKind.CONTEXT, PartialDate.ofYear(1995),
                org.aitimeline.data.imports.TimelineJsImport.untilNote(PartialDate.ofMonth(2001, 3)), text("Dot-com years"),
                text("A bubble."), Category.STATEMENT, List.of(), List.of(), List.of(), List.of(), List.of(), null, "",
                List.of(), List.of()));
        return new Dataset(d.title(), d.origin(), d.sources(), d.organizations(), events, d.licence(), d.attribution());
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, en + " (it)");
    }

    private static ExportContext context(Dataset d, LaneGrouping grouping, Locale locale) {
        return new ExportContext(d, d.events(), EventFilter.NONE, grouping, LaneOrder.FIRST_EVENT, Instant.EPOCH,
                Instant.EPOCH, locale, false);
    }

    private static JsonNode story(ExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJsExport.write(context, null, out);
        return JSON.readTree(out.toByteArray());
    }

    private static Map<String, JsonNode> byId(JsonNode story) {
        Map<String, JsonNode> m = new HashMap<>();
        story.get("events").forEach(e -> m.put(e.get("unique_id").asText(), e));
        return m;
    }

    @Test
    void theCheckerCatchesWhatTimelineJsRefuses() throws IOException {
        JsonNode bad = JSON.readTree("""
                {"events": [
                  {"unique_id": "a", "start_date": {"year": "500 BC"}, "text": {"headline": "h"}},
                  {"unique_id": "a", "start_date": {"year": 2020, "month": 2, "day": 30}, "text": {"headline": "h"}, "group": 3},
                  {"unique_id": "c", "start_date": {"year": 2020, "month": 5}, "end_date": {"year": 2020, "month": 5}, "text": {"headline": "h"}}
                ], "eras": [{"start_date": {"year": 2020}},
                  {"unique_id": "c", "start_date": {"year": 2020, "month": 1, "day": 1}, "end_date": {"year": 2020, "month": 1, "day": 1}}]}""");
        assertEquals(List.of("events[0].start_date.year: not a number", "events[0].start_date: a partial date without display_date",
                "events[1].start_date.day: no such day", "events[1].group: not a string", "events[1].unique_id: duplicate a",
                "events[2].start_date: a partial date without display_date", "events[2].end_date: a partial date without display_date",
                "events[2]: end_date equals start_date (dropped)", "eras[0]: needs both dates",
                "eras[1]: end_date equals start_date (dropped)", "eras[1].text.headline: missing", "eras[1].unique_id: duplicate c"),
                formatProblems(bad));
    }

    @Test
    void datesKeepTheirPrecisionAndNumericParts() throws IOException {
        JsonNode story = story(context(dataset(), LaneGrouping.ORGANIZATION, Locale.ENGLISH));

        assertEquals(List.of(), formatProblems(story));
        Map<String, JsonNode> e = byId(story);
        assertEquals(JSON.readTree("{\"year\":2023,\"display_date\":\"2023\"}"), e.get("year-event").get("start_date"));
        assertEquals(JSON.readTree("{\"year\":2024,\"month\":3,\"display_date\":\"Mar 2024\"}"), e.get("month-event").get("start_date"));
        // A plain day: TimelineJS's own date format; an approximate one keeps its "c.".
        assertEquals(JSON.readTree("{\"year\":2025,\"month\":1,\"day\":20}"), e.get("day-event").get("start_date"));
        assertEquals("c. 10 Feb 2025", e.get("approx-event").get("start_date").get("display_date").asText());
        assertFalse(e.get("day-event").has("end_date"), "a point event is not a span");
    }

    @Test
    void contextEventsAreWrittenAsErasWithTimelineJsDates() throws IOException {
        JsonNode story = story(context(withContext(), LaneGrouping.ORGANIZATION, Locale.ENGLISH));

        assertEquals(List.of(), formatProblems(story));
        assertEquals(Set.of("year-event", "month-event", "approx-event", "day-event"), byId(story).keySet(),
                "context events are not slides");
        Map<String, JsonNode> eras = new HashMap<>();
        story.get("eras").forEach(e -> eras.put(e.get("unique_id").asText(), e));
        assertEquals(Set.of("linux", "android", "dotcom"), eras.keySet());
        // A day: TimelineJS would drop an end equal to the start and then refuse the era, so it ends the next day.
        assertEquals(JSON.readTree("{\"year\":1991,\"month\":8,\"day\":25}"), eras.get("linux").get("start_date"));
        assertEquals(JSON.readTree("{\"year\":1991,\"month\":8,\"day\":26}"), eras.get("linux").get("end_date"));
        // A month spans to its last day.
        assertEquals(JSON.readTree("{\"year\":2008,\"month\":9,\"display_date\":\"Sep 2008\"}"), eras.get("android").get("start_date"));
        assertEquals(JSON.readTree("{\"year\":2008,\"month\":9,\"day\":30}"), eras.get("android").get("end_date"));
        // The end an import noted is the era's end again.
        assertEquals(JSON.readTree("{\"year\":1995,\"display_date\":\"1995\"}"), eras.get("dotcom").get("start_date"));
        assertEquals(JSON.readTree("{\"year\":2001,\"month\":3,\"display_date\":\"Mar 2001\"}"), eras.get("dotcom").get("end_date"));
        assertEquals("Linux announced", eras.get("linux").get("text").get("headline").asText());
        assertTrue(eras.get("linux").get("text").get("text").asText().contains("<a href=\"https://example.org/linux\">Usenet post</a>"));
        assertFalse(eras.get("linux").has("group"), "TimelineJS draws eras outside the groups");
    }

    @Test
    void onlyContextEventsAreNotAStory() {
        Dataset d = withContext();
        ExportContext onlyContext = new ExportContext(d, d.events().stream().filter(Event::isContext).toList(),
                EventFilter.NONE, LaneGrouping.NONE, LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH, Locale.ENGLISH, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimelineJsExport.write(onlyContext, null, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("only context events"), e.getMessage());
    }

    @Test
    void groupsFollowTheCurrentGrouping() throws IOException {
        Map<String, JsonNode> byOrganization = byId(story(context(dataset(), LaneGrouping.ORGANIZATION, Locale.ENGLISH)));
        assertEquals("Example Lab", byOrganization.get("day-event").get("group").asText());
        assertEquals("No organization", byOrganization.get("month-event").get("group").asText());

        Map<String, JsonNode> byCategory = byId(story(context(dataset(), LaneGrouping.CATEGORY, Locale.ENGLISH)));
        assertEquals("Policy", byCategory.get("month-event").get("group").asText());

        Map<String, JsonNode> ungrouped = byId(story(context(dataset(), LaneGrouping.NONE, Locale.ENGLISH)));
        assertFalse(ungrouped.get("day-event").has("group"), "no grouping, no group");
    }

    @Test
    void slidesCarryTheSummaryPassagesEvidenceAndCorrectionsEscaped() throws IOException {
        JsonNode story = story(context(dataset(), LaneGrouping.ORGANIZATION, Locale.ENGLISH));
        JsonNode slide = byId(story).get("day-event").get("text");

        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;R1&quot;", slide.get("headline").asText());
        String html = slide.get("text").asText();
        assertTrue(html.contains("<p>Weights &lt;img src=x onerror=alert(1)&gt; out.</p>"), html);
        assertTrue(html.contains("<blockquote>rilasciato con i pesi aperti<br><cite>Un articolo &lt;b&gt;grassetto&lt;/b&gt; (Mar 2025)</cite></blockquote>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/card?a=1&amp;b=2\">Model card</a> · Example Lab · 20 Jan 2025"), html);
        assertFalse(html.contains("href=\"javascript"), "only web links are links: " + html);
        assertTrue(html.contains("Sneaky (javascript:alert(1))"), html);
        assertTrue(html.contains("<em>Misleading</em>") && html.contains("il costo fu di 6 milioni")
                && html.contains("Only the final run cost that."), html);
        assertTrue(html.contains("Open weights") && html.contains("Licence: MIT"), html);
        assertFalse(html.contains("<script") || html.contains("<img"), html);

        JsonNode title = story.get("title").get("text");
        assertEquals("Story &amp; &lt;test&gt;", title.get("headline").asText());
        assertTrue(title.get("text").asText().contains("4 events"), title.toString());
        assertTrue(title.get("text").asText().contains("<p>Data by &lt;Example&gt; (CC-BY-4.0)</p>"), title.toString());
    }

    @Test
    void italianTextsWhenExportedInItalian() throws IOException {
        Map<String, JsonNode> e = byId(story(context(dataset(), LaneGrouping.ORGANIZATION, Locale.ITALIAN)));
        assertEquals("A month event (it)", e.get("month-event").get("text").get("headline").asText());
        assertEquals("mar 2024", e.get("month-event").get("start_date").get("display_date").asText());
    }

    @Test
    void theBundledDatasetFollowsTheFormatRules() throws Exception {
        Dataset bundled = new DatasetLoader().loadBundled();
        for (LaneGrouping g : LaneGrouping.values()) {
            JsonNode story = story(context(bundled, g, Locale.ENGLISH));
            assertEquals(List.of(), formatProblems(story), g.name());
            assertEquals(bundled.events().stream().filter(e -> !e.isContext()).count(), story.get("events").size());
            assertEquals(bundled.events().stream().filter(Event::isContext).count(), story.path("eras").size());
        }
    }

    @Test
    void writesAtomicallyAndRefusesAnEmptyStory() throws IOException {
        Path target = dir.resolve("story.json");
        Files.writeString(target, "old");
        TimelineJsExport.write(context(dataset(), LaneGrouping.ORGANIZATION, Locale.ENGLISH), "My title", target);
        assertEquals("My title", JSON.readTree(target.toFile()).get("title").get("text").get("headline").asText());
        assertFalse(Files.exists(AtomicFile.partFile(target)));

        Dataset d = dataset();
        ExportContext empty = new ExportContext(d, List.of(), EventFilter.NONE, LaneGrouping.NONE, LaneOrder.FIRST_EVENT,
                Instant.EPOCH, Instant.EPOCH, Locale.ENGLISH, false);
        Path other = dir.resolve("empty.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimelineJsExport.write(empty, null, other));
        assertTrue(e.getMessage().contains("no events"), e.getMessage());
        assertFalse(Files.exists(other));
        assertThrows(IOException.class, () -> TimelineJsExport.write(context(d, LaneGrouping.NONE, Locale.ENGLISH), null,
                dir.resolve("missing-folder").resolve("story.json")));
    }
}
