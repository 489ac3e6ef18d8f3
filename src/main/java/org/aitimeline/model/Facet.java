package org.aitimeline.model;

import java.util.List;

/**
 * A dimension events are filtered and grouped by. Every event has zero or more keys in each facet (organization
 * ids, ISO country codes, a category id, an access id); the filter, the facet counts and the timeline's lanes all
 * read them from here.
 */
public enum Facet implements Coded {
    ORGANIZATION("organization"),
    COUNTRY("country"),
    CATEGORY("category"),
    /** Openness: only releases have a key here. */
    ACCESS("access");

    private final String id;

    Facet(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The event's keys in this facet; empty when it has none (an event without organizations, a non-release). */
    public List<String> keysOf(Event e) {
        return switch (this) {
            case ORGANIZATION -> e.organizations();
            case COUNTRY -> e.countries();
            case CATEGORY -> e.category().keys();
            case ACCESS -> e.access() == null ? List.of() : e.access().keys();
        };
    }
}
