package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.model.FacetCounts;
import org.aitimeline.model.Layer;
import org.aitimeline.model.ReleaseMatch;
import org.aitimeline.model.Organization;
import org.aitimeline.model.SearchText;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneLayout;
import org.aitimeline.timeline.LaneOrder;
import org.aitimeline.timeline.LanePalette;
import org.aitimeline.timeline.LaneTitles;

/**
 * The one app-state model of the window: the dataset, the filter, what the filter leaves (events and facet
 * counts), the selection, the grouping, the lane order and the language. Its state is read-only from outside and
 * changes only through its commands ({@link #setDataset}, {@link #applyFilter}, {@link #select}, {@link #setGrouping},
 * {@link #setLaneOrder}, {@link #setLocale}): the one seam an undo history, another view of the filtered list or a
 * writer of preferences plugs into. A recount publishes the filtered list before the counts that describe it.
 */
public final class ExplorerModel {

    /** The window's filter when nothing was chosen: a country means where the acting organizations are based. */
    public static final EventFilter WINDOW_DEFAULT = EventFilter.NONE.withCountryMeaning(org.aitimeline.model.CountryMeaning.ORGANIZATIONS);

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", WINDOW_DEFAULT);
    private final ObservableList<Event> filtered = FXCollections.observableArrayList();
    private final ObservableList<Event> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", FacetCounts.EMPTY);
    private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<LaneGrouping> grouping = new ReadOnlyObjectWrapper<>(this, "grouping", LaneGrouping.ORGANIZATION);
    private final ReadOnlyObjectWrapper<LaneOrder> laneOrder = new ReadOnlyObjectWrapper<>(this, "laneOrder", LaneOrder.FIRST_EVENT);
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>(this, "locale", Locale.ENGLISH);
    private final ReadOnlyObjectWrapper<org.aitimeline.model.Passage> textSelection = new ReadOnlyObjectWrapper<>(this, "textSelection");
    /** The dataset's search texts, made on the first text query (the start-up never has one: it is not restored). */
    private SearchText search;
    /** How many events of the dataset are commentary and context (counted once: the status bar's total leaves out hidden ones). */
    private int commentaryCount;
    private int contextCount;
    private Map<String, Organization> organizations = Map.of();
    /** The open layers and which are visible; the dataset is the union of the visible ones. */
    private final OpenLayers layers = new OpenLayers(this);

    public ExplorerModel() {
        filter.addListener((o, a, b) -> recompute());
    }

    /** The dataset shown. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public Dataset getDataset() { return dataset.get(); }

    /** Shows another dataset, alone (any other layer is closed); the filter is cleared (the commentary setting stays) and the selection too. */
    public void setDataset(Dataset value) {
        setDataset(value, filter.get().cleared());
    }

    /** Shows another dataset, alone, through {@code initial} (a restored session's filter), filtering it once. */
    public void setDataset(Dataset value, EventFilter initial) {
        layers.setAlone(value);
        show(value, initial, false);
    }

    /** The open layers, the base first. */
    public ReadOnlyObjectProperty<List<Layer>> layersProperty() { return layers.layersProperty(); }
    public List<Layer> getLayers() { return layers.get(); }

    /**
     * Whether each of {@link #getLayers()} is shown, in the same order; set after the layers on every change of either
     * (subscribe with a {@code Runnable} to hear each).
     */
    public ReadOnlyObjectProperty<List<Boolean>> layerVisibilityProperty() { return layers.visibilityProperty(); }
    public boolean isLayerVisible(int index) { return layers.isVisible(index); }

    /** Opens {@code list} as the layers, all visible; the filter stays. */
    public void setLayers(List<Layer> list) {
        setLayers(list, java.util.Collections.nCopies(list.size(), true));
    }

    /** Opens {@code list} as the layers, each shown or not as {@code visible} says; the filter stays. */
    public void setLayers(List<Layer> list, List<Boolean> visible) {
        show(layers.set(list, visible), filter.get(), true);
    }

    /** Adds a layer over the open ones, visible; the filter stays. */
    public void addLayer(Layer layer) {
        show(layers.add(layer), filter.get(), true);
    }

