package org.aitimeline.timeline;

/**
 * One lane of the timeline: its key (organization id, country code, category or access id), the title in its
 * header, its style, and the indices of its events in time order with their spans in epoch days.
 *
 * @param maxSpan the longest event span in the lane, so culling can look back far enough
 */
public record Lane(String key, String title, LaneStyle style, int[] events, double[] start, double[] end, double maxSpan,
                   double[] blockMaxEnd) {

    /** Events per block of {@link #blockMaxEnd}: a range maximum then costs at most two partial blocks. */
    static final int BLOCK = 64;

    public int size() {
        return events.length;
    }

    /** Index (into this lane's arrays) of the first event that may still cover {@code day} or come after it. */
    public int firstVisible(double day) {
        return lowerBound(day - maxSpan, 0, start.length);
    }

    /** Index one past the last event starting at or before {@code day}. */
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

    /** The first index in {@code [from, to)} whose start is at or after {@code day} ({@code to} if none). */
    int lowerBound(double day, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The latest end among events {@code [from, to)}. */
    double maxEnd(int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        int firstFull = Math.min(to, (from + BLOCK - 1) / BLOCK * BLOCK);
        for (int i = from; i < firstFull; i++) max = Math.max(max, end[i]);
        int block = firstFull / BLOCK;
        int i = firstFull;
        for (; i + BLOCK <= to; i += BLOCK) max = Math.max(max, blockMaxEnd[block++]);
        for (; i < to; i++) max = Math.max(max, end[i]);
        return max;
    }
}
