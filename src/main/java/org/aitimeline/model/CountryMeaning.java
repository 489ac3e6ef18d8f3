package org.aitimeline.model;

import java.util.Optional;

/**
 * What "Countries › China" keeps: events whose acting organizations are based there ("Chinese companies"), or
 * events that concern the country (the event's own country codes, which also name a foreign regulator's target).
 */
public enum CountryMeaning implements Coded {
    /** The countries of the event's organizations (the window's default: what "filter by country" means to a reader). */
    ORGANIZATIONS("organizations"),
    /** The countries the event concerns, as the dataset lists them on the event. */
    EVENT("event");

    private final String id;

    CountryMeaning(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<CountryMeaning> fromId(String id) {
        return Coded.fromId(CountryMeaning.class, id);
    }
}