    /** Shows or hides one layer; facets, search and the timeline then work on the visible layers. */
    public void setLayerVisible(int index, boolean visible) {
        Dataset shown = layers.setVisible(index, visible);
        if (shown != null) show(shown, filter.get(), true);
    }

    /** The layer an event of the dataset comes from (null for an event not shown). */
    public Layer layerOf(Event e) { return layers.layerOf(e); }

    /** The record's entry for an article's release, when a record layer is open and lists the same release. */
    public java.util.Optional<ReleaseMatch> recordEntryFor(Event e) { return layers.recordEntryFor(e); }

    /**
     * The events to draw muted: a muted layer's while a prominent layer is shown over it (the record alone is drawn
     * as any dataset); null when none.
     */
    public java.util.function.Predicate<Event> mutedEvents() { return layers.mutedEvents(); }

    /** The record layer a matched entry comes from (null when none is open). */
    public Layer recordLayer() { return layers.recordLayer(); }

    /** Shows {@code value}; a kept selection stays if the new dataset still holds it (the recount drops it otherwise). */
    private void show(Dataset value, EventFilter initial, boolean keepSelection) {
        search = null;
        organizations = value.organizationsById();
        commentaryCount = (int) value.events().stream().filter(Event::isCommentary).count();
        contextCount = (int) value.events().stream().filter(Event::isContext).count();
        if (!keepSelection) selectedEvent.set(null);
        dataset.set(value);
        if (initial.equals(filter.get())) recompute(); // an equal filter fires no change
        else filter.set(initial);
    }

    /**
     * Replaces the data after an edit, an undo or a redo: the filter, grouping and view stay; {@code select} (the event
     * the edit made, or null) is selected when the filter shows it, else the selection is kept when it still exists.
     */
    public void replaceDataset(Dataset value, Event select) {
        Event before = selectedEvent.get();
        setDataset(value, filter.get());
        Event target = select != null ? select : before == null ? null : value.event(before.id()).orElse(null);
        if (target != null && filtered.contains(target)) selectedEvent.set(target);
    }

    /** The passage of an article the user has selected (as a dataset would quote it), or null. */
    public ReadOnlyObjectProperty<org.aitimeline.model.Passage> textSelectionProperty() { return textSelection.getReadOnlyProperty(); }
    public org.aitimeline.model.Passage getTextSelection() { return textSelection.get(); }
    public void selectText(org.aitimeline.model.Passage value) { textSelection.set(value); }

    /** The events the commentary and context settings let count, whatever else the filter says ("45 of 45 events"). */
    public int getTotal() {
        Dataset d = dataset.get();
        if (d == null) return 0;
        EventFilter f = filter.get();
        return d.events().size() - (f.commentary() ? 0 : commentaryCount) - (f.context() ? 0 : contextCount);
    }

    /** What the user has chosen to see. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() { return filter.getReadOnlyProperty(); }
    public EventFilter getFilter() { return filter.get(); }

    /** Filters the dataset through {@code value}: the list, then the counts, are published once. */
    public void applyFilter(EventFilter value) { filter.set(value); }

    /** The events passing the filter, in date order. */
    public ObservableList<Event> getFilteredEvents() { return filteredView; }

    /** Counts per facet option given the other facets. */
    public ReadOnlyObjectProperty<FacetCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    public FacetCounts getCounts() { return counts.get(); }

    /** The event shown in the details pane and highlighted in the timeline. */
    public ReadOnlyObjectProperty<Event> selectedEventProperty() { return selectedEvent.getReadOnlyProperty(); }
    public Event getSelectedEvent() { return selectedEvent.get(); }

    /** Selects an event (null: none). */
    public void select(Event value) { selectedEvent.set(value); }

    /** How the timeline splits events into lanes. */
    public ReadOnlyObjectProperty<LaneGrouping> groupingProperty() { return grouping.getReadOnlyProperty(); }
    public LaneGrouping getGrouping() { return grouping.get(); }
    public void setGrouping(LaneGrouping value) { if (value != null) grouping.set(value); }

    /** The order of the timeline's lanes. */
    public ReadOnlyObjectProperty<LaneOrder> laneOrderProperty() { return laneOrder.getReadOnlyProperty(); }
    public LaneOrder getLaneOrder() { return laneOrder.get(); }
    public void setLaneOrder(LaneOrder value) { if (value != null) laneOrder.set(value); }

