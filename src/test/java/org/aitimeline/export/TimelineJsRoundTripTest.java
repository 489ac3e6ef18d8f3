package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.PartialDate;
import org.aitimeline.text.DateText;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our story written for TimelineJS and read back: what survives both directions (see formats-timelinejs.md). */
class TimelineJsRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void idsDatesTitlesGroupsAndLinksSurviveTheRoundTrip() throws Exception {
        Dataset bundled = new DatasetLoader().loadBundled();
        Path story = dir.resolve("story.json");
        TimelineJsExport.write(new ExportContext(bundled, bundled.events(), EventFilter.NONE.withCommentary(true),
                LaneGrouping.ORGANIZATION, LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH, Locale.ENGLISH, false), null, story);

        Dataset back = new DatasetLoader().load(story, TimelineJsImport.GroupAs.ORGANIZATION);

        // A TimelineJS story holds one language: the title slide carries the exported language (English here).
        assertEquals(bundled.title().en(), back.title().en());
        assertEquals(bundled.events().size(), back.events().size());
        Map<String, Event> byId = back.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Map<String, String> orgName = bundled.organizations().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        Map<String, String> backOrgName = back.organizations().stream().collect(Collectors.toMap(o -> o.id(), o -> o.name()));
        for (Event e : bundled.events()) {
            Event b = byId.get(e.id());
            // The date and its precision come back; "approximate" and "uncertain" only as the display date's words.
            PartialDate d = e.date();
            assertEquals(new PartialDate(d.year(), d.month(), d.day(), d.precision(), false, false), b.date(), e.id());
            if (d.isQualified()) assertTrue(b.dateNote().en().contains(DateText.format(d, Locale.ENGLISH)), e.id());
            assertEquals(e.title().en(), b.title().en(), e.id());
            assertTrue(b.summary().en().startsWith(e.summary().en()), e.id());
            assertEquals(e.isContext(), b.isContext(), "a context event goes out as an era and comes back as context: " + e.id());
            // The first lane the event is in, by the name the window gives it ("No organization" included); an era has none.
            String lane = e.organizations().isEmpty() ? "No organization" : orgName.get(e.organizations().get(0));
            assertEquals(e.isContext() ? List.of() : List.of(lane), b.organizations().stream().map(backOrgName::get).toList(), e.id());
            List<String> urls = e.evidence().stream().map(Evidence::url).filter(u -> u.startsWith("http")).distinct().toList();
            assertTrue(b.evidence().stream().map(Evidence::url).toList().containsAll(urls), e.id());
            assertTrue(b.passages().isEmpty(), "passages come back as quoted text only");
        }
        assertTrue(bundled.events().stream().anyMatch(Event::isContext), "the bundled dataset has context events to carry");
    }

    @Test
    void erasSurviveImportThenExport() throws Exception {
        Path in = dir.resolve("in.json");
        Files.writeString(in, """
                {"events": [{"unique_id": "slide", "start_date": {"year": 2023, "month": 3}, "text": {"headline": "A slide"}}],
                 "eras": [{"unique_id": "dotcom", "start_date": {"year": 1995}, "end_date": {"year": 2001, "month": 3},
                           "text": {"headline": "Dot-com years", "text": "A <b>bubble</b>"}},
                          {"start_date": {"year": 2008, "month": 9, "day": 23}, "end_date": {"year": 2009},
                           "text": {"headline": "Android"}}]}""");
        Dataset first = new DatasetLoader().load(in, TimelineJsImport.GroupAs.ORGANIZATION);
        Path out = dir.resolve("out.json");
        TimelineJsExport.write(new ExportContext(first, first.events(), EventFilter.NONE.withContext(true), LaneGrouping.NONE,
                LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH, Locale.ENGLISH, false), null, out);
        Dataset back = new DatasetLoader().load(out, TimelineJsImport.GroupAs.ORGANIZATION);

        List<Event> eras = back.events().stream().filter(Event::isContext).toList();
        assertEquals(List.of("dotcom", "android"), eras.stream().map(Event::id).toList());
        assertEquals(List.of(PartialDate.ofYear(1995), PartialDate.ofDay(2008, 9, 23)), eras.stream().map(Event::date).toList());
        assertEquals(List.of(PartialDate.ofMonth(2001, 3), PartialDate.ofYear(2009)),
                eras.stream().map(e -> TimelineJsImport.until(e.dateNote().en())).toList(), "each era keeps its end");
        assertEquals(List.of("Dot-com years", "Android"), eras.stream().map(e -> e.title().en()).toList());
        assertTrue(eras.get(0).summary().en().startsWith("A bubble"), eras.get(0).summary().en());
        assertEquals(List.of("slide"), back.events().stream().filter(Event::isHappening).map(Event::id).toList());
    }
}
