package org.aitimeline.timeline;

import java.util.List;
import org.aitimeline.model.Event;

/** How the timeline splits events into lanes; an event with several keys appears in each of its lanes. */
public enum LaneGrouping {
    ORGANIZATION, COUNTRY, CATEGORY, NONE;

    /** Key of the single lane used by {@link #NONE}. */
    public static final String ALL_KEY = "all";

    /** The lane keys of an event under this grouping (organization ids, ISO country codes, category ids). */
    public List<String> keysOf(Event e) {
        return switch (this) {
            case ORGANIZATION -> e.organizations().isEmpty() ? List.of("") : e.organizations();
            case COUNTRY -> e.countries().isEmpty() ? List.of("") : e.countries();
            case CATEGORY -> List.of(e.category().id());
            case NONE -> List.of(ALL_KEY);
        };
    }
}
