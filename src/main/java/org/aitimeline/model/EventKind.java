package org.aitimeline.model;

import java.util.Optional;

/** Whether an entry is a datable happening or an article's undated analysis, kept at the article's date. */
public enum EventKind implements Coded {
    /** Something that happened at its date. */
    EVENT("event"),
    /** An article's analysis or opinion; dated to the article, hidden unless the user asks for commentary. */
    COMMENTARY("commentary");

    private final String id;

    EventKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<EventKind> fromId(String id) {
        return Coded.fromId(EventKind.class, id);
    }
}
