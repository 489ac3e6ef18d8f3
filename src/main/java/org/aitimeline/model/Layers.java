package org.aitimeline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Several datasets seen as one: the union of their events, each still knowing its layer. Organizations with the same
 * id are one organization (the first layer's record of it), so the articles' "meta" and the record's "meta" share a
 * lane; an event or source id that a later layer repeats is prefixed with that layer's position ("2:deepseek-r1"),
 * its passages following their source. Facets, search and exports work on {@link #combined()} unchanged.
 */
public final class Layers {

    private final List<Layer> layers;
    private final Dataset combined;
    private final Map<Event, Layer> layerOf = new IdentityHashMap<>();

    private Layers(List<Layer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException("no layer");
        this.layers = List.copyOf(layers);
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Organization> organizations = new LinkedHashMap<>();
        Set<String> eventIds = new HashSet<>();
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < this.layers.size(); k++) {
            Layer layer = this.layers.get(k);
            String prefix = (k + 1) + ":";
            Map<String, String> renamed = new LinkedHashMap<>();
            for (Source s : layer.dataset().sources()) {
                Source kept = sources.get(s.id());
                if (kept == null) {
                    sources.put(s.id(), s);
                } else if (!(kept.file().equals(s.file()) && kept.text().equals(s.text()))) {
                    Source other = new Source(prefix + s.id(), s.file(), s.title(), s.language(), s.published(), s.publishedNote(), s.text());
                    sources.put(other.id(), other);
                    renamed.put(s.id(), other.id());
                }
            }
            for (Organization o : layer.dataset().organizations()) organizations.putIfAbsent(o.id(), o);
            for (Event e : layer.dataset().events()) {
                Event placed = renamed.isEmpty() ? e : withSources(e, renamed);
                if (!eventIds.add(placed.id())) {
                    placed = withId(placed, prefix + placed.id());
                    eventIds.add(placed.id());
                }
                events.add(placed);
                layerOf.put(placed, layer);
            }
        }
        events.sort(Comparator.comparingInt((Event e) -> e.date().order()).thenComparing(Event::id));
        Dataset first = this.layers.get(0).dataset();
        // A layer's name is its dataset's English title; the combined title joins each language's titles.
        LocalizedText title = new LocalizedText(
                this.layers.stream().map(l -> l.dataset().title().en()).collect(Collectors.joining(" + ")),
                this.layers.stream().map(l -> l.dataset().title().it()).collect(Collectors.joining(" + ")));
        combined = new Dataset(title, first.origin(), new ArrayList<>(sources.values()),
                new ArrayList<>(organizations.values()), events, "", credits(this.layers));
    }

    /** The layers, first (the base) to last. */
    public static Layers of(List<Layer> layers) {
        return new Layers(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Every layer's events in one dataset, credited with every layer's attribution. */
    public Dataset combined() {
        return combined;
    }

    /** The layer an event of {@link #combined()} comes from. */
    public Layer layerOf(Event e) {
        return layerOf.get(e);
    }

    /** The combined dataset credited only with the layers that have one of {@code shown} (an export's events). */
    public Dataset creditedFor(Collection<Event> shown) {
        Set<Layer> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e : shown) {
            Layer l = layerOf.get(e);
            if (l != null) present.add(l);
        }
        return combined.withTerms("", credits(layers.stream().filter(present::contains).toList()));
    }

    private static String credits(List<Layer> layers) {
        return layers.stream().map(l -> l.dataset().creditLine()).filter(c -> !c.isEmpty()).distinct()
                .collect(Collectors.joining("\n"));
    }

    private static Event withId(Event e, String id) {
        return new Event(id, e.kind(), e.date(), e.dateNote(), e.title(), e.summary(), e.category(), e.organizations(),
                e.countries(), e.models(), e.aliases(), e.passages(), e.access(), e.licence(), e.evidence(), e.corrections());
    }

    private static Event withSources(Event e, Map<String, String> renamed) {
        List<Passage> passages = e.passages().stream().map(p -> moved(p, renamed)).toList();
        List<Correction> corrections = e.corrections().stream()
                .map(c -> new Correction(moved(c.claim(), renamed), c.verdict(), c.text(), c.evidence())).toList();
        return new Event(e.id(), e.kind(), e.date(), e.dateNote(), e.title(), e.summary(), e.category(), e.organizations(),
                e.countries(), e.models(), e.aliases(), passages, e.access(), e.licence(), e.evidence(), corrections);
    }

    private static Passage moved(Passage p, Map<String, String> renamed) {
        String to = renamed.get(p.source());
        return to == null ? p : new Passage(to, p.exact(), p.prefix(), p.suffix(), p.start(), p.end());
    }
}
