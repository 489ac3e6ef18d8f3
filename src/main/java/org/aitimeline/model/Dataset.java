package org.aitimeline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole validated dataset: its title (in English and Italian), its sources (with their texts), organizations and
 * events sorted by date.
 *
 * @param licence the licence of the data itself (an SPDX id such as "CC-BY-4.0"); empty when the file names none
 * @param attribution the credit its licence asks for, shown wherever its events are exported; empty when none
 */
public record Dataset(LocalizedText title, String origin, List<Source> sources, List<Organization> organizations,
                      List<Event> events, String licence, String attribution) {

    public Dataset {
        Objects.requireNonNull(title, "title");
        origin = origin == null ? "" : origin;
        licence = licence == null ? "" : licence;
        attribution = attribution == null ? "" : attribution;
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        // An edited dataset shares its unchanged events with the one before it (see ChunkedList): no copy.
        events = events instanceof ChunkedList<Event> ? events : List.copyOf(events);
    }

    /** A dataset with no licence or attribution of its own (schema versions 1 and 2). */
    public Dataset(LocalizedText title, String origin, List<Source> sources, List<Organization> organizations,
                   List<Event> events) {
        this(title, origin, sources, organizations, events, "", "");
    }

    /** A dataset whose title is one plain (English) text, with no licence or attribution of its own. */
    public Dataset(String title, String origin, List<Source> sources, List<Organization> organizations,
                   List<Event> events) {
        this(LocalizedText.of(Objects.requireNonNull(title, "title")), origin, sources, organizations, events);
    }

    /** The credit an export prints for this data: its attribution with its licence, or empty when it has none. */
    public String creditLine() {
        if (attribution.isEmpty()) return "";
        return licence.isEmpty() ? attribution : attribution + " (" + licence + ")";
    }

    /** This dataset with other terms (a combined view credits only the layers whose events it shows). */
    public Dataset withTerms(String licence, String attribution) {
        return new Dataset(title, origin, sources, organizations, events, licence, attribution);
    }

    public Map<String, Organization> organizationsById() {
        return organizations.stream().collect(Collectors.toMap(Organization::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Organization> organization(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
