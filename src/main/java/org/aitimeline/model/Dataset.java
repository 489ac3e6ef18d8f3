package org.aitimeline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A whole validated dataset: its sources (with their texts), organizations and events sorted by date. */
public record Dataset(String title, String origin, List<Source> sources, List<Organization> organizations,
                      List<Event> events) {

    public Dataset {
        Objects.requireNonNull(title, "title");
        origin = origin == null ? "" : origin;
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        // An edited dataset shares its unchanged events with the one before it (see ChunkedList): no copy.
        events = events instanceof ChunkedList<Event> ? events : List.copyOf(events);
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
