package org.aitimeline.export;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
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
}
