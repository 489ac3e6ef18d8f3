package org.aitimeline.timeline;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aitimeline.model.Event;

/**
 * Splits time-sorted events into lanes for a grouping, in a chosen order (the lane of events without a key is
 * always last), each lane with its title and style. An event with several keys appears in each of its lanes.
 */
public final class LaneLayout {

    /** What lanes to make and how to name, order and style them. */
    public record Options(LaneGrouping grouping, LaneOrder order, LaneTitles titles, Locale locale, LanePalette palette) {
        public Options {
            if (order == null) order = LaneOrder.FIRST_EVENT;
            if (titles == null) titles = LaneTitles.DEFAULT;
            if (locale == null) locale = Locale.ENGLISH;
        }

        public Options(LaneGrouping grouping) {
            this(grouping, LaneOrder.FIRST_EVENT, LaneTitles.DEFAULT, Locale.ENGLISH, null);
        }
    }

    /**
     * How many lanes to show before the rest fold into one "Other …" lane (only when there are more than twice as many), whether that lane is open (its lanes
     * then follow it, and it holds no events itself) and its title for a number of folded lanes.
     */
    public record Folding(int maxLanes, boolean expanded, java.util.function.IntFunction<String> title) {
        public static final Folding NONE = new Folding(0, false, n -> "");
    }

    /** The key of the lane the folded lanes are gathered in. */
    public static final String OTHER_LANES = "\u0000other";

    private final List<Event> events;
    private final double[] start;
    /** Events drawn muted (a public record's under the articles'); null when none is. */
    private java.util.BitSet muted;
    /** How many lanes the "Other" lane folds (0: no folding). */
    private int foldedLanes;
    private final double[] end;
    private final List<Lane> lanes;
    private final double minDay;
    private final double maxDay;

