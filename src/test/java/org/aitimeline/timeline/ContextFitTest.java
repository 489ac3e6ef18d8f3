package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.SearchText;
import org.junit.jupiter.api.Test;

/**
 * History the articles compare with (Linux in 1991, Android and Chromium in 2008) is context: hidden by the default
 * filter, so "Fit all" over what the window shows no longer stretches the bundled story back to 1991.
 */
class ContextFitTest {

    /** The range "Fit all" shows for {@code events}: their first start to last end, with the fit's margins. */
    private static double[] fit(List<Event> events) {
        double min = events.stream().mapToDouble(e -> e.date().startEpochDay()).min().orElseThrow();
        double max = events.stream().mapToDouble(e -> e.date().endEpochDay()).max().orElseThrow();
        return EpochDays.fit(min, max, 0);
    }

    private static List<Event> shown(Dataset d, EventFilter filter) {
        var keep = filter.predicate(SearchText.NONE);
        return d.events().stream().filter(keep).toList();
    }

    @Test
    void withContextHiddenByDefaultFitAllCoversTheStoryOnly() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        Set<String> context = Set.of("linux-announced", "android-open-source", "chromium-open-source");
        for (String id : context) assertEquals(EventKind.CONTEXT, d.event(id).orElseThrow().kind(), id);

        List<Event> byDefault = shown(d, EventFilter.NONE);
        assertTrue(byDefault.stream().noneMatch(Event::isContext));
        double[] range = fit(byDefault);
        int firstYear = EpochDays.dateOf(range[0]).getYear();
        int lastYear = EpochDays.lastDateBefore(range[1]).getYear();
        // The story's earliest happening is Zhipu AI's founding (2019), dated by the record; nothing earlier is shown.
        assertTrue(firstYear >= 2018, "fit starts in " + firstYear);
        assertTrue(lastYear <= 2026 && lastYear >= 2025, "fit ends in " + lastYear);

        double[] withContext = fit(shown(d, EventFilter.NONE.withContext(true)));
        assertTrue(EpochDays.dateOf(withContext[0]).getYear() <= 1991, "shown, context reaches back to Linux in 1991");
    }
}
