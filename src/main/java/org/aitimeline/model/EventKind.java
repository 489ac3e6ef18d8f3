package org.aitimeline.model;

import java.util.Optional;

/**
 * Whether an entry is a datable happening of the story, an article's undated analysis kept at the article's date, or
 * history an article compares the story with, dated by the record.
 */
public enum EventKind implements Coded {
    /** Something that happened at its date. */
    EVENT("event"),
    /** An article's analysis or opinion; dated to the article, hidden unless the user asks for commentary. */
    COMMENTARY("commentary"),
    /**
     * History that is not the story itself but an analogy an article draws (Linux in 1991 for DeepSeek), dated by the
     * public record; hidden unless the user asks for context, and never counted as a happening.
     */
    CONTEXT("context");

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
