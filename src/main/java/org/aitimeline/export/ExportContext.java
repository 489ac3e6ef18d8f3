package org.aitimeline.export;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;

/**
 * Everything an export needs to know about what the user is looking at: the dataset, the filtered events and the
 * filter that left them, the grouping and lane order, the visible window, the language and whether the window is
 * dark. The words (filter description, lane titles) are made by the export from these, as the window makes them.
 */
public record ExportContext(Dataset dataset, List<Event> events, EventFilter filter, LaneGrouping grouping,
                            LaneOrder laneOrder, Instant visibleStart, Instant visibleEnd, Locale locale, boolean dark) {

    public ExportContext {
        events = List.copyOf(events);
        if (laneOrder == null) laneOrder = LaneOrder.FIRST_EVENT;
    }

    /** The articles the events quote (in passages or corrected claims), in the dataset's order: an export's credits. */
    public List<Source> citedSources() {
        Set<String> cited = new LinkedHashSet<>();
        for (Event e : events) {
            for (Passage p : e.passages()) cited.add(p.source());
            for (Correction c : e.corrections()) cited.add(c.claim().source());
        }
        return dataset.sources().stream().filter(s -> cited.contains(s.id())).toList();
    }
}
