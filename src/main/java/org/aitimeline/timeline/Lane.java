package org.aitimeline.timeline;

import javafx.scene.paint.Color;

/**
 * One lane of the timeline: its key (organization id, country code, category id), the title in its header,
 * its colour, and the indices of its events in time order with their spans in epoch days.
 *
 * @param maxSpan the longest event span in the lane, so culling can look back far enough
 */
public record Lane(String key, String title, Color color, int[] events, double[] start, double[] end, double maxSpan) {

    public int size() {
        return events.length;
    }

    /** Index (into this lane's arrays) of the first event that may be visible at {@code day} or later. */
    public int firstVisible(double day) {
        double from = day - maxSpan;
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index one past the last event starting before {@code day}. */
    public int endVisible(double day) {
        int lo = 0;
        int hi = start.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] <= day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
