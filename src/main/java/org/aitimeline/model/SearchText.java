package org.aitimeline.model;

import java.text.Normalizer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folded text a free-text query is matched against, made once per dataset: each event's titles (both
 * languages), models, aliases, category, access, country codes, its organizations' ids, names and aliases, and for a
 * corrected event the words of its verdicts (so "incorrect" or "errato" lists the corrections).
 * Summaries are left out on purpose: they mention other events for context ("matches R1 with 5% of the
 * parameters"), and a search for R1 should find R1.
 */
public final class SearchText {

    /** No event's text: all a filter without a text query needs. */
    public static final SearchText NONE = new SearchText(Map.of(), null, Verdict::id, Map.of());

    private final Map<Event, String> texts;
    /** For events made after the texts were (an author's edits); null for {@link #NONE}. */
    private final Map<String, Organization> organizations;
    private final java.util.function.Function<Verdict, String> verdictWords;
    /** The countries of each event's organizations, for a country filter that means them ({@link CountryMeaning}). */
    private final Map<Event, List<String>> organizationCountries;

    private SearchText(Map<Event, String> texts, Map<String, Organization> organizations,
                       java.util.function.Function<Verdict, String> verdictWords, Map<Event, List<String>> organizationCountries) {
        this.texts = texts;
        this.organizations = organizations;
        this.verdictWords = verdictWords;
        this.organizationCountries = organizationCountries;
    }

    /** The search text of every event of {@code events}, with organization names from {@code organizations}. */
    public static SearchText of(List<Event> events, Map<String, Organization> organizations) {
        return of(events, organizations, Verdict::id);
    }

    /**
     * The search text of every event, a corrected event's text also holding {@code verdictWords} of each of its
     * verdicts (the words a person may search for it by, in every language the window offers).
     */
    public static SearchText of(List<Event> events, Map<String, Organization> organizations,
                                java.util.function.Function<Verdict, String> verdictWords) {
        Map<Event, String> texts = new IdentityHashMap<>(events.size() * 2);
        Map<Event, List<String>> countries = new IdentityHashMap<>(events.size() * 2);
        for (Event e : events) {
            texts.put(e, build(e, organizations, verdictWords));
            countries.put(e, countriesOf(e, organizations));
        }
        return new SearchText(texts, Map.copyOf(organizations), verdictWords, countries);
    }

    public static SearchText of(Dataset dataset) {
        return of(dataset.events(), dataset.organizationsById());
    }

    /**
     * The folded text of an event: made once for the dataset's events, and on demand for an event made since (an
     * edit's), so an edit does not rebuild the texts of all the others ("" from {@link #NONE}).
     */
    public String of(Event e) {
        String text = texts.get(e);
        if (text != null) return text;
        return organizations == null ? "" : build(e, organizations, verdictWords);
    }

    private static List<String> countriesOf(Event e, Map<String, Organization> organizations) {
        return e.organizations().stream().map(organizations::get).filter(java.util.Objects::nonNull)
                .map(Organization::country).filter(c -> c != null && !c.isBlank()).distinct().toList();
    }

    /** The distinct countries of the event's organizations (empty for an event the dataset does not know). */
    public List<String> organizationCountries(Event e) {
        List<String> known = organizationCountries.get(e);
        if (known != null) return known;
        return organizations == null ? List.of() : countriesOf(e, organizations);
    }

    private static String build(Event e, Map<String, Organization> organizations,
                                java.util.function.Function<Verdict, String> verdictWords) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(e.title().en()).append('\n').append(e.title().it()).append('\n').append(e.category().id()).append('\n');
        if (e.access() != null) sb.append(e.access().id()).append('\n');
        e.models().forEach(m -> sb.append(m).append('\n'));
        e.aliases().forEach(a -> sb.append(a).append('\n'));
        e.countries().forEach(c -> sb.append(c).append('\n'));
        for (String id : e.organizations()) {
            sb.append(id).append('\n');
            Organization o = organizations.get(id);
            if (o != null) {
                sb.append(o.name()).append('\n');
                o.aliases().forEach(a -> sb.append(a).append('\n'));
            }
        }
        for (String v : Facet.CORRECTION.keysOf(e)) {
            Verdict.fromId(v).ifPresent(verdict -> sb.append(verdict.id()).append('\n').append(verdictWords.apply(verdict)).append('\n'));
        }
        return fold(sb.toString());
    }

    /** The words of a query, folded: every one must occur in an event's text. */
    public static String[] words(String query) {
        String q = query == null ? "" : query.strip();
        return q.isEmpty() ? new String[0] : fold(q).split("\\s+");
    }

    /** True if every word occurs in the folded text. */
    public static boolean containsAll(String folded, String[] words) {
        for (String w : words) {
            if (!folded.contains(w)) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Lower case without accents, typographic quotes as straight ones. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) ascii = lower.charAt(i) < 128;
        if (ascii) return lower;
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
