package org.aitimeline.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimelineJS stories read as datasets: what each field becomes, and every way a hostile file is refused in words. */
class TimelineJsImportTest {

    @TempDir
    Path dir;

    static final String STORY = """
            {
              "title": {"text": {"headline": "Story <i>of</i> AI", "text": "<p>An introduction</p>"}},
              "events": [
                {"unique_id": "llama-leak", "start_date": {"year": 2023, "month": 3, "day": 3},
                 "text": {"headline": "LLaMA weights leak", "text": "<p>Posted on <a href='https://example.org/4chan'>a board</a> &amp; spread.</p><script>alert(1)</script>"},
                 "media": {"url": "https://example.org/photo.jpg", "credit": "AP", "caption": "The <b>board</b>"},
                 "group": "Meta"},
                {"start_date": {"year": "2019"}, "text": {"headline": "GPT-2 &ldquo;too dangerous&rdquo;"}, "group": "OpenAI"},
                {"start_date": {"year": 2024, "month": "5"}, "display_date": "Spring 2024",
                 "text": {"headline": "A month", "text": "No link at all"}, "group": "Meta"},
                {"text": {"headline": "No date"}}
              ],
              "eras": [{"start_date": {"year": 2022}, "end_date": {"year": 2023}, "text": {"headline": "Before"}}]
            }""";

    private record Read(Dataset dataset, List<Problem> notices) {
    }

