package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            // The first lane the event is in, by the name the window gives it ("No organization" included).
            String lane = e.organizations().isEmpty() ? "No organization" : orgName.get(e.organizations().get(0));
            assertEquals(List.of(lane), b.organizations().stream().map(backOrgName::get).toList(), e.id());
            List<String> urls = e.evidence().stream().map(Evidence::url).filter(u -> u.startsWith("http")).distinct().toList();
            assertTrue(b.evidence().stream().map(Evidence::url).toList().containsAll(urls), e.id());
            assertTrue(b.passages().isEmpty(), "passages come back as quoted text only");
        }
    }
}
