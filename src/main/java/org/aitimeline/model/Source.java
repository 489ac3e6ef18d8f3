package org.aitimeline.model;

import java.util.Objects;

/**
 * One article the dataset cites: its metadata and its full text as read from {@code file}.
 *
 * @param published estimated publication date; {@code publishedNote} says how it was estimated
 */
public record Source(String id, String file, String title, String language, PartialDate published,
                     String publishedNote, String text) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
