package org.aitimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * One datable happening, with the passages of the articles it is taken from.
 *
 * @param aliases other spellings of its models or names (as garbled in the articles), for search
 */
public record Event(String id, PartialDate date, String dateNote, LocalizedText title, LocalizedText summary,
                    Category category, List<String> organizations, List<String> countries, List<String> models,
                    List<String> aliases, List<Passage> passages) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(category, "category");
        dateNote = dateNote == null ? "" : dateNote;
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        countries = countries == null ? List.of() : List.copyOf(countries);
        models = models == null ? List.of() : List.copyOf(models);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        passages = passages == null ? List.of() : List.copyOf(passages);
    }
}