    private LaneLayout(List<Event> events, double[] start, double[] end, List<Lane> lanes) {
        this.events = events;
        this.start = start;
        this.end = end;
        this.lanes = lanes;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < start.length; i++) {
            min = Math.min(min, start[i]);
            max = Math.max(max, end[i]);
        }
        this.minDay = min;
        this.maxDay = max;
    }

    /** Lays out {@code events}, which must be sorted by date (see {@link #sortedByDate}). */
    public static LaneLayout build(List<Event> events, Options options) {
        return build(events, options, Folding.NONE, null);
    }

    /**
     * Lays out {@code events} with the lanes beyond {@code folding.maxLanes()} largest folded into one, and the events
     * {@code muted} accepts marked to be drawn muted (null: none).
     */
    public static LaneLayout build(List<Event> events, Options options, Folding folding, java.util.function.Predicate<Event> muted) {
        int n = events.size();
        double[] start = new double[n];
        double[] end = new double[n];
        Map<String, IntList> byKey = new HashMap<>();
        List<String> firstSeen = new ArrayList<>();
        LaneGrouping grouping = options.grouping();
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            start[i] = e.date().startEpochDay();
            end[i] = e.date().endEpochDay();
            for (String key : grouping.keysOf(e)) {
                IntList list = byKey.get(key);
                if (list == null) {
                    list = new IntList();
                    byKey.put(key, list);
                    firstSeen.add(key); // first appearance in time order
                }
                if (list.size == 0 || list.last() != i) list.add(i);
            }
        }
        LanePalette palette = options.palette() != null ? options.palette() : LanePalette.assign(withMissingLast(firstSeen));
        List<String> order = ordered(firstSeen, byKey, options);
        int folded = 0;
        // Only many lanes fold (a record's hundreds of organizations): a few lanes too many read better than a fold.
        if (folding.maxLanes() > 0 && order.size() > 2 * folding.maxLanes()) {
            // The largest lanes stay (in the chosen order); the rest gather in one lane, last, or follow it when open.
            List<String> bySize = new ArrayList<>(order);
            bySize.sort(Comparator.comparingInt((String k) -> -byKey.get(k).size));
            java.util.Set<String> kept = new java.util.HashSet<>(bySize.subList(0, folding.maxLanes()));
            List<String> rest = order.stream().filter(k -> !kept.contains(k)).toList();
            folded = rest.size();
            IntList gathered = new IntList();
            if (!folding.expanded()) {
                boolean[] in = new boolean[n];
                for (String k : rest) {
                    IntList l = byKey.get(k);
                    for (int i = 0; i < l.size; i++) in[l.data[i]] = true;
                }
                for (int i = 0; i < n; i++) if (in[i]) gathered.add(i);
            }
            byKey.put(OTHER_LANES, gathered);
            List<String> shown = new ArrayList<>(order.stream().filter(kept::contains).toList());
            shown.add(OTHER_LANES);
            if (folding.expanded()) shown.addAll(rest);
            order = shown;
        }
        List<Lane> lanes = new ArrayList<>(order.size());
        for (String key : order) {
            int[] idx = byKey.get(key).toArray();
            double[] s = new double[idx.length];
            double[] e = new double[idx.length];
            double[] blocks = new double[(idx.length + Lane.BLOCK - 1) / Lane.BLOCK];
            Arrays.fill(blocks, Double.NEGATIVE_INFINITY);
            double maxSpan = 0;
            for (int k = 0; k < idx.length; k++) {
                s[k] = start[idx[k]];
                e[k] = end[idx[k]];
                maxSpan = Math.max(maxSpan, e[k] - s[k]);
                blocks[k / Lane.BLOCK] = Math.max(blocks[k / Lane.BLOCK], e[k]);
            }
            String title = key.equals(OTHER_LANES) ? (folding.expanded() ? "▾ " : "▸ ") + folding.title().apply(folded)
                    : options.titles().title(grouping, key, options.locale());
            lanes.add(new Lane(key, title, palette.styleOf(key), idx, s, e, maxSpan, blocks));
        }
        LaneLayout layout = new LaneLayout(events, start, end, List.copyOf(lanes));
        layout.foldedLanes = folded;
        if (muted != null) {
            java.util.BitSet bits = new java.util.BitSet(n);
            for (int i = 0; i < n; i++) if (muted.test(events.get(i))) bits.set(i);
            if (!bits.isEmpty()) layout.muted = bits;
        }
        return layout;
    }

    private static List<String> ordered(List<String> firstSeen, Map<String, IntList> byKey, Options options) {
        List<String> keys = new ArrayList<>(firstSeen);
        switch (options.order()) {
            case FIRST_EVENT -> { }
            case EVENT_COUNT -> keys.sort(Comparator.comparingInt((String k) -> -byKey.get(k).size));
            case NAME -> {
                Collator collator = Collator.getInstance(options.locale());
                keys.sort(Comparator.comparing(k -> options.titles().title(options.grouping(), k, options.locale()), collator));
            }
        }
        return withMissingLast(keys);
    }

    /** The keys with the "" key (events that have none) moved to the end. */
    static List<String> withMissingLast(List<String> keys) {
        if (!keys.contains("")) return keys;
        List<String> copy = new ArrayList<>(keys);
        copy.remove("");
        copy.add("");
        return copy;
    }

    /**
     * The styles of a grouping's lanes for a whole dataset: lanes in order of their first event, so colours are
     * fixed for a given dataset and grouping and do not move when a filter hides lanes.
     */
    public static LanePalette paletteFor(List<Event> sortedEvents, LaneGrouping grouping) {
        List<String> keys = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Event e : sortedEvents) {
            for (String k : grouping.keysOf(e)) {
                if (seen.add(k)) keys.add(k);
            }
        }
        return LanePalette.assign(withMissingLast(keys));
    }

    /** The events in date order; returns the same list when it is already sorted (the usual case). */
    public static List<Event> sortedByDate(List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).date().compareTo(events.get(i).date()) > 0) {
                List<Event> copy = new ArrayList<>(events);
                copy.sort((a, b) -> a.date().compareTo(b.date()));
                return copy;
            }
        }
        return events;
    }

    /** Whether event {@code event} is drawn muted (it belongs to a muted layer). */
    public boolean isMuted(int event) {
        return muted != null && muted.get(event);
    }

    /** How many lanes the "Other" lane gathers (0 when nothing is folded). */
    public int foldedLanes() {
        return foldedLanes;
    }

    public List<Event> events() {
        return events;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public double start(int event) {
        return start[event];
    }

    public double end(int event) {
        return end[event];
    }

    /** First day of the earliest event, or NaN when there are none. */
    public double minDay() {
        return start.length == 0 ? Double.NaN : minDay;
    }

    /** Day after the latest event ends, or NaN when there are none. */
    public double maxDay() {
        return start.length == 0 ? Double.NaN : maxDay;
    }

    /** A growable int array: lanes of a million events without boxing. */
    static final class IntList {
        int[] data = new int[16];
        int size;

        void add(int v) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
