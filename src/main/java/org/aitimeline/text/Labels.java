package org.aitimeline.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Source;
import org.aitimeline.model.Verdict;

/**
 * The words of the app in one language, shared by the window, the PNG export and the command line so that they
 * never describe the same thing differently: names of countries, categories, openness levels and verdicts, facet
 * values and lane titles, the active filter in words, and the credit line of an article.
 */
public final class Labels {

    static final String BUNDLE = "org.aitimeline.text.messages";
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getModule());
    }

    /** The words for {@code locale}: Italian for an Italian locale, English otherwise. */
    public static Labels of(Locale locale) {
        Locale l = DateText.italian(locale) ? Locale.ITALIAN : Locale.ENGLISH;
        return CACHE.computeIfAbsent(l.getLanguage(), k -> new Labels(l));
    }

    /** The resource bundle itself (for FXML's {@code %key} lookups). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A parameterised message ({@link MessageFormat} syntax). */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The country's name in this language ("Cina" for CN); the code itself when the JDK has no name. */
    public String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }

    public String category(Category c) {
        return get("category." + c.id());
    }

    public String access(Access a) {
        return get("access." + a.id());
    }

    public String verdict(Verdict v) {
        return get("verdict." + v.id());
    }

    /** The facet's title: "Organizations", "Countries", "Categories", "Openness". */
    public String facet(Facet f) {
        return get("facet." + f.id());
    }

    /** The facet's title as the filter reads it: the country facet says what its countries are. */
    public String facet(Facet f, EventFilter filter) {
        return f == Facet.COUNTRY ? get("facet.country." + filter.countryMeaning().id()) : facet(f);
    }

    /**
     * The name of one key of a facet, as a facet option and as a lane title: the organization's name, the
     * country's name, the category or openness label; for the empty key, "No organization", "Not a release"….
     */
    public String facetValue(Facet f, String key, Map<String, Organization> organizations) {
        if (key.isEmpty()) return get("facet.none." + f.id());
        return switch (f) {
            case ORGANIZATION -> {
                Organization o = organizations.get(key);
                yield o == null ? key : o.name();
            }
            case COUNTRY -> country(key);
            case CATEGORY -> Category.fromId(key).map(this::category).orElse(key);
            case ACCESS -> Access.fromId(key).map(this::access).orElse(key);
            case CORRECTION -> Verdict.fromId(key).map(this::verdict).orElse(key);
        };
    }

    /**
     * The words a corrected event is found by, for one verdict, in every language of the app: the verdict
     * ("Incorrect", "Errato") and the words for a correction ("correction corrected", "correzione corretto").
     */
    public static String verdictSearchWords(Verdict v) {
        StringBuilder sb = new StringBuilder();
        for (Locale l : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            Labels words = of(l);
            sb.append(words.verdict(v)).append('\n').append(words.get("search.corrected")).append('\n');
        }
        return sb.toString();
    }

    /** The title of the one lane when events are not grouped. */
    public String allEvents() {
        return get("lane.all");
    }

    /**
     * The active filter in words, e.g. "Organizations: Alibaba · Text: “R1” · Dates: Jan 2024 – Dec 2025"; empty
     * when nothing restricts the events.
     */
    public String describe(EventFilter filter, Map<String, Organization> organizations) {
        List<String> parts = new ArrayList<>();
        for (Facet f : Facet.values()) {
            if (filter.selected(f).isEmpty()) continue;
            List<String> names = filter.selected(f).stream().map(k -> facetValue(f, k, organizations))
                    .sorted(Comparator.naturalOrder()).toList();
            parts.add(facet(f, filter) + ": " + String.join(", ", names));
        }
        if (!filter.text().isEmpty()) parts.add(get("filter.text") + ": “" + filter.text() + "”");
        if (filter.from() != null || filter.to() != null) {
            parts.add(get("filter.dates") + ": " + dateBound(filter.from()) + " – " + dateBound(filter.to()));
        }
        return String.join(" · ", parts);
    }

    private String dateBound(LocalDate d) {
        return d == null ? "…" : DateText.month(d, locale);
    }

    /**
     * An article as credited in footers and the About box: "Title — Author, Outlet (Mar 2025) · https://…", each part
     * only when the dataset knows it.
     */
    public String credit(Source s) {
        String by = java.util.stream.Stream.of(s.author(), s.outlet()).filter(t -> !t.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
        return s.title() + (by.isEmpty() ? "" : " — " + by)
                + (s.published() == null ? "" : " (" + DateText.format(s.published(), locale) + ")")
                + (s.url().isBlank() ? "" : " · " + s.url());
    }

    /** The dataset's title in this language. */
    public String title(Dataset d) {
        return d.title().in(locale);
    }

    /**
     * The event's date note in this language, its references to the evidence numbered from 1 as the evidence list
     * shows them: the file's "(evidence 0, 1)" (indexes, as corrections give them) reads "(evidence [1], [2])".
     */
    public String dateNote(Event e) {
        return evidenceFromOne(e.dateNote().in(locale));
    }

    /** "evidence N" references (0-based indexes into an event's evidence) as the list numbers them: "evidence [N+1]". */
    private static final Pattern EVIDENCE_REFERENCE = Pattern.compile("\\b(evidence|fonte|fonti|prova|prove) (\\d{1,4}(?:(?:, | and | e )\\d{1,4})*)\\b");
    private static final Pattern INDEX = Pattern.compile("\\d+");

    static String evidenceFromOne(String note) {
        Matcher m = EVIDENCE_REFERENCE.matcher(note);
        if (!m.find()) return note;
        StringBuilder sb = new StringBuilder(note.length() + 8);
        do {
            String numbers = INDEX.matcher(m.group(2)).replaceAll(r -> "[" + (Integer.parseInt(r.group()) + 1) + "]");
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " " + numbers));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
