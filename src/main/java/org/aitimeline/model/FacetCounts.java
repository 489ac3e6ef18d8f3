package org.aitimeline.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Event counts for every option of every facet, as a faceted search shows them: the count beside an option is
 * how many events would match if that option were ticked, given all the <em>other</em> active facets, the text
 * query and the date range. Computed in one pass over the events.
 *
 * @param matching how many events pass the whole filter
 */
public record FacetCounts(Map<String, Integer> organizations, Map<String, Integer> countries,
                          Map<Category, Integer> categories, int matching) {

    public static final FacetCounts EMPTY = new FacetCounts(Map.of(), Map.of(), Map.of(), 0);

    /**
     * @param textMatches the filter's text-query part alone (true for every event when there is no query)
     */
    public static FacetCounts compute(List<Event> events, EventFilter filter, Predicate<Event> textMatches) {
        return compute(events, filter, textMatches, e -> { });
    }

    /** Like {@link #compute(List, EventFilter, Predicate)}, also handing every matching event to {@code matching}. */
    public static FacetCounts compute(List<Event> events, EventFilter filter, Predicate<Event> textMatches,
                                      java.util.function.Consumer<Event> matching) {
        Map<String, Integer> orgs = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        int count = 0;
        for (Event e : events) {
            if (!filter.matchesDates(e) || !textMatches.test(e)) continue;
            boolean o = filter.matchesOrganizations(e);
            boolean c = filter.matchesCountries(e);
            boolean k = filter.matchesCategory(e);
            if (c && k) for (String id : e.organizations()) orgs.merge(id, 1, Integer::sum);
            if (o && k) for (String cc : e.countries()) countries.merge(cc, 1, Integer::sum);
            if (o && c) categories.merge(e.category(), 1, Integer::sum);
            if (o && c && k) {
                count++;
                matching.accept(e);
            }
        }
        return new FacetCounts(orgs, countries, categories, count);
    }

    public int organization(String id) {
        return organizations.getOrDefault(id, 0);
    }

    public int country(String code) {
        return countries.getOrDefault(code, 0);
    }

    public int category(Category c) {
        return categories.getOrDefault(c, 0);
    }
}
