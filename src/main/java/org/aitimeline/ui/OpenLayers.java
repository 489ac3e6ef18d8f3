package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Layer;
import org.aitimeline.model.Layers;
import org.aitimeline.model.ReleaseMatch;

/**
 * The layers open in the window and which are visible, for {@link ExplorerModel}: each change returns the dataset to
 * show (the union of the visible layers), which the model then filters. Kept apart so the model stays about the
 * filter and the selection.
 */
final class OpenLayers {

    private final ReadOnlyObjectWrapper<List<Layer>> layers;
    private final ReadOnlyObjectWrapper<List<Boolean>> visibility;
    /** The visible layers seen as one (null when one layer or none is visible: its events need no union). */
    private Layers shown;
    /** The record layers' releases by model, made when an article's release is first looked up. */
    private ReleaseMatch.Index recordIndex;

    OpenLayers(Object bean) {
        layers = new ReadOnlyObjectWrapper<>(bean, "layers", List.of());
        visibility = new ReadOnlyObjectWrapper<>(bean, "layerVisibility", List.of());
    }

    ReadOnlyObjectProperty<List<Layer>> layersProperty() { return layers.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<List<Boolean>> visibilityProperty() { return visibility.getReadOnlyProperty(); }
    List<Layer> get() { return layers.get(); }
    boolean isVisible(int index) { return visibility.get().get(index); }

    /** Opens {@code value} alone, visible. */
    void setAlone(Dataset value) {
        setState(List.of(Layer.of(value)), List.of(true));
        shown = null;
        recordIndex = null;
    }

    /** Opens {@code list}, each shown or not as {@code visible} says; returns the dataset to show. */
    Dataset set(List<Layer> list, List<Boolean> visible) {
        if (list.isEmpty() || list.size() != visible.size()) throw new IllegalArgumentException("one visibility per layer");
        setState(List.copyOf(list), List.copyOf(visible));
        recordIndex = null;
        return visibleDataset();
    }

    /** Adds a layer over the open ones, visible; returns the dataset to show. */
    Dataset add(Layer layer) {
        List<Layer> list = new ArrayList<>(layers.get());
        List<Boolean> visible = new ArrayList<>(visibility.get());
        list.add(layer);
        visible.add(true);
        return set(list, visible);
    }

    /** Shows or hides one layer; returns the dataset to show, or null when nothing changed. */
    Dataset setVisible(int index, boolean visible) {
        if (visibility.get().get(index) == visible) return null;
        List<Boolean> v = new ArrayList<>(visibility.get());
        v.set(index, visible);
        setState(layers.get(), List.copyOf(v));
        return visibleDataset();
    }

    /** The layer an event of the shown dataset comes from (null for an event not shown). */
    Layer layerOf(Event e) {
        if (shown != null) return shown.layerOf(e);
        List<Layer> list = layers.get();
        for (int i = 0; i < list.size(); i++) if (visibility.get().get(i)) return list.get(i);
        return null;
    }

    /** The record's entry for an article's release, when a record layer is open and lists the same release. */
    Optional<ReleaseMatch> recordEntryFor(Event e) {
        Layer own = layerOf(e);
        if (e == null || own == null || own.prominence() == Layer.Prominence.MUTED) return Optional.empty();
        if (recordIndex == null) {
            List<Event> record = new ArrayList<>();
            for (Layer l : layers.get()) if (l.prominence() == Layer.Prominence.MUTED) record.addAll(l.dataset().events());
            recordIndex = new ReleaseMatch.Index(record);
        }
        return recordIndex.find(e);
    }

    /** The events to draw muted: a muted layer's while a prominent layer is shown over it; null when none. */
    Predicate<Event> mutedEvents() {
        if (shown == null) return null;
        boolean prominent = false;
        boolean muted = false;
        for (Layer l : shown.layers()) {
            if (l.prominence() == Layer.Prominence.MUTED) muted = true;
            else prominent = true;
        }
        if (!(prominent && muted)) return null;
        Layers union = shown;
        return e -> {
            Layer l = union.layerOf(e);
            return l != null && l.prominence() == Layer.Prominence.MUTED;
        };
    }

    /** The record layer a matched entry comes from (null when none is open). */
    Layer recordLayer() {
        for (Layer l : layers.get()) if (l.prominence() == Layer.Prominence.MUTED) return l;
        return null;
    }

    /**
     * Sets the layers, then their visibility: a subscriber to the visibility (with {@code subscribe(Runnable)}) hears
     * every change of either, even when the new visibility list equals the old. It is read back at once so that the
     * next change is signalled too (an invalidation is only signalled by a property that was read since the last).
     */
    private void setState(List<Layer> list, List<Boolean> visible) {
        layers.set(list);
        visibility.set(visible);
        visibility.get();
    }

    /** The union of the visible layers; with none visible, the base layer emptied of events. */
    private Dataset visibleDataset() {
        List<Layer> visible = new ArrayList<>();
        for (int i = 0; i < layers.get().size(); i++) if (visibility.get().get(i)) visible.add(layers.get().get(i));
        if (visible.size() > 1) {
            shown = Layers.of(visible);
            return shown.combined();
        }
        shown = null;
        if (!visible.isEmpty()) return visible.get(0).dataset();
        Dataset base = layers.get().get(0).dataset();
        return new Dataset(base.title(), base.origin(), List.of(), base.organizations(), List.of(), "", "");
    }
}