    /** The UI language (also of event titles and summaries). */
    public ReadOnlyObjectProperty<Locale> localeProperty() { return locale.getReadOnlyProperty(); }
    public Locale getLocale() { return locale.get(); }
    public void setLocale(Locale value) { locale.set(value); }

    /** The words of the current language. */
    public Labels labels() {
        return Labels.of(locale.get());
    }

    /** Clears facets, text and dates; commentary stays as it was (it is a view setting). */
    public void clearFilters() {
        filter.set(filter.get().cleared());
    }

    public void setShowCommentary(boolean show) {
        filter.set(filter.get().withCommentary(show));
    }

    public void setShowContext(boolean show) {
        filter.set(filter.get().withContext(show));
    }

    /** What the country facet keeps: events of organizations based there, or events that concern the country. */
    public void setCountryMeaning(org.aitimeline.model.CountryMeaning meaning) {
        if (meaning != null) filter.set(filter.get().withCountryMeaning(meaning));
    }

    /** The options one facet offers, in the order the filter pane lists them. */
    public List<String> facetOptions(Facet f) {
        Dataset d = dataset.get();
        if (d == null) return List.of();
        Labels labels = labels();
        Comparator<String> byName = Comparator.comparing(k -> labels.facetValue(f, k, organizations),
                java.text.Collator.getInstance(locale.get()));
        return switch (f) {
            case ORGANIZATION -> d.organizations().stream().map(Organization::id).sorted(byName).toList();
            case COUNTRY -> {
                Set<String> codes = new LinkedHashSet<>();
                // Both meanings' countries, so a choice survives a change of meaning.
                for (Event e : d.events()) codes.addAll(e.countries());
                for (Organization o : d.organizations()) if (o.country() != null && !o.country().isBlank()) codes.add(o.country());
                yield codes.stream().sorted(byName).toList();
            }
            case CATEGORY -> java.util.Arrays.stream(Category.values()).map(Category::id).toList();
            case ACCESS -> java.util.Arrays.stream(Access.values()).map(Access::id).toList();
            case CORRECTION -> java.util.Arrays.stream(org.aitimeline.model.Verdict.values()).map(org.aitimeline.model.Verdict::id).toList();
        };
    }

    /** The name of one option of a facet in the current language. */
    public String facetValue(Facet f, String key) {
        return labels().facetValue(f, key, organizations);
    }

    /** Recomputes the filtered events and the facet counts in one go. */
    private void recompute() {
        Dataset d = dataset.get();
        if (d == null) return;
        List<Event> result = new ArrayList<>();
        // One pass gives both the counts and the matching events.
        // The search texts also know the organizations' countries, which a country filter of that meaning reads.
        boolean needed = !filter.get().text().isEmpty() || filter.get().countryMeaning() == org.aitimeline.model.CountryMeaning.ORGANIZATIONS;
        if (search == null && needed) search = SearchText.of(d.events(), organizations, Labels::verdictSearchWords);
        FacetCounts c = FacetCounts.compute(d.events(), filter.get(), search == null ? SearchText.NONE : search, result::add);
        // The list first: whoever reads the counts when they change finds the events they describe.
        filtered.setAll(result);
        counts.set(c);
        Event sel = selectedEvent.get();
        if (sel != null && !result.contains(sel)) selectedEvent.set(null);
    }

    /** The name of the layer {@code e} comes from, for the table's Layer column: its dataset's title in this language. */
    public String layerName(Event e) {
        Layer l = layerOf(e);
        if (l != null) return labels().title(l.dataset());
        Dataset d = dataset.get();
        return d == null ? "" : labels().title(d);
    }

    /** Lane names: organization names, country names in the UI language, translated category and openness names. */
    public LaneTitles laneTitles() {
        return LaneTitles.of(organizations);
    }

    /** Lane colours for the whole dataset under the current grouping, so filtering never moves them. */
    public LanePalette lanePalette() {
        Dataset d = dataset.get();
        return d == null ? null : LaneLayout.paletteFor(d.events(), grouping.get());
    }

    /** The active filters in words, e.g. "Organizations: Alibaba · Text: “R1”"; empty when none. */
    public String describeFilter() {
        return labels().describe(filter.get(), organizations);
    }
}
