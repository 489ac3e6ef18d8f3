package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The one packing rule of the timeline, shared by the window and the export: every lane's events between two days,
 * at a given zoom (pixels per day), placed into label rows so that no two labels in a row overlap. A lane opens as
 * many rows as its labels need, up to {@code rowCap}; only when those are exhausted do nearby events merge into a
 * cluster showing their count. Positions are absolute ({@code day × pixels-per-day}), so panning reuses a packing.
 *
 * <p>Events are first grouped into buckets of {@link #BUCKET_PX} pixels on that absolute grid, found by binary
 * search so the cost follows the number of buckets, not of events. A bucket whose events can each get a row is
 * placed event by event; otherwise it becomes one cluster. Every event between the two days is counted in exactly
 * one marker of each of its lanes.
 */
public final class LanePacking {

    static final double BUCKET_PX = 14;
    static final double GAP = 8;
    static final double DOT_SPACE = 9;
    static final double CLUSTER_PAD = 14;
    /** Room after a title for the correction badge. */
    static final double BADGE_SPACE = 14;
    /** What a glyph takes right of its x. */
    static final double GLYPH_SPACE = 6;

    private final LaneLayout layout;
    private final double pixelsPerDay;
    private final double coveredFrom;
    private final double coveredTo;
    private final int rowCap;
    private final Marker[][] markers;
    private final int[] rows;
    private final double[] reach;
    private final double[] leftReach;
    private final boolean capped;

    private LanePacking(LaneLayout layout, double pixelsPerDay, double coveredFrom, double coveredTo, int rowCap, Marker[][] markers, int[] rows, double[] reach, double[] leftReach,
                        boolean capped) {
        this.layout = layout;
        this.pixelsPerDay = pixelsPerDay;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.rowCap = rowCap;
        this.markers = markers;
        this.rows = rows;
        this.reach = reach;
        this.leftReach = leftReach;
        this.capped = capped;
    }

    /** What a label says and whether an event carries a mark after it (a correction badge). */
    public interface Labels {
        String label(int event);

        default boolean badged(int event) {
            return false;
        }

        /** The room the label takes: its text and, when badged, the badge. */
        default double width(int event, TextWidth width) {
            return width.of(label(event)) + (badged(event) ? BADGE_SPACE : 0);
        }

        static Labels of(IntFunction<String> text) {
            return text::apply;
        }

        /**
         * {@code labels} with each of the {@code events} widths measured once, by the first {@link TextWidth} asked:
         * repacking after a zoom, or with fewer rows, need not measure every title again.
         */
        static Labels measuredOnce(Labels labels, int events) {
            double[] widths = new double[events];
            Arrays.fill(widths, Double.NaN);
            return new Labels() {
                @Override
                public String label(int event) {
                    return labels.label(event);
                }

                @Override
                public boolean badged(int event) {
                    return labels.badged(event);
                }

                @Override
                public double width(int event, TextWidth width) {
                    double known = widths[event];
                    if (Double.isNaN(known)) {
                        known = labels.width(event, width);
                        widths[event] = known;
                    }
                    return known;
                }
            };
        }

        /** Event titles in a language, badged where the dataset corrects an article: what the window and export show. */
        static Labels titles(java.util.List<org.aitimeline.model.Event> events, java.util.Locale locale) {
            return new Labels() {
                @Override
                public String label(int event) {
                    return events.get(event).title().in(locale);
                }

                @Override
                public boolean badged(int event) {
                    return events.get(event).isCorrected();
                }
            };
        }
    }

    /**
     * Packs the events of every lane that overlap {@code [fromDay, toDay)}, every title to the right of its marker.
     *
     * @param rowCap the most rows one lane may open (the window caps it so one lane cannot swallow the view)
     */
    public static LanePacking pack(LaneLayout layout, double pixelsPerDay, double fromDay, double toDay, int rowCap,
                                   TextWidth width, Labels labels) {
        return pack(layout, pixelsPerDay, fromDay, toDay, rowCap, width, labels, Double.POSITIVE_INFINITY);
    }

    /**
     * Packs as above, but a title that would run past {@code rightLimitAx} (an absolute x: where a fitted view
     * ends, after the last events) is packed to the left of its marker, so the most recent titles stay whole.
     */
    public static LanePacking pack(LaneLayout layout, double pixelsPerDay, double fromDay, double toDay, int rowCap,
                                   TextWidth width, Labels labels, double rightLimitAx) {
        if (!(pixelsPerDay > 0)) throw new IllegalArgumentException("pixels per day must be positive");
        List<Lane> lanes = layout.lanes();
        Marker[][] all = new Marker[lanes.size()][];
        int[] rows = new int[lanes.size()];
        double[] reach = new double[lanes.size()];
        double[] leftReach = new double[lanes.size()];
        boolean capped = false;
        Packer packer = new Packer(pixelsPerDay, Math.max(1, rowCap), width, labels, rightLimitAx);
        for (int li = 0; li < lanes.size(); li++) {
            packer.lane(li, lanes.get(li), fromDay, toDay);
            all[li] = packer.out.toArray(new Marker[0]);
            Arrays.sort(all[li], Comparator.comparingDouble(m -> m.ax));
            rows[li] = Math.max(1, packer.rows);
            reach[li] = packer.reach;
            leftReach[li] = packer.leftReach;
            capped |= packer.clustered;
        }
        double min = layout.minDay();
        double max = layout.maxDay();
        double coveredFrom = Double.isNaN(min) || fromDay <= min ? Double.NEGATIVE_INFINITY : fromDay;
        double coveredTo = Double.isNaN(max) || toDay >= max ? Double.POSITIVE_INFINITY : toDay;
        return new LanePacking(layout, pixelsPerDay, coveredFrom, coveredTo, rowCap, all, rows, reach,
                leftReach, capped);
    }

    /** The packing state of one lane at a time. */
    private static final class Packer {
        final double ppd;
        final int cap;
        final TextWidth width;
        final Labels labels;
        final double rightLimitAx;
        final List<Marker> out = new ArrayList<>();
        double[] rowEnd = new double[4];
        Marker[] rowLast = new Marker[4];
        int rows;
        double reach;
        double leftReach;
        boolean clustered;
        final String[] countLabels = new String[1000];
        final double[] countWidths = new double[1000];

        Packer(double ppd, int cap, TextWidth width, Labels labels, double rightLimitAx) {
            this.ppd = ppd;
            this.cap = cap;
            this.width = width;
            this.labels = labels;
            this.rightLimitAx = rightLimitAx;
        }

        void lane(int li, Lane lane, double fromDay, double toDay) {
            out.clear();
            rows = 0;
            reach = 0;
            leftReach = 0;
            clustered = false;
            double[] st = lane.start();
            double[] en = lane.end();
            int k = lane.firstVisible(fromDay);
            int to = lane.endVisible(toDay);
            while (k < to) {
                if (en[k] <= fromDay) {
                    k++;
                    continue;
                }
                long bucket = (long) Math.floor(st[k] * ppd / BUCKET_PX);
                double bucketEnd = (bucket + 1) * BUCKET_PX / ppd;
                int j = k + 1 < to && st[k + 1] < bucketEnd ? lane.lowerBound(bucketEnd, k + 1, to) : k + 1;
                int count = j - k;
                if (st[k] < fromDay) {
                    // Only at the window's left edge: leave out events that ended before it.
                    count = 0;
                    for (int i = k; i < j; i++) if (en[i] > fromDay) count++;
                }
                if (count == 0) {
                    k = j;
                    continue;
                }
                double x0 = glyphX(st[k], en[k]);
                if (rows == cap) {
                    int through = saturatedUntil(lane, x0, j, to);
                    if (through > k) {
                        // Every row is taken here and until past the next buckets: they all join the cluster that
                        // frees first, in one step instead of a search and a merge per bucket (a dense lane).
                        int n = through - k;
                        if (st[k] < fromDay) {
                            n = 0;
                            for (int i = k; i < through; i++) if (en[i] > fromDay) n++;
                        }
                        if (n > 0) merge(st[k] * ppd, st[k], lane.maxEnd(k, through), n);
                        k = through;
                        continue;
                    }
                }
                if (count == 1 || count <= cap && freeRows(x0) + (cap - rows) >= count) {
                    for (int i = k; i < j; i++) {
                        if (en[i] > fromDay) single(li, lane, i);
                    }
                } else {
                    cluster(li, lane, k, j, count);
                }
                k = j;
            }
        }

        /**
         * With every row taken at {@code x0} (each ends after it), the end of the run of events, from the current
         * bucket (which ends at {@code j}) on, that find no row either: merging only grows rows, so that holds for
         * every bucket starting before a row may free. Zero when a row is free at {@code x0}.
         */
        int saturatedUntil(Lane lane, double x0, int j, int to) {
            double limit = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows; r++) limit = Math.min(limit, rowEnd[r]);
            if (!(limit > x0)) return 0;
            // A glyph sits at most half a day right of its event's start; whole buckets only.
            double boundary = Math.floor((limit - 0.5 * ppd) / BUCKET_PX) * BUCKET_PX / ppd;
            return j < to && lane.start()[j] < boundary ? lane.lowerBound(boundary, j, to) : j;
        }

        double glyphX(double start, double end) {
            return (end - start <= 1 ? start + 0.5 : start) * ppd;
        }

        int freeRows(double x) {
            int n = 0;
            for (int r = 0; r < rows; r++) if (rowEnd[r] <= x) n++;
            return n;
        }

        /** A free row at x, a new row if the cap allows, or -1. */
        int rowFor(double x) {
            for (int r = 0; r < rows; r++) {
                if (rowEnd[r] <= x) return r;
            }
            if (rows < cap) {
                if (rows == rowEnd.length) {
                    rowEnd = Arrays.copyOf(rowEnd, rows * 2);
                    rowLast = Arrays.copyOf(rowLast, rows * 2);
                }
                rowEnd[rows] = Double.NEGATIVE_INFINITY;
                rowLast[rows] = null;
                return rows++;
            }
            return -1;
        }

        void single(int li, Lane lane, int i) {
            int event = lane.events()[i];
            double s = lane.start()[i];
            double e = lane.end()[i];
            double x = glyphX(s, e);
            double w = labels.width(event, width);
            boolean left = x + DOT_SPACE + w > rightLimitAx;
            // A title packed to the left needs its row free from where the title starts.
            int r = rowFor(left ? x - DOT_SPACE - w : x);
            if (r < 0 && left) {
                left = false;
                r = rowFor(x);
            }
            if (r < 0) {
                merge(x, s, e, 1);
                return;
            }
            Marker m = new Marker(li, r, event, 1, x, e * ppd, s, e);
            m.labels = labels;
            m.labelWidth = w;
            m.leftLabel = left;
            m.aRight = left ? x + GLYPH_SPACE : x + DOT_SPACE + w;
            if (left) leftReach = Math.max(leftReach, DOT_SPACE + w);
            place(m, r);
        }

        void cluster(int li, Lane lane, int from, int to, int count) {
            double s = lane.start()[from];
            double e = lane.maxEnd(from, to);
            double x = s * ppd;
            clustered = true;
            int r = rowFor(x);
            if (r < 0) {
                merge(x, s, e, count);
                return;
            }
            Marker m = new Marker(li, r, lane.events()[from], count, x, e * ppd, s, e);
            setClusterLabel(m);
            place(m, r);
        }

        void place(Marker m, int r) {
            Marker previous = rowLast[r];
            if (previous != null) {
                m.aPrevRight = previous.aRight;
                previous.aNextX = m.ax;
            }
            rowLast[r] = m;
            rowEnd[r] = m.aRight + GAP;
            out.add(m);
            reach = Math.max(reach, Math.max(m.aRight, m.aEndX) - m.ax);
        }

        /** No row is free: the marker of the row that frees first absorbs the events and shows their count. */
        void merge(double x, double minDay, double maxDay, int count) {
            clustered = true;
            int best = 0;
            for (int r = 1; r < rows; r++) if (rowEnd[r] < rowEnd[best]) best = r;
            Marker m = rowLast[best];
            m.count += count;
            m.minDay = Math.min(m.minDay, minDay);
            m.maxDay = Math.max(m.maxDay, maxDay);
            m.aEndX = Math.max(m.aEndX, maxDay * ppd);
            setClusterLabel(m);
            rowEnd[best] = m.aRight + GAP;
            reach = Math.max(reach, Math.max(m.aRight, m.aEndX) - m.ax);
        }

        void setClusterLabel(Marker m) {
            String text = m.count < countLabels.length ? countLabels[m.count] : null;
            double w;
            if (text == null) {
                text = Integer.toString(m.count);
                w = width.of(text);
                if (m.count < countLabels.length) {
                    countLabels[m.count] = text;
                    countWidths[m.count] = w;
                }
            } else {
                w = countWidths[m.count];
            }
            m.label = text;
            m.labelWidth = w;
            m.aRight = m.ax + m.labelWidth + CLUSTER_PAD;
        }
    }

    public LaneLayout layout() {
        return layout;
    }

    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** The most rows a lane may open in this packing. */
    public int rowCap() {
        return rowCap;
    }

    /** Rows the lane needs (at least one). */
    public int rows(int lane) {
        return rows[lane];
    }

    /** Height of all the lanes, each as tall as its rows in {@code geometry}. */
    public double height(TimelineGeometry geometry) {
        double h = 0;
        for (int r : rows) h += geometry.laneHeight(r);
        return h;
    }

    /** The lane's markers in order of their glyph's x. */
    public Marker[] markers(int lane) {
        return markers[lane];
    }

    /** How far right of its glyph a marker of the lane may reach (label, bracket or pill), for culling. */
    double reach(int lane) {
        return reach[lane];
    }

    /** How far left of its glyph a title packed to the left may reach, for culling. */
    double leftReach(int lane) {
        return leftReach[lane];
    }

    /** The absolute x where the rightmost title of the packing ends (-∞ without titles). */
    public double labelsEnd() {
        double end = Double.NEGATIVE_INFINITY;
        for (Marker[] lane : markers) {
            for (Marker m : lane) if (!m.isCluster() && !m.leftLabel) end = Math.max(end, m.aRight);
        }
        return end;
    }

    /** True when some events had to be merged into clusters because lanes ran out of rows. */
    public boolean hasClusters() {
        return capped;
    }

    /** True if this packing holds everything a view from {@code startDay} to {@code endDay} at this zoom needs. */
    public boolean covers(double ppd, double startDay, double endDay) {
        return Math.abs(ppd - pixelsPerDay) <= pixelsPerDay * 1e-9 && startDay >= coveredFrom && endDay <= coveredTo;
    }

    /** Total number of events counted in markers (each event once per lane it appears in). */
    public int countedEvents() {
        int n = 0;
        for (Marker[] lane : markers) for (Marker m : lane) n += m.count;
        return n;
    }
}