    private Read load(String name, String content, TimelineJsImport.GroupAs groupAs) throws DatasetException, IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<Problem> notices = new ArrayList<>();
        Dataset d = new DatasetLoader().load(file, groupAs, notices::add);
        return new Read(d, notices);
    }

    private List<Problem> refused(String name, String content) throws IOException {
        return refused(name, content, TimelineJsImport.GroupAs.ORGANIZATION);
    }

    private List<Problem> refused(String name, String content, TimelineJsImport.GroupAs groupAs) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return assertThrows(DatasetException.class, () -> new DatasetLoader().load(file, groupAs)).problems();
    }

    private static Event event(Dataset d, String title) {
        return d.events().stream().filter(e -> e.title().en().equals(title)).findFirst().orElseThrow(() ->
                new AssertionError("no event " + title + " in " + d.events().stream().map(e -> e.title().en()).toList()));
    }

    @Test
    void aJsonStoryBecomesEventsAtTheirPrecisionWithGroupsAsOrganizations() throws Exception {
        Read r = load("story.json", STORY, TimelineJsImport.GroupAs.ORGANIZATION);
        Dataset d = r.dataset();

        assertEquals("Story of AI", d.title().en());
        assertEquals(3, d.events().stream().filter(Event::isHappening).count(),
                "the slide without a date is left out, as TimelineJS leaves it out");
        Event leak = event(d, "LLaMA weights leak");
        assertEquals("llama-leak", leak.id());
        assertEquals(PartialDate.ofDay(2023, 3, 3), leak.date());
        assertEquals(PartialDate.ofYear(2019), event(d, "GPT-2 “too dangerous”").date());
        assertEquals(PartialDate.ofMonth(2024, 5), event(d, "A month").date());
        assertEquals("Shown in TimelineJS as “Spring 2024”.", event(d, "A month").dateNote().en());

        assertEquals(List.of("Meta", "OpenAI"), d.organizations().stream().map(o -> o.name()).sorted().toList());
        assertEquals(leak.organizations(), event(d, "A month").organizations(), "one group, one lane");
        assertEquals(TimelineJsImport.DEFAULT_CATEGORY, leak.category());
    }

    @Test
    void htmlBecomesTextAndLinksBecomeEvidence() throws Exception {
        Event leak = event(load("story.json", STORY, TimelineJsImport.GroupAs.ORGANIZATION).dataset(), "LLaMA weights leak");

        assertEquals("Posted on a board & spread.", leak.summary().en(), "script dropped with its content, entities decoded");
        List<Evidence> evidence = leak.evidence();
        assertEquals(List.of("https://example.org/photo.jpg", "https://example.org/4chan"), evidence.stream().map(Evidence::url).toList());
        assertEquals("The board", evidence.get(0).title());
        assertEquals("AP", evidence.get(0).publisher());
        assertEquals(Set.of(), evidence.get(0).supports(), "a picture illustrates, it does not source");
        assertEquals(Set.of(Evidence.Support.FACT), evidence.get(1).supports(), "a linked page is cited for the fact");
        assertFalse(leak.isUnsourced());
        assertTrue(event(load("story.json", STORY, TimelineJsImport.GroupAs.ORGANIZATION).dataset(), "A month").isUnsourced());
        assertTrue(leak.passages().isEmpty());
    }

    @Test
    void whatCannotBeKeptIsToldNotDropped() throws Exception {
        List<String> notices = load("story.json", STORY, TimelineJsImport.GroupAs.ORGANIZATION).notices().stream()
                .map(Problem::toString).toList();
        String file = dir.resolve("story.json").toString();
        assertEquals(List.of(file + ":2: title.text.text: the title slide's text is not kept: a dataset here has a title only",
                file + ":11: events[3].start_date: has no start date (year): TimelineJS does not show it either; left out"),
                notices);
    }

    static final String ERAS = """
            {
              "events": [{"start_date": {"year": 2023, "month": 3}, "text": {"headline": "A slide"}}],
              "eras": [
                {"start_date": {"year": 1991, "month": 8, "day": 25}, "end_date": {"year": 1998},
                 "text": {"headline": "The <i>Linux</i> years", "text": "<p>As told by <a href='https://example.org/linux'>the record</a>.</p><script>x()</script>"}},
                {"start_date": {"year": "2008", "month": "9"}, "end_date": {"year": 2009, "month": 3},
                 "text": {"headline": "Android &amp; Chromium", "text": "No link"}}
              ]
            }""";

    @Test
    void erasBecomeContextEventsAtTheirPrecisionWithTheirEndInTheDateNote() throws Exception {
        Read r = load("eras.json", ERAS, TimelineJsImport.GroupAs.ORGANIZATION);
        Dataset d = r.dataset();

        assertEquals(List.of(), r.notices(), "eras are kept, so nothing is reported");
        assertEquals(List.of("A slide"), d.events().stream().filter(Event::isHappening).map(e -> e.title().en()).toList());
        Event linux = event(d, "The Linux years");
        assertEquals(EventKind.CONTEXT, linux.kind());
        assertEquals(PartialDate.ofDay(1991, 8, 25), linux.date());
        assertEquals("Until 1998 (the end date in TimelineJS).", linux.dateNote().en());
        assertEquals(PartialDate.ofYear(1998), TimelineJsImport.until(linux.dateNote().en()));
        assertEquals("As told by the record.", linux.summary().en(), "HTML reduced as a slide's, script and all");
        assertEquals(List.of("https://example.org/linux"), linux.evidence().stream().map(Evidence::url).toList());
        assertFalse(linux.isUnsourced(), "a linked page sources an era as it sources a slide");
        assertEquals("the-linux-years", linux.id());

        Event android = event(d, "Android & Chromium");
        assertEquals(EventKind.CONTEXT, android.kind());
        assertEquals(PartialDate.ofMonth(2008, 9), android.date());
        assertEquals("Until 2009-03 (the end date in TimelineJS).", android.dateNote().en());
        assertTrue(android.isUnsourced(), "no link: imported without a source, as a slide");
        assertEquals(TimelineJsImport.DEFAULT_CATEGORY, android.category());
    }

    @Test
    void eraRowsOfASheetBecomeContextEvents() throws Exception {
        Read r = load("sheet.csv", SHEET, TimelineJsImport.GroupAs.ORGANIZATION);
        Event era = event(r.dataset(), "An era");
        assertEquals(EventKind.CONTEXT, era.kind());
        assertEquals(PartialDate.ofYear(1990), era.date());
        assertEquals("Until 2000 (the end date in TimelineJS).", era.dateNote().en());
        assertTrue(r.notices().stream().noneMatch(n -> n.path().startsWith("row 4 ")), r.notices().toString());

        List<Problem> backwards = refused("back.csv", SHEET.replace("1990,,,,2000", "1990,,,,1980"));
        assertEquals(List.of("row 4 \"End Year\": the era ends (1980) before it starts (1990)"),
                backwards.stream().map(p -> p.path() + ": " + p.message()).toList());
        assertEquals(6, backwards.get(0).line(), "lines count the quoted line break");
    }

    @Test
    void anEraWithoutDatesOrEndingBeforeItStartsNamesItsPlace() throws Exception {
        String undated = """
                {"events": [{"start_date": {"year": 2023}, "text": {"headline": "A"}}],
                 "eras": [{"text": {"headline": "Undated"}},
                          {"start_date": {"year": 2001}, "text": {"headline": "Open-ended"}}]}""";
        Read r = load("undated.json", undated, TimelineJsImport.GroupAs.ORGANIZATION);
        String f = dir.resolve("undated.json").toString();
        assertEquals(List.of(f + ":2: eras[0].start_date: has no start date (year): TimelineJS does not show the era either; left out",
                f + ":3: eras[1].end_date: the era has no end date (TimelineJS reports it as an error); kept at its start date"),
                r.notices().stream().map(Problem::toString).toList());
        assertEquals(PartialDate.ofYear(2001), event(r.dataset(), "Open-ended").date());
        assertEquals(EventKind.CONTEXT, event(r.dataset(), "Open-ended").kind());

        List<String> backwards = refused("backwards.json", ERAS.replace("\"end_date\": {\"year\": 1998}",
                "\"end_date\": {\"year\": 1990}")).stream().map(Problem::toString).toList();
        assertEquals(List.of(dir.resolve("backwards.json") + ":4: eras[0].end_date: the era ends (1990) before it starts (1991-08-25)"),
                backwards);

        String sheet = "Year,Month,Day,End Year,Headline,Type\n2023,,,,A slide,\n2010,5,,2009,Backwards,era\n";
        assertEquals(List.of(dir.resolve("back.csv") + ":3: row 2 \"End Year\": the era ends (2009) before it starts (2010-05)"),
                refused("back.csv", sheet).stream().map(Problem::toString).toList());
    }

    @Test
    void erasAloneAreNotAStory() throws IOException {
        List<Problem> p = refused("only-eras.json", """
                {"events": [], "eras": [{"start_date": {"year": 2001}, "end_date": {"year": 2002}, "text": {"headline": "E"}}]}""");
        assertEquals(List.of("the story has no events with a date"), p.stream().map(Problem::message).toList());
    }

    @Test
    void groupsAsCategoriesByIdOrName() throws Exception {
        String story = """
                {"events": [
                  {"start_date": {"year": 2023}, "text": {"headline": "A"}, "group": "Policy"},
                  {"start_date": {"year": 2023}, "text": {"headline": "B"}, "group": "release"},
                  {"start_date": {"year": 2023}, "text": {"headline": "C"}, "group": "Rilascio"}
                ]}""";
        Dataset d = load("cat.json", story, TimelineJsImport.GroupAs.CATEGORY).dataset();
        assertEquals(Category.POLICY, event(d, "A").category());
        assertEquals(Category.RELEASE, event(d, "B").category());
        assertEquals(Category.RELEASE, event(d, "C").category());
        assertTrue(d.organizations().isEmpty());

        List<Problem> problems = refused("cat2.json", story.replace("\"release\"", "\"Politics\""), TimelineJsImport.GroupAs.CATEGORY);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("events[1].group", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("'Politics' is not a category (release, leak,"), problems.get(0).message());
        assertTrue(problems.get(0).message().contains("--tl-group-as organization"), problems.get(0).message());
    }

    static final String SHEET = """
            Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
            ,,,,,,,,,The <b>sheet</b>,Intro,,,,,title,,
            2023,,,,,,,,,Year only,"See <a href=""https://example.org/src"">the source</a>",,,,,,Meta,#ffffff
            2024,3,15,14:30,2024,4,,,,"Quoted, with comma","two
            lines",https://example.org/page,Reuters,,,,OpenAI,
            1990,,,,2000,,,,,An era,,,,,,era,,
            """;

    @Test
    void aSheetSavedAsCsvReadsLikeTheJson() throws Exception {
        Read r = load("sheet.csv", SHEET, TimelineJsImport.GroupAs.ORGANIZATION);
        Dataset d = r.dataset();

        assertEquals("The sheet", d.title().en());
        assertEquals(2, d.events().stream().filter(Event::isHappening).count());
        assertEquals(PartialDate.ofYear(2023), event(d, "Year only").date());
        Event quoted = event(d, "Quoted, with comma");
        assertEquals(PartialDate.ofDay(2024, 3, 15), quoted.date());
        assertEquals("two\nlines", quoted.summary().en());
        assertEquals("Until 2024-04 (the end date in TimelineJS). Time: 14:30.", quoted.dateNote().en());
        assertEquals("Reuters", quoted.evidence().get(0).title());
        assertEquals(Set.of(Evidence.Support.FACT), quoted.evidence().get(0).supports());
        assertEquals("the source", event(d, "Year only").evidence().get(0).title());
        assertEquals(List.of("row 1 \"Text\""), r.notices().stream().map(Problem::path).toList());
        assertEquals(List.of(2), r.notices().stream().map(Problem::line).toList());
    }

    @Test
    void recognisedByShapeNotByName() {
        byte[] ours = "{\"$schema\": \"x\", \"schemaVersion\": 3, \"title\": \"t\", \"events\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] story = "\n {\"title\": {\"text\": {}}, \"events\": [{\"start_date\": {\"year\": 1}}]}".getBytes(StandardCharsets.UTF_8);
        byte[] brokenStory = "{\"events\": [{\"start_date\": {\"year\": 1}} oops".getBytes(StandardCharsets.UTF_8);
        byte[] sheet = "\"Year\";\"Headline\"\n2023;x\n".getBytes(StandardCharsets.UTF_8);
        byte[] text = "hello, world\n".getBytes(StandardCharsets.UTF_8);

        assertNull(TimelineJsImport.recognise("a.json", ours, 0));
        assertEquals(TimelineJsImport.Shape.JSON, TimelineJsImport.recognise("a.txt", story, 0));
        assertEquals(TimelineJsImport.Shape.JSON, TimelineJsImport.recognise("a.json", brokenStory, 0));
        assertEquals(TimelineJsImport.Shape.CSV, TimelineJsImport.recognise("a.txt", sheet, 0));
        assertNull(TimelineJsImport.recognise("a.json", text, 0), "our loader reports it is not JSON");
        assertEquals(TimelineJsImport.Shape.CSV, TimelineJsImport.recognise("a.csv", text, 0), "a .csv gets the sheet's own error");
    }

    @Test
    void theBundledDatasetIsStillOurs() throws Exception {
        assertFalse(new DatasetLoader().loadBundled().events().isEmpty());
    }

    // ----- hostile input: one clear problem naming the place, never an exception -----

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        List<Problem> p = refused("broken.json", "{\"events\": [\n  {\"start_date\": {\"year\": 2023}},\n  {\"start_date\": \n}");
        assertEquals(1, p.size(), p.toString());
        assertEquals(4, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("not valid JSON: "), p.get(0).message());
    }

    @Test
    void deeplyNestedJsonIsAProblemNotAStackOverflow() throws IOException {
        String deep = "{\"events\": [" + "[".repeat(5000) + "]".repeat(5000) + "]}";
        List<Problem> p = refused("deep.json", deep);
        assertTrue(p.get(0).message().contains("not valid JSON") && p.get(0).message().contains("nesting"), p.toString());
    }

    @Test
    void wrongTypesAndImpossibleDatesNameTheirField() throws IOException {
        String story = """
                {"events": [
                  {"start_date": {"year": "500 BC"}, "text": {"headline": "a"}},
                  {"start_date": {"year": 2023, "month": 13}, "text": {"headline": "b"}},
                  {"start_date": {"year": 2023, "month": 2, "day": 30}, "text": {"headline": "c"}},
                  {"start_date": {"year": 2023}, "text": {"headline": ["not", "text"]}},
                  {"start_date": {"year": -44}, "text": {"headline": "e"}},
                  {"start_date": {"year": 2023, "day": 4}, "text": {"headline": "f"}}
                ]}""";
        List<String> p = refused("dates.json", story).stream().map(x -> x.path() + ": " + x.message()).toList();
        assertEquals(List.of("events[3].text.headline: must be a string or a number",
                "events[0].start_date.year: is not a whole number: \"500 BC\"",
                "events[1].start_date.month: month 13 is not 1 to 12",
                "events[2].start_date.day: there is no day 30 in 2023-02",
                "events[4].start_date.year: year -44 is outside the years this app holds (1 to 9999)",
                "events[5].start_date.day: a day needs a month"), p);
    }

    @Test
    void hugeFieldsAreRefusedNamingRowAndField() throws IOException {
        String huge = "x".repeat(TimelineJsImport.MAX_TITLE + 1);
        List<Problem> p = refused("huge.json", "{\"events\": [{\"start_date\": {\"year\": 2023}, \"text\": {\"headline\": \"" + huge + "\"}}]}");
        assertEquals("events[0].text.headline", p.get(0).path());
        assertEquals("is 401 characters long as text; at most 400 fit here", p.get(0).message());

        String csv = "Year,Headline,Text\n2023,ok,fine\n2024,big,\"" + "y".repeat(TimelineJsCsv.MAX_FIELD_CHARS + 10) + "\"\n";
        List<Problem> c = refused("huge.csv", csv);
        assertEquals("row 2 \"Text\"", c.get(0).path());
        assertEquals(3, c.get(0).line());
        assertTrue(c.get(0).message().startsWith("a field is longer than 1048576 characters"), c.get(0).message());
    }

    @Test
    void scriptInHtmlNeverSurvivesAsMarkupOrLoadsAnything() throws Exception {
        String story = """
                {"events": [{"start_date": {"year": 2023},
                  "text": {"headline": "<img src=https://evil.example/x.png onerror='alert(1)'>Safe<script src='https://evil.example/a.js'></script>",
                           "text": "<p onclick=\\"x()\\">Hi</p><style>p{}</style><iframe src='https://evil.example'></iframe><!-- <a href='https://hidden.example'>no</a> -->&lt;script&gt; stays text<SCRIPT>never</SCRIPT><a href='javascript:alert(1)'>js</a>"}}]}""";
        Event e = load("xss.json", story, TimelineJsImport.GroupAs.ORGANIZATION).dataset().events().get(0);
        assertEquals("Safe", e.title().en());
        assertEquals("Hi\n<script> stays textjs", e.summary().en());
        assertTrue(e.evidence().isEmpty(), "no javascript: link, no hidden link, no image source: " + e.evidence());
    }

    @Test
    void aWrongCsvHeaderSaysWhatASheetHas() throws IOException {
        List<Problem> p = refused("other.csv", "Date,Title,Description\n2023-01-01,x,y\n");
        assertEquals(1, p.size());
        assertEquals("header", p.get(0).path());
        assertEquals(1, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("missing columns \"Year\", \"Headline\": this is not a TimelineJS sheet "
                + "(its header is \"Date,Title,Description\"; TimelineJS's columns are Year, Month, Day,"), p.get(0).message());

        List<Problem> v1 = refused("v1.csv", "Start Date,End Date,Headline\n2023,,x\n");
        assertTrue(v1.get(0).message().contains("version 1 sheet"), v1.toString());
    }

    @Test
    void aCsvRowWithTooManyFieldsOrABadYearNamesItsRow() throws IOException {
        String csv = "Year,Month,Headline\n2023,1,fine\n2023,1,x,surplus\nMMXX,,y\n";
        List<String> p = refused("rows.csv", csv).stream().map(Problem::toString).toList();
        String f = dir.resolve("rows.csv").toString();
        assertEquals(List.of(f + ":3: row 2: has 4 fields, the header has 3; a quote is probably unbalanced",
                f + ":4: row 3 \"Year\": is not a whole number: \"MMXX\""), p);
    }

    @Test
    void aStoryWithNoDatedEventIsRefused() throws IOException {
        List<Problem> p = refused("empty.json", "{\"events\": [{\"text\": {\"headline\": \"x\"}}]}");
        assertEquals("the story has no events with a date", p.get(0).message());
        List<Problem> notJson = refused("notes.csv", "");
        assertFalse(notJson.isEmpty());
    }

    @Test
    void duplicateAndInvalidIdsAreMadeUnique() throws Exception {
        String story = """
                {"events": [
                  {"unique_id": "same", "start_date": {"year": 2023}, "text": {"headline": "A"}},
                  {"unique_id": "same", "start_date": {"year": 2023}, "text": {"headline": "B"}},
                  {"unique_id": "has space!", "start_date": {"year": 2023}, "text": {"headline": "Crème de la Città d'Italia"}}
                ]}""";
        Dataset d = load("ids.json", story, TimelineJsImport.GroupAs.ORGANIZATION).dataset();
        assertEquals(Set.of("same", "same-2", "creme-de-la-citta-d-italia"), d.events().stream().map(Event::id).collect(Collectors.toSet()));
    }
}
