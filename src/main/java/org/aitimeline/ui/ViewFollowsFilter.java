package org.aitimeline.ui;

import javafx.util.Subscription;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.TimelineView;

/** The view goes where the person asks: moving the date slider shows its range. */
final class ViewFollowsFilter {

    private ViewFollowsFilter() {
    }

    static Subscription bind(ExplorerModel model, TimelineView timeline) {
        return model.filterProperty().subscribe((was, now) -> {
            if (!java.util.Objects.equals(was.from(), now.from()) || !java.util.Objects.equals(was.to(), now.to())) {
                showRange(model, timeline, now);
            }
        });
    }

    /** Shows the filter's date range; an open end is the first or last of the events it leaves. */
    private static void showRange(ExplorerModel model, TimelineView timeline, EventFilter f) {
        if (f.from() == null && f.to() == null) return;
        double start = f.from() != null ? f.from().toEpochDay()
                : model.getFilteredEvents().stream().mapToLong(e -> e.date().startEpochDay()).min().orElse(Long.MAX_VALUE);
        double end = f.to() != null ? f.to().plusDays(1).toEpochDay()
                : model.getFilteredEvents().stream().mapToLong(e -> e.date().endEpochDay()).max().orElse(Long.MIN_VALUE);
        if (!(end > start)) return;
        timeline.setVisibleRange(EpochDays.toInstant(start), EpochDays.toInstant(end));
    }
}
