package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private static Event event(String id, String org, String country, Category c, Access access, EventKind kind) {
        return new Event(id, kind, PartialDate.parse("2024"), "", new LocalizedText(id, id), new LocalizedText("", ""), c,
                List.of(org), List.of(country), List.of(), List.of(), List.of(), access, "", List.of(), List.of());
    }

    private static Event event(String id, String org, String country, Category c) {
        return event(id, org, country, c, c == Category.RELEASE ? Access.OPEN_WEIGHTS : null, EventKind.EVENT);
    }

    private final List<Event> events = List.of(
            event("a", "alibaba", "CN", Category.RELEASE),
            event("b", "alibaba", "CN", Category.CORPORATE),
            event("c", "meta", "US", Category.RELEASE),
            event("d", "deepseek", "CN", Category.RELEASE, Access.OPEN_SOURCE, EventKind.EVENT),
            event("e", "meta", "US", Category.STATEMENT, null, EventKind.COMMENTARY));
    private final SearchText search = SearchText.of(events, Map.of());

    private FacetCounts counts(EventFilter f, List<Event> matching) {
        return FacetCounts.compute(events, f, search, matching::add);
    }

    @Test
    void withoutFiltersEveryOptionCountsItsEventsAndCommentaryStaysOut() {
        List<Event> matching = new ArrayList<>();
        FacetCounts f = counts(EventFilter.NONE, matching);
        assertEquals(2, f.count(Facet.ORGANIZATION, "alibaba"));
        assertEquals(1, f.count(Facet.ORGANIZATION, "meta"), "the commentary by meta is hidden by default");
        assertEquals(3, f.count(Facet.COUNTRY, "CN"));
        assertEquals(3, f.count(Facet.CATEGORY, "release"));
        assertEquals(2, f.count(Facet.ACCESS, "open-weights"));
        assertEquals(1, f.count(Facet.ACCESS, "open-source"));
        assertEquals(4, f.matching());
        assertEquals(4, matching.size());
    }

    @Test
    void showingCommentaryCountsIt() {
        FacetCounts f = counts(EventFilter.NONE.withCommentary(true), new ArrayList<>());
        assertEquals(2, f.count(Facet.ORGANIZATION, "meta"));
        assertEquals(5, f.matching());
    }

    @Test
    void contextIsHiddenAndCountedNowhereUntilShown() {
        List<Event> withContext = new ArrayList<>(events);
        withContext.add(event("linux", "", "FI", Category.RELEASE, null, EventKind.CONTEXT));
        List<Event> matching = new ArrayList<>();
        FacetCounts hidden = FacetCounts.compute(withContext, EventFilter.NONE, SearchText.of(withContext, Map.of()), matching::add);
        assertEquals(4, hidden.matching());
        assertEquals(0, hidden.count(Facet.COUNTRY, "FI"));
        assertEquals(3, hidden.count(Facet.CATEGORY, "release"));
        assertEquals(false, matching.stream().anyMatch(Event::isContext));
        FacetCounts shown = FacetCounts.compute(withContext, EventFilter.NONE.withContext(true),
                SearchText.of(withContext, Map.of()), e -> { });
        assertEquals(5, shown.matching(), "context shown, commentary still hidden");
        assertEquals(1, shown.count(Facet.COUNTRY, "FI"));
        assertEquals(true, EventFilter.NONE.withContext(true).cleared().context(), "clearing the filters keeps the view option");
    }

    @Test
    void aFacetsCountsIgnoreItsOwnSelectionButRespectTheOthers() {
        EventFilter filter = EventFilter.NONE.with(Facet.ORGANIZATION, Set.of("alibaba")).with(Facet.CATEGORY, Set.of("release"));
        List<Event> matching = new ArrayList<>();
        FacetCounts f = counts(filter, matching);
        // Organizations are counted under the category filter only: alibaba 1 (a), meta 1 (c), deepseek 1 (d).
        assertEquals(1, f.count(Facet.ORGANIZATION, "alibaba"));
        assertEquals(1, f.count(Facet.ORGANIZATION, "meta"));
        // Categories are counted under the organization filter only: release 1 (a), corporate 1 (b).
        assertEquals(1, f.count(Facet.CATEGORY, "release"));
        assertEquals(1, f.count(Facet.CATEGORY, "corporate"));
        // Countries and openness under both: only a.
        assertEquals(1, f.count(Facet.COUNTRY, "CN"));
        assertEquals(0, f.count(Facet.COUNTRY, "US"));
        assertEquals(1, f.count(Facet.ACCESS, "open-weights"));
        assertEquals(1, f.matching());
        assertEquals(List.of(events.get(0)), matching, "the same pass hands over exactly the matching events");
    }

    @Test
    void theOpennessFacetKeepsOnlyReleasesOfThatOpenness() {
        List<Event> matching = new ArrayList<>();
        FacetCounts f = counts(EventFilter.NONE.with(Facet.ACCESS, Set.of("open-source")), matching);
        assertEquals(List.of(events.get(3)), matching);
        assertEquals(2, f.count(Facet.ACCESS, "open-weights"), "the other openness options still count their events");
    }

    @Test
    void theTextQueryNarrowsEveryFacetAndMatchesTheSamePredicateAsTheFilter() {
        EventFilter f = EventFilter.NONE.withText("a");
        List<Event> matching = new ArrayList<>();
        counts(f, matching);
        List<Event> byPredicate = events.stream().filter(f.predicate(search)).toList();
        assertEquals(byPredicate, matching, "window counts and the CLI predicate agree");
    }
}
