package org.aitimeline.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneTitles;

/**
 * Everything an export needs to know about what the user is looking at: the dataset, the filtered events,
 * the filter (and its description in words, made by the caller in the UI language), the grouping and the
 * visible window.
 */
public record ExportContext(Dataset dataset, List<Event> events, EventFilter filter, String filterDescription,
                            LaneGrouping grouping, LaneTitles laneTitles, Instant visibleStart, Instant visibleEnd,
                            Locale locale) {

    public ExportContext {
        events = List.copyOf(events);
        filterDescription = filterDescription == null ? "" : filterDescription;
    }
}
