package org.aitimeline.timeline;

import java.util.List;
import org.aitimeline.model.Event;
import org.aitimeline.model.Facet;

/** How the timeline splits events into lanes: by one {@link Facet}, or not at all. */
public enum LaneGrouping {
    ORGANIZATION(Facet.ORGANIZATION), COUNTRY(Facet.COUNTRY), CATEGORY(Facet.CATEGORY), ACCESS(Facet.ACCESS), NONE(null);

    /** Key of the single lane used by {@link #NONE}. */
    public static final String ALL_KEY = "all";
    private static final List<String> ALL = List.of(ALL_KEY);
    /** The key of the lane for events without a key in the facet ("No organization", "Not a release"). */
    private static final List<String> MISSING = List.of("");

    private final Facet facet;

    LaneGrouping(Facet facet) {
        this.facet = facet;
    }

    /** The facet lanes follow; null for {@link #NONE}. */
    public Facet facet() {
        return facet;
    }

    /** The lane keys of an event (an event with several keys appears in each lane; none: the "" lane). */
    public List<String> keysOf(Event e) {
        if (facet == null) return ALL;
        List<String> keys = facet.keysOf(e);
        return keys.isEmpty() ? MISSING : keys;
    }
}
