package org.aitimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * One article the dataset cites: its metadata and its full text as read from {@code file}.
 *
 * @param published estimated publication date; {@code publishedNote} says how it was estimated
 * @param outlet the publication that carried it ("" when not known)
 * @param author who wrote it ("" when not known)
 * @param url where it was published ("" when not known)
 * @param furniture ranges of {@code text} that are page furniture, not the article (menus, ads, captions left by the
 *                  web page), each resolved like a passage; sorted by start
 */
public record Source(String id, String file, String title, String language, PartialDate published,
                     String publishedNote, String outlet, String author, String url, List<Passage> furniture,
                     String text) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        outlet = outlet == null ? "" : outlet;
        author = author == null ? "" : author;
        url = url == null ? "" : url;
        furniture = furniture == null ? List.of()
                : furniture.stream().sorted(java.util.Comparator.comparingInt(Passage::start)).toList();
    }

    /** A source with no outlet, author, address or furniture (schema version 2's fields). */
    public Source(String id, String file, String title, String language, PartialDate published, String publishedNote,
                  String text) {
        this(id, file, title, language, published, publishedNote, "", "", "", List.of(), text);
    }

    /** The furniture range that overlaps {@code [start, end)}, if any. */
    public java.util.Optional<Passage> furnitureOverlapping(int start, int end) {
        for (Passage f : furniture) {
            if (f.start() < end && start < f.end()) return java.util.Optional.of(f);
        }
        return java.util.Optional.empty();
    }
}
