package org.aitimeline.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the user has chosen to see: options inside one facet are OR-ed, facets are AND-ed, and a free-text
 * query and an inclusive date range apply on top. An empty facet set means "no restriction".
 *
 * @param from first day shown, or null for no lower bound; an event is kept if its date range overlaps
 * @param to last day shown (inclusive), or null for no upper bound
 */
public record EventFilter(Set<String> organizations, Set<String> countries, Set<Category> categories,
                          String text, LocalDate from, LocalDate to) {

    /** The filter that keeps everything. */
    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), "", null, null);

    public EventFilter {
        organizations = Set.copyOf(organizations);
        countries = Set.copyOf(countries);
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        text = text == null ? "" : text.strip();
    }

    public EventFilter withOrganizations(Set<String> value) {
        return new EventFilter(value, countries, categories, text, from, to);
    }

    public EventFilter withCountries(Set<String> value) {
        return new EventFilter(organizations, value, categories, text, from, to);
    }

    public EventFilter withCategories(Set<Category> value) {
        return new EventFilter(organizations, countries, value, text, from, to);
    }

    public EventFilter withText(String value) {
        return new EventFilter(organizations, countries, categories, value, from, to);
    }

    public EventFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new EventFilter(organizations, countries, categories, text, newFrom, newTo);
    }

    public boolean isEmpty() {
        return organizations.isEmpty() && countries.isEmpty() && categories.isEmpty() && text.isEmpty()
                && from == null && to == null;
    }

    /** True if the event passes the facet and date parts of this filter (not the text query). */
    public boolean matchesFacetsAndDates(Event e) {
        return matchesOrganizations(e) && matchesCountries(e) && matchesCategory(e) && matchesDates(e);
    }

    public boolean matchesOrganizations(Event e) {
        return organizations.isEmpty() || e.organizations().stream().anyMatch(organizations::contains);
    }

    public boolean matchesCountries(Event e) {
        return countries.isEmpty() || e.countries().stream().anyMatch(countries::contains);
    }

    public boolean matchesCategory(Event e) {
        return categories.isEmpty() || categories.contains(e.category());
    }

    public boolean matchesDates(Event e) {
        if (from != null && e.date().endEpochDay() <= from.toEpochDay()) return false;
        return to == null || e.date().startEpochDay() <= to.toEpochDay();
    }

    /**
     * The whole filter as a predicate. The text query matches, case- and accent-insensitively, any word of
     * the event's titles (both languages), models, aliases, category, country codes and its organizations' ids,
     * names and aliases; several words must all match. Summaries are left out on purpose: they mention other
     * events for context ("matches R1 with 5% of the parameters"), and a search for R1 should find R1.
     */
    public Predicate<Event> predicate(Map<String, Organization> organizationsById) {
        Objects.requireNonNull(organizationsById, "organizationsById");
        String[] words = text.isEmpty() ? new String[0] : fold(text).split("\\s+");
        if (words.length == 0) return this::matchesFacetsAndDates;
        return e -> {
            if (!matchesFacetsAndDates(e)) return false;
            String hay = searchText(e, organizationsById);
            for (String w : words) {
                if (!hay.contains(w)) return false;
            }
            return true;
        };
    }

    /** The folded text a query is matched against (see {@link #predicate}). */
    public static String searchText(Event e, Map<String, Organization> organizationsById) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(e.title().en()).append('\n').append(e.title().it()).append('\n')
                .append(e.category().id()).append('\n');
        e.models().forEach(m -> sb.append(m).append('\n'));
        e.aliases().forEach(a -> sb.append(a).append('\n'));
        e.countries().forEach(c -> sb.append(c).append('\n'));
        for (String id : e.organizations()) {
            sb.append(id).append('\n');
            Organization o = organizationsById.get(id);
            if (o != null) {
                sb.append(o.name()).append('\n');
                o.aliases().forEach(a -> sb.append(a).append('\n'));
            }
        }
        return fold(sb.toString());
    }

    /** Lower case without accents, typographic quotes as straight ones. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) ascii = lower.charAt(i) < 128;
        if (ascii) return lower;
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
