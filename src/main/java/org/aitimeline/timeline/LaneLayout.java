package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aitimeline.model.Event;

/**
 * Splits time-sorted events into lanes for a grouping. An event with several keys appears in each of its lanes;
 * lanes are ordered by their first event, so the story reads from top left to bottom right.
 */
public final class LaneLayout {

    private final List<Event> events;
    private final double[] start;
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
    public static LaneLayout build(List<Event> events, LaneGrouping grouping, LaneTitles titles, Locale locale) {
        int n = events.size();
        double[] start = new double[n];
        double[] end = new double[n];
        Map<String, IntList> byKey = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            start[i] = e.date().startEpochDay();
            end[i] = e.date().endEpochDay();
            for (String key : grouping.keysOf(e)) {
                IntList list = byKey.get(key);
                if (list == null) {
                    list = new IntList();
                    byKey.put(key, list);
                    order.add(key); // first appearance in time order
                }
                if (list.size == 0 || list.last() != i) list.add(i);
            }
        }
        List<Lane> lanes = new ArrayList<>(order.size());
        for (String key : order) {
            int[] idx = byKey.get(key).toArray();
            double[] s = new double[idx.length];
            double[] e = new double[idx.length];
            double maxSpan = 0;
            for (int k = 0; k < idx.length; k++) {
                s[k] = start[idx[k]];
                e[k] = end[idx[k]];
                maxSpan = Math.max(maxSpan, e[k] - s[k]);
            }
            lanes.add(new Lane(key, titles.title(grouping, key, locale), LanePalette.colorOf(key), idx, s, e, maxSpan));
        }
        return new LaneLayout(events, start, end, List.copyOf(lanes));
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
