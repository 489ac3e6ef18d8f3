package org.aitimeline.ui;

import javafx.util.Subscription;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.TimelineView;

/**
 * What the layers change in the timeline: the lanes beyond the {@value #MAX_LANES} largest fold into one "Other
 * organizations (N)" lane (the record has hundreds of organizations), and a record layer's events are drawn muted
 * while an article layer is shown over it.
 */
final class LaneFolding {

    /** The lanes shown before the rest fold. */
    static final int MAX_LANES = 20;

    private LaneFolding() {
    }

    static Subscription bind(TimelineView timeline, ExplorerModel model, Labels labels) {
        timeline.setMaxLanes(MAX_LANES);
        return Subscription.combine(
                model.groupingProperty().subscribe(g -> {
                    String key = g == LaneGrouping.ORGANIZATION ? "lanes.other.organization"
                            : g == LaneGrouping.COUNTRY ? "lanes.other.country" : "lanes.other.any";
                    timeline.setOtherLanesTitle(n -> labels.format(key, n));
                }),
                model.datasetProperty().subscribe(d -> timeline.setMutedEvents(model.mutedEvents())));
    }
}
