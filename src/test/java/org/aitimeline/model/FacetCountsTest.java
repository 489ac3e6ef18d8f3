package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private static Event event(String id, String org, String country, Category c) {
        return new Event(id, PartialDate.parse("2024"), "", new LocalizedText(id, id), new LocalizedText("", ""), c,
                List.of(org), List.of(country), List.of(), List.of(), List.of());
    }

    private final List<Event> events = List.of(
            event("a", "alibaba", "CN", Category.RELEASE),
            event("b", "alibaba", "CN", Category.CORPORATE),
            event("c", "meta", "US", Category.RELEASE),
            event("d", "deepseek", "CN", Category.RELEASE));

    @Test
    void withoutFiltersEveryOptionCountsItsEvents() {
        FacetCounts f = FacetCounts.compute(events, EventFilter.NONE, e -> true);
        assertEquals(2, f.organization("alibaba"));
        assertEquals(3, f.country("CN"));
        assertEquals(3, f.category(Category.RELEASE));
        assertEquals(4, f.matching());
    }

    @Test
    void aFacetsCountsIgnoreItsOwnSelectionButRespectTheOthers() {
        EventFilter filter = EventFilter.NONE.withOrganizations(Set.of("alibaba")).withCategories(Set.of(Category.RELEASE));
        FacetCounts f = FacetCounts.compute(events, filter, e -> true);
        // Organizations are counted under the category filter only: alibaba 1 (a), meta 1 (c), deepseek 1 (d).
        assertEquals(1, f.organization("alibaba"));
        assertEquals(1, f.organization("meta"));
        // Categories are counted under the organization filter only: release 1 (a), corporate 1 (b).
        assertEquals(1, f.category(Category.RELEASE));
        assertEquals(1, f.category(Category.CORPORATE));
        // Countries under both: only a.
        assertEquals(1, f.country("CN"));
        assertEquals(0, f.country("US"));
        assertEquals(1, f.matching());
        java.util.List<Event> matching = new java.util.ArrayList<>();
        FacetCounts.compute(events, filter, e -> true, matching::add);
        assertEquals(java.util.List.of(events.get(0)), matching, "the same pass hands over exactly the matching events");
    }

    @Test
    void theTextQueryAndDatesNarrowEveryFacet() {
        FacetCounts f = FacetCounts.compute(events, EventFilter.NONE, e -> !e.id().equals("a"));
        assertEquals(1, f.organization("alibaba"));
        assertEquals(2, f.category(Category.RELEASE));
        assertEquals(3, f.matching());
    }
}
