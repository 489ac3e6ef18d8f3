package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.FacetCounts;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneTitles;

/**
 * The one app-state model of the window: the dataset, the filter, what the filter leaves (events and facet
 * counts), the selection, the grouping and the language. Controllers only wire views to it.
 */
public final class ExplorerModel {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObservableList<Event> filtered = FXCollections.observableArrayList();
    private final ObservableList<Event> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetCounts.EMPTY);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<LaneGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", LaneGrouping.ORGANIZATION);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);
    private Map<Event, String> searchText = new IdentityHashMap<>();
    private Map<String, Organization> organizations = Map.of();

    public ExplorerModel() {
        filter.addListener((o, a, b) -> recompute());
    }

    /** The dataset shown. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public Dataset getDataset() { return dataset.get(); }

    /** Shows another dataset; the filter is reset and the selection cleared. */
    public void setDataset(Dataset value) {
        Map<Event, String> text = new IdentityHashMap<>(value.events().size() * 2);
        Map<String, Organization> orgs = value.organizationsById();
        for (Event e : value.events()) text.put(e, EventFilter.searchText(e, orgs));
        searchText = text;
        organizations = orgs;
        selectedEvent.set(null);
        dataset.set(value);
        filter.set(EventFilter.NONE);
        recompute(); // the filter may already have been an equal, empty one
    }

    /** What the user has chosen to see. */
    public ObjectProperty<EventFilter> filterProperty() { return filter; }
    public EventFilter getFilter() { return filter.get(); }
    public void setFilter(EventFilter value) { filter.set(value); }

    /** The events passing the filter, in date order. */
    public ObservableList<Event> getFilteredEvents() { return filteredView; }

    /** Counts per facet option given the other facets. */
    public ReadOnlyObjectProperty<FacetCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    public FacetCounts getCounts() { return counts.get(); }

    /** The event shown in the details pane and highlighted in the timeline. */
    public ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public Event getSelectedEvent() { return selectedEvent.get(); }
    public void setSelectedEvent(Event value) { selectedEvent.set(value); }

    /** How the timeline splits events into lanes. */
    public ObjectProperty<LaneGrouping> groupingProperty() { return grouping; }
    public LaneGrouping getGrouping() { return grouping.get(); }
    public void setGrouping(LaneGrouping value) { grouping.set(value); }

    /** The UI language (also of event titles and summaries). */
    public ObjectProperty<Locale> localeProperty() { return locale; }
    public Locale getLocale() { return locale.get(); }
    public void setLocale(Locale value) { locale.set(value); }

    public void clearFilters() {
        filter.set(EventFilter.NONE);
    }

    public Map<String, Organization> organizations() {
        return organizations;
    }

    /** Recomputes the filtered events and the facet counts in one go. */
    private void recompute() {
        Dataset d = dataset.get();
        if (d == null) return;
        EventFilter f = filter.get();
        Predicate<Event> text = textPredicate(f.text());
        List<Event> result = new ArrayList<>();
        // One pass gives both the counts and the matching events.
        counts.set(FacetCounts.compute(d.events(), f, text, result::add));
        filtered.setAll(result);
        Event sel = selectedEvent.get();
        if (sel != null && !result.contains(sel)) selectedEvent.set(null);
    }

    private Predicate<Event> textPredicate(String query) {
        if (query.isBlank()) return e -> true;
        String[] words = EventFilter.fold(query).split("\\s+");
        Map<Event, String> cache = searchText;
        return e -> {
            String hay = cache.get(e);
            for (String w : words) {
                if (!hay.contains(w)) return false;
            }
            return true;
        };
    }

    /** Lane names: organization names, country names in the UI language, translated category names. */
    public LaneTitles laneTitles(ResourceBundle messages) {
        Map<String, Organization> orgs = organizations;
        return (g, key, loc) -> {
            if (key.isEmpty()) return messages.getString(g == LaneGrouping.COUNTRY ? "lane.noCountry" : "lane.noOrganization");
            return switch (g) {
                case ORGANIZATION -> orgs.containsKey(key) ? orgs.get(key).name() : key;
                case COUNTRY -> countryName(key, loc);
                case CATEGORY -> Category.fromId(key).map(c -> categoryName(c, messages)).orElse(key);
                case NONE -> messages.getString("lane.all");
            };
        };
    }

    public static String countryName(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }

    public static String categoryName(Category c, ResourceBundle messages) {
        return messages.getString("category." + c.id());
    }

    /** The active filters in words, e.g. "Organizations: Alibaba · Text: “R1”"; empty when none. */
    public String describeFilter(ResourceBundle messages) {
        EventFilter f = filter.get();
        List<String> parts = new ArrayList<>();
        Locale loc = locale.get();
        if (!f.organizations().isEmpty()) {
            parts.add(messages.getString("filter.organizations") + ": " + f.organizations().stream()
                    .map(id -> organizations.containsKey(id) ? organizations.get(id).name() : id).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (!f.countries().isEmpty()) {
            parts.add(messages.getString("filter.countries") + ": " + f.countries().stream()
                    .map(c -> countryName(c, loc)).sorted().collect(Collectors.joining(", ")));
        }
        if (!f.categories().isEmpty()) {
            parts.add(messages.getString("filter.categories") + ": " + f.categories().stream()
                    .map(c -> categoryName(c, messages)).sorted().collect(Collectors.joining(", ")));
        }
        if (!f.text().isEmpty()) parts.add(messages.getString("filter.text") + ": “" + f.text() + "”");
        if (f.from() != null || f.to() != null) {
            parts.add(messages.getString("filter.dates") + ": " + (f.from() == null ? "…" : monthOf(f.from().toEpochDay(), loc))
                    + " – " + (f.to() == null ? "…" : monthOf(f.to().toEpochDay(), loc)));
        }
        return String.join(" · ", parts);
    }

    static String monthOf(long epochDay, Locale locale) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue()).format(locale);
    }
}
