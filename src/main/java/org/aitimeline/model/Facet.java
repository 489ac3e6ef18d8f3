package org.aitimeline.model;

import java.util.List;

/**
 * A dimension events are filtered and grouped by. Every event has zero or more keys in each facet (organization
 * ids, ISO country codes, a category id, an access id, the verdicts of its corrections); the filter, the facet counts and the timeline's lanes all
 * read them from here.
 */
public enum Facet implements Coded {
    ORGANIZATION("organization"),
    COUNTRY("country"),
    CATEGORY("category"),
    /** Openness: only releases have a key here. */
    ACCESS("access"),
    /** How the record corrects the event's articles: the verdicts of its corrections (none for most events). */
    CORRECTION("correction");

    private final String id;

    Facet(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    private static List<String> verdictsOf(Event e) {
        if (e.corrections().isEmpty()) return List.of();
        java.util.EnumSet<Verdict> verdicts = java.util.EnumSet.noneOf(Verdict.class);
        e.corrections().forEach(c -> verdicts.add(c.verdict()));
        return verdicts.stream().map(Verdict::id).toList();
    }

    /** The event's keys in this facet; empty when it has none (an event without organizations, a non-release). */
    public List<String> keysOf(Event e) {
        return switch (this) {
            case ORGANIZATION -> e.organizations();
            case COUNTRY -> e.countries();
            case CATEGORY -> e.category().keys();
            case ACCESS -> e.access() == null ? List.of() : e.access().keys();
            case CORRECTION -> verdictsOf(e);
        };
    }
}
