package org.aitimeline.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the user has chosen to see: options inside one facet are OR-ed, facets are AND-ed, and a free-text query
 * and an inclusive date range apply on top. An empty facet means "no restriction". Commentary (an article's
 * undated analysis) is shown only when {@code commentary} is true, context (history an article compares with) only
 * when {@code context} is true; both are hidden by default.
 *
 * @param facets the keys chosen per facet (organization ids, country codes, category ids, access ids)
 * @param from first day shown, or null for no lower bound; an event is kept if its date range overlaps
 * @param to last day shown (inclusive), or null for no upper bound
 * @param countryMeaning what the country facet's keys are: the event's own countries (this record's default, the
 *        command line's meaning) or its organizations' countries (the window's default; matching then needs the
 *        dataset's {@link SearchText}, which knows the organizations)
 */
public record EventFilter(Map<Facet, Set<String>> facets, boolean commentary, boolean context, String text,
                          LocalDate from, LocalDate to, CountryMeaning countryMeaning) {

    /** The filter that keeps every happening (commentary and context stay hidden, as by default in the window). */
    public static final EventFilter NONE = new EventFilter(Map.of(), false, false, "", null, null, CountryMeaning.EVENT);

    /** A filter whose countries are the events' own. */
    public EventFilter(Map<Facet, Set<String>> facets, boolean commentary, boolean context, String text,
                       LocalDate from, LocalDate to) {
        this(facets, commentary, context, text, from, to, CountryMeaning.EVENT);
    }

    /** A filter that hides context. */
    public EventFilter(Map<Facet, Set<String>> facets, boolean commentary, String text, LocalDate from, LocalDate to) {
        this(facets, commentary, false, text, from, to);
    }

    public EventFilter {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        facets.forEach((f, keys) -> {
            if (!keys.isEmpty()) copy.put(f, Set.copyOf(keys));
        });
        facets = copy.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(copy);
        text = text == null ? "" : text.strip();
        countryMeaning = countryMeaning == null ? CountryMeaning.EVENT : countryMeaning;
    }

    /** The keys chosen in one facet (empty: no restriction). */
    public Set<String> selected(Facet f) {
        return facets.getOrDefault(f, Set.of());
    }

    public EventFilter with(Facet f, Set<String> keys) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(facets);
        copy.put(f, keys);
        return new EventFilter(copy, commentary, context, text, from, to, countryMeaning);
    }

    public EventFilter withCommentary(boolean value) {
        return new EventFilter(facets, value, context, text, from, to, countryMeaning);
    }

    public EventFilter withContext(boolean value) {
        return new EventFilter(facets, commentary, value, text, from, to, countryMeaning);
    }

    public EventFilter withText(String value) {
        return new EventFilter(facets, commentary, context, value, from, to, countryMeaning);
    }

    public EventFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new EventFilter(facets, commentary, context, text, newFrom, newTo, countryMeaning);
    }

    public EventFilter withCountryMeaning(CountryMeaning value) {
        return new EventFilter(facets, commentary, context, text, from, to, value);
    }

    /** The same view with no facet, text or date restriction (commentary, context and the country meaning are kept: they are view options). */
    public EventFilter cleared() {
        return NONE.withCommentary(commentary).withContext(context).withCountryMeaning(countryMeaning);
    }

    /** True when no facet, text or date restricts the events (the commentary and context settings do not count). */
    public boolean isEmpty() {
        return facets.isEmpty() && text.isEmpty() && from == null && to == null;
    }

    /** The event's keys in a facet as this filter reads them: the country facet's by {@link #countryMeaning}. */
    public List<String> keysOf(Facet f, Event e, SearchText search) {
        return f == Facet.COUNTRY && countryMeaning == CountryMeaning.ORGANIZATIONS ? search.organizationCountries(e) : f.keysOf(e);
    }

    public boolean matches(Facet f, Event e, SearchText search) {
        Set<String> wanted = facets.get(f);
        if (wanted == null) return true;
        List<String> keys = keysOf(f, e, search);
        for (int i = 0; i < keys.size(); i++) {
            if (wanted.contains(keys.get(i))) return true;
        }
        return false;
    }

    /** Whether the commentary and context settings let the event's kind show. */
    public boolean matchesKind(Event e) {
        return switch (e.kind()) {
            case EVENT -> true;
            case COMMENTARY -> commentary;
            case CONTEXT -> context;
        };
    }

    /** Everything but the facets: the commentary and context settings, the dates and the text query split into {@code words}. */
    boolean matchesAllButFacets(Event e, SearchText search, String[] words) {
        return matchesKind(e) && matchesDates(e) && (words.length == 0 || SearchText.containsAll(search.of(e), words));
    }

    public boolean matchesDates(Event e) {
        if (from != null && e.date().endEpochDay() <= from.toEpochDay()) return false;
        return to == null || e.date().startEpochDay() <= to.toEpochDay();
    }

    /**
     * The whole filter as a predicate. The text query matches, case- and accent-insensitively, the event's
     * {@link SearchText}; several words must all match.
     */
    public Predicate<Event> predicate(SearchText search) {
        Objects.requireNonNull(search, "search");
        String[] words = SearchText.words(text);
        Facet[] chosen = facets.keySet().toArray(new Facet[0]);
        return e -> {
            for (Facet f : chosen) {
                if (!matches(f, e, search)) return false;
            }
            return matchesAllButFacets(e, search, words);
        };
    }
}
